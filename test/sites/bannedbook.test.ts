import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createParser, parseArticle } from "../../src/index.js";
import type { Article } from "../../src/types.js";

const fixtures = path.resolve(__dirname, "../../fixtures");
const CASES = readdirSync(fixtures).filter((name) => name.startsWith("bannedbook-"));

/** The fields the built-in bannedbook.org rule gives (see src/sites/bannedbook.ts). */
const RULE_FIELDS = ["headline", "breadcrumb", "body", "figures", "tags"] as const;

function load(name: string): { html: Buffer; url: string; expected: Partial<Article> } {
  const dir = path.join(fixtures, name);
  return {
    html: readFileSync(path.join(dir, "page.html")),
    url: (JSON.parse(readFileSync(path.join(dir, "input.json"), "utf8")) as { url: string }).url,
    expected: JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as Partial<Article>,
  };
}

describe("built-in site rules: bannedbook.org", () => {
  it("has fixtures to run on", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(3);
  });

  it.each(CASES)("%s: the rule alone (no built-in strategies) gives the expected fields", (name) => {
    const { html, url, expected } = load(name);
    const article = createParser({ fallback: false }).parseArticle(html, { url, explain: true });
    expect(article.headline).toBe(expected.headline);
    expect(article.breadcrumb).toEqual(expected.breadcrumb);
    expect(article.body.paragraphs).toEqual(expected.body!.paragraphs);
    expect(article.figures).toEqual(expected.figures);
    expect(article.tags).toEqual(expected.tags);
    for (const field of RULE_FIELDS) {
      const filled = field === "headline" ? article.headline !== undefined : field === "body" ? article.body.paragraphs.length > 0 : (article[field] as unknown[]).length > 0;
      expect(article.explain?.[field], field).toBe(filled ? "site:bannedbook.org" : undefined);
    }
    // Fields the rule leaves to the built-in strategies are not read at all here.
    expect(article.dateline).toBeUndefined();
    expect(article.related).toEqual([]);
  });

  it.each(CASES)("%s: parseArticle uses the rule, and falls through for the rest", (name) => {
    const { html, url, expected } = load(name);
    const article = parseArticle(html, { url, explain: true });
    expect(article.explain?.headline).toBe("site:bannedbook.org");
    if (expected.dateline) {
      expect(article.explain?.dateline).toBe("opening-paragraph");
      expect(article.dateline).toMatchObject(expected.dateline);
    } else {
      // A 看中国 commentary opens with its text: no dateline, and none is made up.
      expect(article.dateline).toBeUndefined();
    }
    expect(article.related).toEqual(expected.related);
  });

  it("matches the site's subdomains, and the page's canonical link when no url is given", () => {
    const { html, url } = load(CASES[0]!);
    expect(parseArticle(html, { url: url.replace("www.", "m."), explain: true }).explain?.headline).toBe("site:bannedbook.org");
    expect(parseArticle(html, { explain: true }).explain?.headline).toBe("site:bannedbook.org");
    expect(parseArticle(html, { url: "https://example.com/a.html", explain: true }).explain?.headline).not.toBe("site:bannedbook.org");
  });

  it("user rules come before the built-in ones", () => {
    const { html, url } = load(CASES[0]!);
    const parser = createParser({ sites: [{ name: "mine", match: { host: "www.bannedbook.org" }, headline: { select: "title" } }] });
    const article = parser.parseArticle(html, { url, explain: true, fields: ["headline", "breadcrumb"] });
    expect(article.explain).toEqual({ headline: "site:mine", breadcrumb: "site:bannedbook.org" });
    expect(article.headline).toMatch(/ - 禁[闻聞][网網]$/);
  });
});
