/** `toText`: plain text with blank lines between blocks, on fixture pages and small bodies. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle, toText, type Article } from "../../src/index.js";

function fixture(name: string): { article: Article; expected: Record<string, unknown> } {
  const dir = new URL(`../../fixtures/${name}/`, import.meta.url);
  const { url } = JSON.parse(readFileSync(new URL("input.json", dir), "utf8")) as { url: string };
  const article = parseArticle(readFileSync(new URL("page.html", dir)), { url });
  return { article, expected: JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")) as Record<string, unknown> };
}

describe("toText", () => {
  it("gives headline, trail, byline, body paragraphs, list items, captions, tags and related as blocks", () => {
    const { article, expected } = fixture("bootstrap-breadcrumb-base-href");
    const blocks = toText(article).trimEnd().split("\n\n");
    expect(blocks[0]).toBe(expected.headline);
    expect(blocks[1]).toBe("Home › Local › City Hall › Council approves tiered water rates");
    expect(blocks[2]).toMatch(/^By Rachel Okafor · 2024-04-10/);
    expect(blocks[3]).toBe(article.body.paragraphs[0]);
    expect(blocks).toContain("What changes for households");
    expect(blocks).toContain("- Up to 6,000 gallons: $3.10 per 1,000 gallons\n- 6,001 to 15,000 gallons: $4.85 per 1,000 gallons\n- More than 15,000 gallons: $7.40 per 1,000 gallons");
    expect(blocks).toContain("Image: Lakeview Reservoir, the city’s main water source, sat at 41 percent of capacity last week. (Dan Whitley / Harbor Valley Courier)");
    expect(blocks.at(-1)).toBe("Tags: Water rates, City Council, Infrastructure, Utilities");
  });

  it("has every body paragraph as written, with no markup, and the related links with their URLs", () => {
    const { article, expected } = fixture("reuters-dateline-read-more");
    const text = toText(article);
    for (const paragraph of article.body.paragraphs) expect(text).toContain(`\n\n${paragraph}\n\n`);
    expect(text).not.toMatch(/<\/?[a-z]+>|\]\(/);
    const related = expected.related as { title: string; url: string }[];
    expect(text.endsWith(`Related:\n${related.map((link) => `- ${link.title} <${link.url}>`).join("\n")}\n`)).toBe(true);
    expect(text).toContain("\n\nLONDON (Reuters) · By Eleanor Marsh · 2024-05-02T08:41:00+01:00\n\n");
  });

  it("keeps text as written (no escaping), drops link URLs in the body and indents quotes", () => {
    const body = { paragraphs: [], text: "", html: "<p>*Not* [escaped] <a href='https://x.org/'>link</a><br>next</p><blockquote><p>Said so.</p></blockquote><ol><li>one</li><li>two</li></ol>" };
    expect(toText({ body })).toBe("*Not* [escaped] link\nnext\n\n    Said so.\n\n1. one\n2. two\n");
    expect(toText({})).toBe("");
    expect(toText({ figures: [{ image: { src: "https://x.org/a.jpg", alt: "Alt only" } }, { image: { src: "https://x.org/b.jpg" } }] })).toBe("Image: Alt only\n");
  });
});
