import { describe, expect, it } from "vitest";
import { emptyArticle, parseArticle } from "../src/index.js";

const URL = "https://www.example.com/news/2024/05/02/council-water-rates.html";

const PAGE = `<!doctype html><html lang="en"><head>
  <meta charset="utf-8">
  <title>Council approves tiered water rates | Valley Courier</title>
  <meta property="og:site_name" content="Valley Courier">
  <meta property="article:published_time" content="2024-05-02T14:30:00-04:00">
  <meta property="article:tag" content="meta-only-tag">
</head><body>
  <header class="site-header"><a href="/">Valley Courier</a><nav><a href="/news/">News</a></nav></header>
  <main><article class="post">
    <nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">Home</a> › <a href="/news/">News</a> › <span>Council approves tiered water rates</span></nav>
    <h1 class="entry-title">Council approves tiered water rates</h1>
    <p class="byline">By Jane Doe</p>
    <div class="entry-content">
      <p>TORONTO (AP) — The city council voted on Tuesday to approve a new tiered water rate structure for residents of the valley.</p>
      <figure><img src="/img/hearing.jpg" alt="Hearing"><figcaption>Residents line up to speak. (AP Photo/Mark Lee)</figcaption></figure>
      <p>Households that use more water will pay more per gallon under the plan, which takes effect in July.</p>
      <h3>Related</h3>
      <ul><li><a href="/news/2024/04/budget.html">Council passes budget after long debate</a></li></ul>
    </div>
    <footer class="entry-footer"><a href="/tag/water/" rel="tag">water</a> <a href="/tag/rates/" rel="tag">rates</a></footer>
  </article></main>
  <footer class="site-footer">© 2024 Valley Courier</footer>
</body></html>`;

function isEmptyArticle(value: unknown): void {
  expect(value).toEqual({ breadcrumb: [], authors: [], body: { paragraphs: [], text: "", html: "" }, figures: [], tags: [], related: [] });
}

describe("parseArticle: input validation", () => {
  it.each([
    [null, "null"],
    [undefined, "undefined"],
    [42, "number 42"],
    [{}, "an object"],
    [[], "an array"],
    [true, "boolean true"],
  ])("throws a TypeError naming %j", (input, named) => {
    let error: unknown;
    try {
      parseArticle(input as unknown as string);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain(named);
  });

  it.each(["/news/story.html", "news/story.html", "ftp://example.com/story.html", "javascript:alert(1)", "example.com/story", "https://", ""])(
    "throws a TypeError for the url option %j",
    (url) => {
      expect(() => parseArticle("<p>x</p>", { url })).toThrow(TypeError);
      expect(() => parseArticle("<p>x</p>", { url })).toThrow(JSON.stringify(url));
    },
  );

  it("throws a TypeError for a url option that is not a string", () => {
    expect(() => parseArticle("<p>x</p>", { url: 42 as unknown as string })).toThrow(TypeError);
  });

  it("accepts http and https urls", () => {
    expect(() => parseArticle("<p>x</p>", { url: "http://example.com/a" })).not.toThrow();
    expect(() => parseArticle("<p>x</p>", { url: "HTTPS://EXAMPLE.COM/a" })).not.toThrow();
  });

  it("throws a TypeError for options that are not an object", () => {
    expect(() => parseArticle("<p>x</p>", "https://example.com/" as unknown as object)).toThrow(TypeError);
  });

  it.each([0, -1, Number.NaN, "10" as unknown as number])("throws a TypeError for maxInputBytes %j", (max) => {
    expect(() => parseArticle("<p>x</p>", { maxInputBytes: max })).toThrow(TypeError);
  });

  it("throws a RangeError for a string over maxInputBytes", () => {
    expect(() => parseArticle("<p>0123456789</p>", { maxInputBytes: 10 })).toThrow(RangeError);
    expect(() => parseArticle("<p>x</p>", { maxInputBytes: 8 })).not.toThrow();
  });

  it("throws a RangeError for bytes over maxInputBytes", () => {
    const bytes = new TextEncoder().encode("<p>0123456789</p>");
    expect(() => parseArticle(bytes, { maxInputBytes: 10 })).toThrow(RangeError);
    expect(() => parseArticle(bytes.buffer as ArrayBuffer, { maxInputBytes: 10 })).toThrow(RangeError);
    expect(() => parseArticle(bytes, { maxInputBytes: bytes.byteLength })).not.toThrow();
  });
});

describe("parseArticle: empty input", () => {
  it.each(["", "   ", "\n\t \u00a0 \n", "\u3000"])("gives an empty Article with every array present for %j", (input) => {
    isEmptyArticle(parseArticle(input));
    isEmptyArticle(parseArticle(input, { url: URL }));
  });

  it("gives an empty Article for empty bytes", () => {
    isEmptyArticle(parseArticle(new Uint8Array(0)));
    isEmptyArticle(parseArticle(new ArrayBuffer(0)));
  });

  it("gives an empty Article for a page with no content", () => {
    isEmptyArticle(parseArticle("<html><head></head><body></body></html>", { url: URL }));
  });

  it("emptyArticle() gives fresh arrays each time", () => {
    const a = emptyArticle();
    a.authors.push("x");
    expect(emptyArticle().authors).toEqual([]);
  });

  it("gives an empty explain for empty input", () => {
    expect(parseArticle("", { explain: true }).explain).toEqual({});
  });
});

describe("parseArticle: a whole page", () => {
  const article = parseArticle(PAGE, { url: URL });

  it("reads every field", () => {
    expect(article.headline).toBe("Council approves tiered water rates");
    expect(article.published).toBe("2024-05-02T14:30:00-04:00");
    expect(article.dateline).toEqual({ raw: "TORONTO (AP) —", location: "TORONTO", source: "AP", reporters: [] });
    expect(article.authors).toEqual(["Jane Doe"]);
    expect(article.body.paragraphs).toEqual([
      "TORONTO (AP) — The city council voted on Tuesday to approve a new tiered water rate structure for residents of the valley.",
      "Households that use more water will pay more per gallon under the plan, which takes effect in July.",
    ]);
    expect(article.figures).toEqual([
      { caption: "Residents line up to speak.", credit: "AP Photo/Mark Lee", image: { src: "https://www.example.com/img/hearing.jpg", alt: "Hearing" } },
    ]);
    expect(article.tags).toEqual([
      { label: "water", url: "https://www.example.com/tag/water/" },
      { label: "rates", url: "https://www.example.com/tag/rates/" },
    ]);
    expect(article.related).toEqual([{ title: "Council passes budget after long debate", url: "https://www.example.com/news/2024/04/budget.html" }]);
    expect(article.breadcrumb[0]).toEqual({ label: "Home", url: "https://www.example.com/" });
    expect(article.breadcrumb.map((c) => c.label)).toEqual(["Home", "News", "Council approves tiered water rates"]);
  });

  it("has no explain unless asked", () => {
    expect("explain" in article).toBe(false);
  });

  it("is deterministic", () => {
    expect(parseArticle(PAGE, { url: URL })).toEqual(article);
  });

  it("reads the same from a Uint8Array and an ArrayBuffer", () => {
    const bytes = new TextEncoder().encode(PAGE);
    expect(parseArticle(bytes, { url: URL })).toEqual(article);
    expect(parseArticle(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, { url: URL })).toEqual(article);
  });

  it("reads a Uint8Array that is a view into a larger buffer", () => {
    const bytes = new TextEncoder().encode(`XXXX${PAGE}YYYY`);
    expect(parseArticle(bytes.subarray(4, bytes.length - 4), { url: URL })).toEqual(article);
  });

  it("decodes GBK bytes by the page's <meta charset>", () => {
    const enc = (s: string) => [...new TextEncoder().encode(s)];
    // 中文 in GBK: D6 D0 CE C4.
    const bytes = new Uint8Array([...enc('<html><head><meta charset="gbk"><title>'), 0xd6, 0xd0, 0xce, 0xc4, ...enc("</title></head><body><h1>"), 0xd6, 0xd0, 0xce, 0xc4, ...enc("</h1></body></html>")]);
    expect(parseArticle(bytes).headline).toBe("中文");
  });

  it("decodes undeclared bytes with the charset option", () => {
    const enc = (s: string) => [...new TextEncoder().encode(s)];
    const bytes = new Uint8Array([...enc("<html><head><title>"), 0xd6, 0xd0, 0xce, 0xc4, ...enc("</title></head><body><h1>"), 0xd6, 0xd0, 0xce, 0xc4, ...enc("</h1></body></html>")]);
    expect(parseArticle(bytes, { charset: "gbk" }).headline).toBe("中文");
  });

  it("leaves relative URLs out without a url option, but keeps the fields", () => {
    const noUrl = parseArticle(PAGE);
    expect(noUrl.headline).toBe("Council approves tiered water rates");
    expect(noUrl.tags.map((t) => t.label)).toEqual(["water", "rates"]);
    for (const tag of noUrl.tags) expect(tag.url).toBeUndefined();
    expect(noUrl.related).toEqual([]);
    expect(noUrl.figures[0]?.image).toBeUndefined();
  });
});

describe("parseArticle: explain", () => {
  it("names a strategy for every field found, and only those", () => {
    const result = parseArticle(PAGE, { url: URL, explain: true });
    const explain = result.explain!;
    const found = (["headline", "breadcrumb", "dateline", "published", "authors", "body", "figures", "tags", "related"] as const).filter((key) => {
      const value = result[key];
      return Array.isArray(value) ? value.length > 0 : key === "body" ? result.body.paragraphs.length > 0 : value !== undefined;
    });
    expect(found).toHaveLength(9);
    expect(Object.keys(explain).sort()).toEqual([...found].sort());
    for (const key of found) {
      expect(typeof explain[key]).toBe("string");
      expect(explain[key]!.length).toBeGreaterThan(0);
    }
  });

  it("reports the strategies that did the work", () => {
    const { explain } = parseArticle(PAGE, { url: URL, explain: true });
    expect(explain?.tags).toBe("tag-links");
    expect(explain?.figures).toBe("figure-markup");
    expect(explain?.dateline).toBe("opening-paragraph");
    expect(explain?.body).toBe("theme-container");
    expect(explain?.related).toBe("heading-section");
  });

  it("leaves out fields that were not found", () => {
    const { explain } = parseArticle("<html><body><h1>Just a title</h1></body></html>", { explain: true });
    expect(explain?.headline).toBeTypeOf("string");
    for (const key of ["dateline", "published", "figures", "tags", "related", "breadcrumb"] as const) expect(explain).not.toHaveProperty(key);
  });

  it("gives the same Article with and without explain", () => {
    const { explain, ...rest } = parseArticle(PAGE, { url: URL, explain: true });
    expect(explain).toBeDefined();
    expect(rest).toEqual(parseArticle(PAGE, { url: URL }));
  });
});
