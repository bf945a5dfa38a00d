import { selectAll as cssSelectAll } from "css-select";
import type { Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { fixtureDocs, isBelow } from "../helpers/fixture-docs.js";
import { parseHtml } from "../../src/core/document.js";
import { includesWord, selectSimple } from "../../src/core/simple-select.js";
import fc from "fast-check";
import { BUILTIN_SITE_RULES } from "../../src/sites/builtin.js";

/** Selectors of every shape the module reads, including the ones the extractors and built-in site rules use. */
const SELECTORS = [
  "body",
  "p",
  ".entry-content",
  "div.entry",
  "#content-body",
  "[itemprop~=articleBody]",
  ".dateline, .article-dateline, .story-dateline, [itemprop~=dateline]",
  '[itemprop~=datePublished], [property~=datePublished], [property~="schema:datePublished"], [property~="dc:date"]',
  "abbr.published[title], .published[title]",
  "time[datetime]",
  'script[type="application/ld+json" i]',
  "a[href]",
  "a[rel=tag]",
  "a[href*='/tag/']",
  "a[href^=http]",
  "img[src$='.jpg' i]",
  "[class]",
  "[class~='']",
  "[class~='entry x']",
  "[href^=''], [href*=''], [href$='']",
  "figure.wp-block-image.size-large",
  "A.Entry-Content",
  "[class*=author i], [class*=byline i], [class*=writer i], [id*=author i], [id*=byline i], [rel~=author], [itemprop~=author]",
  "h1, article, main, [itemtype], .hentry, .h-entry",
  ".entry-title, .post-title, .article-title, [itemprop~=headline]",
  "[itemprop~=name]",
  // Attributes whose values compare without case in HTML (rel, type …), as css-select reads them.
  "a[rel~=TAG]",
  "script[type='APPLICATION/LD+JSON']",
  // Combinators, `*` and `:not`.
  "div p",
  "div > p",
  "div.entry figure",
  ".tags-links a, .tag-links a, .post-tags a, .entry-tags a, .article-tags a, .tags a, .tag-list a, .tagcloud-article a, [itemprop~=keywords] a",
  "a[rel~=tag]:not([rel~=category])",
  ".breadcrumb > .breadcrumb-sub",
  ".breadcrumb + h2",
  "h2 ~ p",
  "p + p",
  "div > p + p a",
  "body div p > a",
  "ul > li > a",
  "article p a",
  "*",
  "div *",
  ":not(p)",
  "body *:not(div, span)",
  "a:not([href]), p:not(.x):not(#y)",
  "a , div p",
  "p:not(:not(.x))",
  // Every selector of the built-in site rules, which are read with this module.
  ...BUILTIN_SITE_RULES.flatMap((rule) =>
    Object.values(rule).flatMap((field) => {
      const { select, drop } = (field ?? {}) as { select?: unknown; drop?: unknown };
      return [select, ...(Array.isArray(drop) ? drop : [drop])].filter((s): s is string => typeof s === "string");
    }),
  ),
];

/**
 * Where css-select departs from the Selectors spec, the spec's answer. `[att~=""]` represents nothing (an empty
 * value is never one of the words); css-select matches every element whose attribute is empty (`class=""`).
 */
const SPEC_ANSWERS: Readonly<Record<string, Element[]>> = { "[class~='']": [] };

const pages = fixtureDocs();
pages.push({
  name: "inline",
  doc: parseHtml(`<div class="breadcrumb"><div class="breadcrumb-sub"><a href="/">Home</a></div><div><div class="breadcrumb-sub">no</div></div></div>
    <!-- c --> <h2>Title</h2><p>after <a href="/a">a</a></p> text <p class="x">b <a>in</a></p><p id="y">c</p>
    <ul class="tags-links"><li><a href="/t/1" rel="Tag">One</a></li><li><span><a href="/t/2" rel="tag category">Two</a></span></li></ul>
    <article><section><p>deep <a href="/d">d</a></p></section></article>
    <div class="entry x" id="content-body"><p class="published" title="2020">a</p><a href="/tag/x" rel="tag">t</a><a href="HTTP://x">u</a>
    <time datetime="2020-01-01">d</time><span itemprop="datePublished dateline">s</span><img src="a.JPG"><script type="Application/LD+JSON">{}</script>
    <a class="Entry-Content">c</a><span class="post-AUTHOR-name" id="ByLine">n</span><a rel="author nofollow">r</a><figure class="wp-block-image size-large"></figure><span class="">e</span></div>`),
});

describe("selectSimple", () => {
  it.each(pages.map((p) => [p.name, p] as const))("finds exactly what css-select finds on %s", (_name, { doc }) => {
    const body = cssSelectAll("body", doc)[0] as unknown as Element | undefined;
    for (const selector of SELECTORS) {
      const expected = SPEC_ANSWERS[selector] ?? (cssSelectAll(selector, doc) as unknown as Element[]);
      expect(selectSimple(selector, doc), selector).toEqual(expected);
      // Below an element: the document's matches inside its subtree.
      if (body) expect(selectSimple(selector, body), `${selector} below body`).toEqual(expected.filter((el) => el !== body && isBelow(el, body)));
    }
  });

  it("walks a detached subtree", () => {
    const div = parseHtml(`<div><p class="x">a</p><p>b</p></div>`).children[0] as Element;
    const detached = Object.assign(Object.create(Object.getPrototypeOf(div)), div, { parent: null }) as Element;
    expect(selectSimple("p.x", detached).map((p) => p.attribs.class)).toEqual(["x"]);
  });

  it.each(["p:first-child", "", "[href", ".a::before", "div >", "> p", "a,", ",a", "a,,b", ":not(a b)", ":not()", "a:not(.x", "[a|=b]", "p*", "a) b"])("refuses %j (outside the grammar)", (selector) => {
    expect(() => selectSimple(selector, parseHtml("<p>x</p>"))).toThrow(SyntaxError);
  });
});

describe("includesWord", () => {
  it("finds a whole word of a whitespace-separated list, in place", () => {
    expect(includesWord("entry-content entry", "entry")).toBe(true);
    expect(includesWord("entry-content", "entry")).toBe(false);
    expect(includesWord("post entry-content", "content")).toBe(false);
    expect(includesWord("a\tb\nc\fd\re", "c")).toBe(true);
    expect(includesWord("x", "x")).toBe(true);
    expect(includesWord("", "x")).toBe(false);
    // A no-break space is not HTML whitespace: the word does not end there.
    expect(includesWord("a\u00a0b", "a")).toBe(false);
  });

  it("never matches an empty word or one holding whitespace", () => {
    expect(includesWord("", "")).toBe(false);
    expect(includesWord("a  b", "")).toBe(false);
    expect(includesWord("a b c", "a b")).toBe(false);
  });

  it("agrees with splitting the list", () => {
    const words = fc.constantFrom("a", "b", "ab", "a-b", "", " ", "\t", "\n");
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }).map((w) => w.join("")), fc.constantFrom("a", "b", "ab", "a-b"), (list, word) => {
        expect(includesWord(list, word)).toBe(list.split(/[\t\n\f\r ]+/).includes(word));
      }),
    );
  });
});
