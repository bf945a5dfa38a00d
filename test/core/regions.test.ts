import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/core/document.js";
import { hasToken, hasWholeToken, holdsArticleText, inChrome, isChrome, isPostRoot } from "../../src/core/regions.js";
import { selectAll, selectFirst } from "../../src/core/select.js";

const PROSE = "The council voted on Tuesday to approve a new tiered water rate structure for residents of the valley. ";
/** About 450 letters of prose outside links. */
const LONG = PROSE.repeat(6);

function target(html: string) {
  const el = selectFirst("#t", parseHtml(html));
  if (!el) throw new Error("no #t");
  return el;
}

describe("inChrome", () => {
  const rows: { name: string; html: string; want: boolean }[] = [
    { name: "page <nav>", html: '<body><nav><a id="t" href="/">Home</a></nav></body>', want: true },
    { name: "page <aside>", html: '<body><aside><p id="t">Popular</p></aside><article><p>x</p></article></body>', want: true },
    { name: "page <footer>", html: '<body><footer><p id="t">© Site</p></footer></body>', want: true },
    { name: "page <header>", html: '<body><header><p id="t">Site name</p></header></body>', want: true },
    { name: "role=navigation", html: '<body><div role="navigation"><a id="t">x</a></div></body>', want: true },
    { name: "role=complementary", html: '<body><div role="complementary"><p id="t">x</p></div></body>', want: true },
    { name: "sidebar class", html: '<body><div class="sidebar-left"><p id="t">x</p></div></body>', want: true },
    { name: "WordPress widget class", html: '<body><div id="tag_cloud-2" class="widget widget_tag_cloud"><a id="t">x</a></div></body>', want: true },
    { name: "article's own footer", html: '<body><article><p>Text</p><footer><a id="t" rel="tag">tag</a></footer></article></body>', want: false },
    { name: "article's own header", html: '<body><article><header><h1 id="t">Title</h1></header></article></body>', want: false },
    { name: "article's own aside", html: '<body><article><p>Text</p><aside><p id="t">Read more</p></aside></article></body>', want: false },
    { name: "main's own footer", html: '<body><main><footer><p id="t">x</p></footer></main></body>', want: false },
    { name: "plain content", html: '<body><div class="content"><p id="t">x</p></div></body>', want: false },
    { name: "nothing around it", html: '<p id="t">x</p>', want: false },
    { name: "shadow is not chrome (no partial-word match)", html: '<body><div class="shadow navigational"><p id="t">x</p></div></body>', want: false },
    { name: "a chrome-named wrapper holding the article text is not chrome", html: `<body><div class="widget"><p id="t">${LONG}</p></div></body>`, want: false },
    { name: "a chrome tag is chrome however much text it holds", html: `<body><aside><p id="t">${LONG}</p></aside></body>`, want: true },
    {
      name: "a teaser <article> in a sidebar <aside> inside <main> (Newspack)",
      html: '<body><main><article><p>Text</p></article><aside id="secondary" class="widget-area"><section class="widget"><article><figure id="t"><img src="/a.jpg"></figure></article></section></aside></main></body>',
      want: true,
    },
    {
      name: "above an <article>, class names do not make chrome",
      html: '<body><div class="sidebar-1"><article><p id="t">Text</p></article></div></body>',
      want: false,
    },
    {
      name: "a teaser <article> inside the article's own <aside> is the article's",
      html: '<body><main><article><p>Text</p><aside><article><p id="t">Card</p></article></aside></article></main></body>',
      want: false,
    },
  ];
  it.each(rows)("$name → $want", ({ html, want }) => {
    expect(inChrome(target(html))).toBe(want);
  });
});

describe("isChrome", () => {
  it.each([
    ["<nav id=t></nav>", true],
    ["<menu id=t></menu>", true],
    ['<div id="t" class="site-footer"></div>', true],
    ['<div id="t" class="navbar-inverse"></div>', true],
    ['<div id="t" class="entry-content"></div>', false],
    // WordPress post classes carry the author's words, not the block's role.
    ['<div id="t" class="post type-post category-sidebar-news tag-widget"></div>', false],
  ])("%s → %s", (html, want) => {
    expect(isChrome(target(html))).toBe(want);
  });
});

describe("hasToken", () => {
  const AD = /^(ad|ads)$/;
  it.each([
    ['<div id="t" class="ad"></div>', true],
    ['<div id="t" class="top-ad"></div>', true],
    ['<div id="t" class="ad_slot"></div>', true],
    ['<div id="t" class="x" id2="ad"></div>', false],
    ['<div id="t" class="shadow header"></div>', false],
    // Page-level and WordPress post classes (`page-…`, `category-…`) are matched whole, never by their parts.
    ['<div id="t" class="Page-ad-margins"></div>', false],
    ['<div id="t" class="category-ad-news"></div>', false],
  ])("%s → %s", (html, want) => {
    expect(hasToken(target(html), AD)).toBe(want);
  });

  it("reads the id too", () => {
    expect(hasToken(target('<div id="t"><span id="t2"></span></div>'), /^t$/)).toBe(true);
  });

  it("matches a class that says a label or title is hidden whole, never by its parts (Drupal)", () => {
    const HIDDEN = /^(hidden|hide)$/;
    expect(hasToken(target('<div id="t" class="field field--name-body field--label-hidden"></div>'), HIDDEN)).toBe(false);
    expect(hasToken(target('<div id="t" class="block-title-hidden"></div>'), HIDDEN)).toBe(false);
    expect(hasToken(target('<div id="t" class="is-hidden"></div>'), HIDDEN)).toBe(true);
  });

  it("answers for an element of a document htmlparser2 built (no records kept)", () => {
    const el = selectFirst("#t", parseDocument('<div id="t" class="top-ad"></div>'))!;
    expect(hasToken(el, AD)).toBe(true);
    expect(hasToken(el, /^shadow$/)).toBe(false);
  });

  it("keeps no page alive after its document is gone", () => {
    // The answers are kept per document. A table shared by all documents held each page's class values, which
    // are slices of the page's HTML, and so every page it had seen (session 9: 72 MB after 200 corpus pages).
    v8.setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const page = (n: number) =>
      `<html><body><div class="page-${n}-${"wrapper-".repeat(4)}"><nav class="site-navigation-${n}-menu">x</nav>` +
      `<p>${`Paragraph ${n} of a long page with its own words. `.repeat(40_000)}</p></div></body></html>`;
    hasToken(selectFirst("nav", parseHtml(page(0)))!, /^nav$/);
    gc();
    const before = v8.getHeapStatistics().used_heap_size;
    for (let n = 1; n <= 5; n++) {
      const doc = parseHtml(page(n));
      for (const el of selectAll("div, nav", doc)) hasToken(el, /^nav$/);
    }
    /x/.exec("y"); // the last regex subject is kept by the engine: make it a string of no page
    gc();
    // Five pages of about 2 MB each: kept, they would be over 10 MB.
    expect(v8.getHeapStatistics().used_heap_size - before).toBeLessThan(4_000_000);
  });
});

describe("hasWholeToken", () => {
  const NOISE = /^(newsletter|comment)$/;
  it.each([
    ['<article id="t" class="comment"></article>', true],
    ['<article id="t" class="typography newsletter-post post"></article>', false],
    ['<article id="t" class="x"></article>', false],
  ])("%s → %s", (html, want) => {
    expect(hasWholeToken(target(html), NOISE)).toBe(want);
  });
});

describe("isPostRoot", () => {
  it.each([
    ['<article id="t"></article>', true],
    ['<div id="t" class="post hentry"></div>', true],
    ['<div id="t" class="widget Blog"></div>', true],
    ['<div id="t" class="widget HTML"></div>', false],
    ['<div id="t" class="post"></div>', false],
  ])("%s → %s", (html, want) => {
    expect(isPostRoot(target(html))).toBe(want);
  });
});

describe("holdsArticleText", () => {
  it("is true for 400+ letters of prose", () => {
    expect(holdsArticleText(target(`<div id="t"><p>${LONG}</p></div>`))).toBe(true);
  });

  it("is false for a short block", () => {
    expect(holdsArticleText(target(`<div id="t"><p>${PROSE}</p></div>`))).toBe(false);
  });

  it("does not count link text", () => {
    const links = Array.from({ length: 8 }, (_, i) => `<a href="/s${i}">${PROSE}</a>`).join("");
    expect(holdsArticleText(target(`<div id="t">${links}</div>`))).toBe(false);
  });

  it("does not count scripts and styles", () => {
    expect(holdsArticleText(target(`<div id="t"><script>${LONG}</script><style>${LONG}</style></div>`))).toBe(false);
  });

  it("counts CJK characters as letters (200 characters of Chinese is not enough, 400 is)", () => {
    const zh = "三位了解情况的韩国政府消息人士说朝鲜和韩国正在谈判重新开放联络办公室";
    const count = [...zh].length;
    const repeat = (n: number) => zh.repeat(Math.ceil(n / count)).slice(0, n);
    expect(holdsArticleText(target(`<div id="t"><p>${repeat(200)}</p></div>`))).toBe(false);
    expect(holdsArticleText(target(`<div id="t"><p>${repeat(400)}</p></div>`))).toBe(true);
  });
});
