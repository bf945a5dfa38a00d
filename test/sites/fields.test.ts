import { describe, expect, expectTypeOf, it } from "vitest";
import { getOuterHTML } from "domutils";
import { pageContext } from "../../src/core/strategy.js";
import { createParser, FIELD_NAMES, parseArticle, parseHtml, type Article, type ParsedArticleFields, type SiteRule } from "../../src/index.js";
import { articleFromPage } from "../../src/parse-article.js";
import { CSS_SELECTORS } from "../../src/core/select.js";
import { compileSiteRules } from "../../src/sites/compile.js";

const URL = "https://www.news.example/2024/05/02/harbour.html";

/** A page whose markup the built-in strategies read differently (or not at all) from what the rules select. */
const PAGE = `<!doctype html><html><head><title>Site name</title>
  <meta property="og:title" content="A different title from the metadata">
  <meta property="article:published_time" content="2024-05-01T09:00:00Z">
</head><body>
  <div class="where">
    <a href="/">Front</a> <span class="sep">→</span> <a href="/city/">City</a> <span class="sep">→</span> Harbour
  </div>
  <div class="heading"><span class="kicker">Exclusive</span><div class="big">Harbour to reopen after dredging</div></div>
  <div class="meta"><span class="when" data-ts="2024-05-02T08:15:00+02:00">2 May</span>
    <span class="who">Ana Lima</span>, <span class="who">Bo Chan</span></div>
  <div class="txt">
    <div class="lead">PORTO, May 2 (Reuters) - The harbour reopens on Monday after six weeks of dredging, officials said.</div>
    <div class="para">Ships of up to 200 metres will again be able to dock at the inner quay, the port authority said.</div>
    <div class="promo">Subscribe to our harbour newsletter for daily updates on shipping and the port.</div>
    <div class="para">The work cost 4 million euros <span class="inline-ad">(advertisement: Buy boats!)</span> and was paid by the city.</div>
    <div class="pic"><img src="/img/dredger.jpg" alt="Dredger"><div class="caption">A dredger in the harbour. (Photo: City of Porto)</div></div>
  </div>
  <div class="topics"><a href="/t/harbour">harbour</a><a href="/t/shipping">shipping</a><a href="/t/harbour">harbour</a></div>
  <div class="more"><a href="/2024/04/30/quay.html">Inner quay closed for works</a><a href="${URL}">This very page</a><a href="/2024/04/12/ships.html">Ships wait outside the port</a></div>
</body></html>`;

const RULE: SiteRule = {
  name: "News Example",
  match: { host: "news.example" },
  breadcrumb: { select: ".where" },
  headline: { select: ".heading .big" },
  dateline: { select: ".txt .lead" },
  published: { select: ".when", attribute: "data-ts" },
  authors: { select: ".who" },
  body: { select: ".txt", drop: [".promo", ".inline-ad", ".pic"] },
  figures: { select: ".pic" },
  tags: { select: ".topics" },
  related: { select: ".more a" },
};

describe("site rules: each field's rule shape", () => {
  const parser = createParser({ sites: [RULE] });
  const article = parser.parseArticle(PAGE, { url: URL, explain: true });

  it("breadcrumb: the crumbs of the selected container, separators left out", () => {
    expect(article.breadcrumb).toEqual([
      { label: "Front", url: "https://www.news.example/" },
      { label: "City", url: "https://www.news.example/city/" },
      { label: "Harbour" },
    ]);
  });

  it("headline: the text of the first selected element", () => {
    expect(article.headline).toBe("Harbour to reopen after dredging");
  });

  it("dateline: the selected element's text read by parseDateline", () => {
    expect(article.dateline).toEqual({ raw: "PORTO, May 2 (Reuters) -", date: "2024-05-02", location: "PORTO", source: "Reuters", reporters: [] });
  });

  it("published: the rule's attribute, normalised", () => {
    expect(article.published).toBe("2024-05-02T08:15:00+02:00");
  });

  it("authors: one name per element", () => {
    expect(article.authors).toEqual(["Ana Lima", "Bo Chan"]);
  });

  it("body: the container's blocks, less what drop selects, in text and HTML", () => {
    expect(article.body.paragraphs).toEqual([
      "PORTO, May 2 (Reuters) - The harbour reopens on Monday after six weeks of dredging, officials said.",
      "Ships of up to 200 metres will again be able to dock at the inner quay, the port authority said.",
      "The work cost 4 million euros and was paid by the city.",
    ]);
    expect(article.body.html).not.toMatch(/advertisement|newsletter|dredger\.jpg/);
    expect(article.body.html).toContain("<p>The work cost 4 million euros");
  });

  it("body: drop filters while reading; the document is not changed", () => {
    const doc = parseHtml(PAGE);
    const before = getOuterHTML(doc);
    const setup = { sites: compileSiteRules([RULE], "test", CSS_SELECTORS), extractors: FIELD_NAMES, fallback: true };
    const read = articleFromPage(pageContext(doc, { url: URL }), false, FIELD_NAMES, setup);
    expect(read.body.paragraphs).toHaveLength(3);
    expect(getOuterHTML(doc)).toBe(before);
    expect(getOuterHTML(doc)).toContain("Subscribe to our harbour newsletter");
  });

  it("figures: each selected element read as a figure", () => {
    expect(article.figures).toEqual([
      { caption: "A dredger in the harbour.", credit: "City of Porto", image: { src: "https://www.news.example/img/dredger.jpg", alt: "Dredger" } },
    ]);
  });

  it("tags: the links of the selected container, without duplicates", () => {
    expect(article.tags).toEqual([
      { label: "harbour", url: "https://www.news.example/t/harbour" },
      { label: "shipping", url: "https://www.news.example/t/shipping" },
    ]);
  });

  it("related: the selected links, without the page's own URL", () => {
    expect(article.related).toEqual([
      { title: "Inner quay closed for works", url: "https://www.news.example/2024/04/30/quay.html" },
      { title: "Ships wait outside the port", url: "https://www.news.example/2024/04/12/ships.html" },
    ]);
  });

  it("explain names the rule", () => {
    expect(article.explain).toEqual(Object.fromEntries(Object.keys(RULE).filter((k) => k !== "name" && k !== "match").map((k) => [k, "site:News Example"])));
  });

  it("the built-in strategies alone read this page differently", () => {
    const plain = parseArticle(PAGE, { url: URL });
    expect(plain.headline).not.toBe("Harbour to reopen after dredging");
    expect(plain.published).not.toBe("2024-05-02T08:15:00+02:00");
    expect(plain.tags).not.toEqual(article.tags);
  });
});

describe("site rules: matching and precedence", () => {
  const rule = (host: string | string[], select: string, name?: string): SiteRule => ({ ...(name && { name }), match: { host }, headline: { select } });
  const page = `<h1>Generic headline of the page</h1><p class="t1">First rule's title</p><p class="t2">Second rule's title</p>`;
  const headline = (sites: SiteRule[], url?: string, html = page) => createParser({ sites }).parseArticle(html, { ...(url && { url }), fields: ["headline"], explain: true });

  it("a host matches itself and its subdomains, not other hosts that end with it", () => {
    for (const url of ["https://example.com/a", "https://www.example.com/a", "https://a.b.EXAMPLE.com./a"]) {
      expect(headline([rule("example.com", ".t1")], url).headline, url).toBe("First rule's title");
    }
    for (const url of ["https://myexample.com/a", "https://example.com.evil.net/a", "https://example.org/a"]) {
      expect(headline([rule("example.com", ".t1")], url).headline, url).toBe("Generic headline of the page");
    }
    expect(headline([rule(["one.example", "example.com"], ".t1")], "https://example.com/").headline).toBe("First rule's title");
  });

  it("without a url option, the host comes from the canonical link, else og:url; with neither, no rule applies", () => {
    expect(headline([rule("example.com", ".t1")], undefined, `<link rel="canonical" href="https://www.example.com/a">${page}`).headline).toBe("First rule's title");
    expect(headline([rule("example.com", ".t1")], undefined, `<meta property="og:url" content="https://example.com/a">${page}`).headline).toBe("First rule's title");
    expect(headline([rule("example.com", ".t1")], undefined).headline).toBe("Generic headline of the page");
    // The url option wins over the canonical link.
    expect(headline([rule("example.com", ".t1")], "https://other.example/", `<link rel="canonical" href="https://example.com/a">${page}`).headline).toBe("Generic headline of the page");
  });

  it("the first rule that finds a value wins; a rule that finds nothing falls through to the next, then to the built-ins", () => {
    expect(headline([rule("example.com", ".t1", "one"), rule("example.com", ".t2", "two")], "https://example.com/").explain).toEqual({ headline: "site:one" });
    expect(headline([rule("example.com", ".missing", "one"), rule("example.com", ".t2", "two")], "https://example.com/")).toMatchObject({ headline: "Second rule's title", explain: { headline: "site:two" } });
    const fallen = headline([rule("example.com", ".missing", "one")], "https://example.com/");
    expect(fallen.headline).toBe("Generic headline of the page");
    expect(fallen.explain?.headline).not.toMatch(/^site:/);
  });

  it("an element with no valid value falls through: empty text, an empty trail, a body with no paragraph, text that is no date", () => {
    const html = `<h1>Generic headline of the page</h1><p class="empty"> </p><div class="nav"></div><time class="when">soon</time>
      <div class="entry-content"><p>The generic body of the page is long enough to be read as the article text by the built-in strategies.</p></div>`;
    const sites: SiteRule[] = [{ match: { host: "example.com" }, headline: { select: ".empty" }, breadcrumb: { select: ".nav" }, body: { select: ".empty" }, published: { select: ".when" }, tags: { select: ".nothing" } }];
    const article = createParser({ sites }).parseArticle(html, { url: "https://example.com/a", explain: true });
    expect(article.headline).toBe("Generic headline of the page");
    expect(article.body.paragraphs).toEqual(["The generic body of the page is long enough to be read as the article text by the built-in strategies."]);
    expect(Object.values(article.explain ?? {}).some((name) => name.startsWith("site:"))).toBe(false);
  });

  it("fallback: false runs the site rules only", () => {
    const article = createParser({ sites: [rule("example.com", ".missing")], fallback: false }).parseArticle(page, { url: "https://example.com/", explain: true });
    expect(article.headline).toBeUndefined();
    expect(article.body.paragraphs).toEqual([]);
    expect(article.explain).toEqual({});
  });

  it("a site dateline feeds published and authors when no rule gives them", () => {
    const html = `<div class="top">（记者王明台北报导）</div><div class="entry-content"><p>【大纪元2024年3月5日讯】本文正文的第一段，长度足够被当作文章正文来读取。</p></div>`;
    const sites: SiteRule[] = [{ match: { host: "example.com" }, dateline: { select: ".entry-content p" } }];
    const article = createParser({ sites }).parseArticle(html, { url: "https://example.com/a", explain: true, fields: ["published", "authors"] });
    expect(article).toMatchObject({ published: "2024-03-05", explain: { published: "site:example.com+dateline" } });
  });
});

describe("createParser: extractors and fields", () => {
  const sites: SiteRule[] = [{ match: { host: "news.example" }, headline: { select: ".heading .big" } }];

  it("extractors restricts the fields; fields narrows them further and may not name others", () => {
    const parser = createParser({ sites, extractors: ["headline", "tags"] });
    const article = parser.parseArticle(PAGE, { url: URL });
    expect(Object.keys(article).sort()).toEqual(["headline", "tags"]);
    expect(Object.keys(parser.parseArticle(PAGE, { url: URL, fields: ["tags"] }))).toEqual(["tags"]);
    expect(() => parser.parseArticle(PAGE, { url: URL, fields: ["body"] as never })).toThrow(
      new TypeError('parseArticle option "fields" names "body", which this parser does not extract; its extractors are headline, tags'),
    );
    expect(parser.parseArticle("", { explain: true })).toEqual({ headline: undefined, tags: [], explain: {} });
  });

  it("types the result by the parser's extractors and the fields asked for", () => {
    const narrow = createParser({ extractors: ["headline", "tags"] }).parseArticle(PAGE, { url: URL });
    expectTypeOf(narrow).toEqualTypeOf<ParsedArticleFields<"headline" | "tags">>();
    // @ts-expect-error body is not extracted by this parser
    expect(narrow.body).toBeUndefined();
    const picked = createParser({ extractors: ["headline", "tags"] }).parseArticle(PAGE, { url: URL, fields: ["tags"] });
    expectTypeOf(picked).toEqualTypeOf<ParsedArticleFields<"tags">>();
    const full = createParser().parseArticle(PAGE, { url: URL });
    expectTypeOf(full).toMatchTypeOf<Article>();
    expect(full.body.paragraphs.length).toBeGreaterThan(0);
  });

  it("createParser().parseArticle behaves as parseArticle", () => {
    const parser = createParser();
    for (const options of [{ url: URL, explain: true }, { url: URL, fields: ["headline", "body"] as const }, {}]) {
      expect(parser.parseArticle(PAGE, options)).toEqual(parseArticle(PAGE, options));
    }
    expect(() => parser.parseArticle(42 as never)).toThrow(/^parseArticle expects HTML/);
  });
});
