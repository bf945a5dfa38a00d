import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/core/document.js";
import { pageContext } from "../../src/core/strategy.js";
import { extractHeadline, findHeadline, headlineStrategies } from "../../src/extractors/headline.js";

const URL = "https://www.dailyplanet.example/news/2024/05/02/storm.html";
const BODY = "<p>The storm reached the coast on Tuesday night, flooding streets and cutting power to thousands of homes.</p>";

const ld = (node: object) => `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", ...node })}</script>`;
const og = (title: string) => `<meta property="og:title" content="${title}">`;
const siteName = (name: string) => `<meta property="og:site_name" content="${name}">`;
const title = (text: string) => `<title>${text}</title>`;

interface Row {
  /** What the row checks. */
  name: string;
  /** `<head>` content. */
  head?: string;
  /** `<body>` content. */
  body?: string;
  url?: string;
  want: string | undefined;
  /** The strategy expected to produce it, where the row is about precedence. */
  strategy?: string;
}

const rows: Row[] = [
  // --- precedence -----------------------------------------------------------------------------------------
  {
    name: "JSON-LD headline beats og:title (neither confirmed)",
    head: ld({ "@type": "NewsArticle", headline: "Storm hits coast" }) + og("Weather roundup for the week"),
    body: BODY,
    want: "Storm hits coast",
    strategy: "json-ld-alone",
  },
  {
    name: "JSON-LD headline beats og:title (each confirmed once, the JSON-LD one by the h1)",
    head: ld({ "@type": "NewsArticle", headline: "Storm hits coast" }) + og("Weather roundup for the week") + title("Weather roundup for the week"),
    body: `<article><h1>Storm hits coast</h1>${BODY}</article>`,
    want: "Storm hits coast",
    strategy: "json-ld",
  },
  {
    name: "an h1 that agrees with og:title beats a theme title",
    head: og("Storm hits coast"),
    body: `<article><div class="entry-title">Popular this week: ten beaches</div><h1>Storm hits coast</h1>${BODY}</article>`,
    want: "Storm hits coast",
  },
  {
    name: "a theme title that the metadata confirms comes first",
    head: og("Storm hits coast") + title("Storm hits coast | Daily Planet"),
    body: `<article><h1 class="entry-title">Storm hits coast</h1>${BODY}</article>`,
    want: "Storm hits coast",
    strategy: "theme-title",
  },
  {
    name: "the title most sources state wins over a lone heading",
    head: og("Prison guards charged over inmate death") + title("Prison guards charged over inmate death"),
    body: `<article><h1>Two officers charged with falsifying records</h1>${BODY}</article>`,
    want: "Prison guards charged over inmate death",
  },
  {
    name: "between two titles with equal support the order decides: JSON-LD (with the <title>) beats og:title (with the h1)",
    head: og("'We had some issues,' exec says") + ld({ "@type": "NewsArticle", headline: "Glitches blamed on heavy demand" }) + title("Glitches blamed on heavy demand - Daily Planet"),
    body: `<article><h1>'We had some issues,' exec says</h1>${BODY}</article>`,
    want: "Glitches blamed on heavy demand",
    strategy: "json-ld",
  },
  {
    name: "a title three sources state beats the JSON-LD headline only the <title> states",
    head: og("'We had some issues,' exec says") + `<meta name="twitter:title" content="'We had some issues,' exec says">` + ld({ "@graph": [{ "@type": "NewsArticle", headline: "Glitches blamed on heavy demand" }, { "@type": "WebPage", name: "'We had some issues,' exec says" }] }) + title("Glitches blamed on heavy demand - Daily Planet"),
    body: `<article><h1>'We had some issues,' exec says</h1>${BODY}</article>`,
    want: "'We had some issues,' exec says",
  },
  {
    name: "a WebPage name counts with the <title>, not as a second source",
    head:
      ld({ "@graph": [{ "@type": "BlogPosting", headline: "Hiking the Flatirons" }, { "@type": "WebPage", name: "Simple hiking survival kit" }] }) +
      og("Simple hiking survival kit") +
      title("Simple hiking survival kit"),
    body: `<article><h1 class="entry-title">Hiking the Flatirons</h1>${BODY}</article>`,
    want: "Hiking the Flatirons",
  },
  {
    name: "a structured title is written as the publisher wrote it (straight quotes) when it states the h1 word for word",
    head: og("'Star Wars' cuts may be released"),
    body: `<article><h1 class="entry-title">‘Star Wars’ cuts may be released</h1>${BODY}</article>`,
    want: "'Star Wars' cuts may be released",
  },
  {
    name: "a copy cut short with an ellipsis is not how the title is written",
    head: ld({ "@type": "NewsArticle", headline: "Minister racks up roaming charges on iPad in Morocco..." }),
    body: `<article><h1>Minister racks up roaming charges on iPad in Morocco</h1>${BODY}</article>`,
    want: "Minister racks up roaming charges on iPad in Morocco",
  },
  {
    name: "a JSON-LD headline cut at 110 characters is not the h1 less an affix",
    head:
      ld({ "@type": "NewsArticle", headline: "Hunter diagnosed with plague after eating a rabbit making him the third local to contract" }) +
      og("Hunter diagnosed with plague after eating a rabbit making him the third local to contract the disease"),
    body: `<article><h1>Hunter diagnosed with plague after eating a rabbit making him the third local to contract the disease</h1>${BODY}</article>`,
    want: "Hunter diagnosed with plague after eating a rabbit making him the third local to contract the disease",
  },
  {
    name: "a nearly equal og:title confirms the h1 (a letter or two apart)",
    head: og("How we designed Dropbox’s ATF - an async task framework"),
    body: `<article><h1>How we designed Dropbox ATF: an async task framework</h1>${BODY}</article>`,
    want: "How we designed Dropbox’s ATF - an async task framework",
  },

  // --- site affixes -----------------------------------------------------------------------------------------
  { name: "site suffix `Title | Site` is cut", head: title("Storm hits coast | Daily Planet"), body: BODY, want: "Storm hits coast" },
  { name: "site suffix `Title - Site` is cut", head: title("Storm hits coast - Daily Planet"), body: BODY, want: "Storm hits coast" },
  { name: "site suffix `Title – Site` is cut", head: title("Storm hits coast – Daily Planet"), body: BODY, want: "Storm hits coast" },
  { name: "site suffix `Title_Site` is cut", head: title("暴雨袭击沿海多个城市_每日新闻"), body: BODY, want: "暴雨袭击沿海多个城市" },
  { name: "site suffix `Title_Channel_Site` is cut", head: title("暴雨袭击沿海多个城市_国内新闻_每日新闻"), body: BODY, want: "暴雨袭击沿海多个城市" },
  { name: "site prefix `Site：Title` is cut when the site's name is known", head: title("每日新闻：暴雨袭击沿海多个城市") + siteName("每日新闻"), body: BODY, want: "暴雨袭击沿海多个城市" },
  { name: "site prefix `Site：Title` is cut when a heading states the title", head: title("每日新闻：暴雨袭击沿海多个城市"), body: `<h1>暴雨袭击沿海多个城市</h1>${BODY}`, want: "暴雨袭击沿海多个城市" },
  { name: "site prefix `Site | Title` is cut when the first part is too short for a headline", head: title("Planet | Storm hits the coast overnight"), body: BODY, want: "Storm hits the coast overnight" },
  { name: "a site suffix with no spaces is cut when a heading states the title", head: title("知道创宇发布新版ZoomEye-CSDN.NET"), body: `<h1 class="title">知道创宇发布新版ZoomEye</h1>${BODY}`, want: "知道创宇发布新版ZoomEye" },
  {
    name: "a site suffix set off by a space alone is cut by the h1 that states the title",
    head: title("我院党支部举办中药理论知识与专业技能大赛 湖南省中医药研究院附属医院"),
    body: `<h1>我院党支部举办中药理论知识与专业技能大赛</h1>${BODY}`,
    want: "我院党支部举办中药理论知识与专业技能大赛",
    strategy: "h1",
  },
  {
    name: "a site suffix set off by a space alone is cut by page text that states the title (table layouts)",
    head: title("顺德区街道党工委委员一行到金融街开展调研工作 东区办事处_中山网"),
    body: `<table><tr><td><span class="Title"><b><!-- 文章标题 begin -->顺德区街道党工委委员一行到金融街开展调研工作<!-- 文章标题 end --></b></span></td></tr></table>${BODY}`,
    want: "顺德区街道党工委委员一行到金融街开展调研工作",
    strategy: "title-on-page",
  },
  { name: "an og:title suffix naming the site is cut", head: og("Getting lean with ad UX | IAB") + siteName("IAB"), body: BODY, want: "Getting lean with ad UX" },
  { name: "an og:title suffix naming the host is cut", head: og("Storm hits coast | Daily Planet"), body: BODY, want: "Storm hits coast" },
  { name: "a colon inside a headline is kept", head: title("Analysis: why the storm hit so hard"), body: BODY, want: "Analysis: why the storm hit so hard" },
  { name: "a `Blog | domain` title with no headline part gives way to the theme title", head: title("海姑娘 | blog.wenxuecity.com"), body: `<h2 class="post-title">湘菜粤菜 兵分两路</h2>${BODY}`, want: "湘菜粤菜 兵分两路" },

  // --- logos, chrome and labels -------------------------------------------------------------------------------
  {
    name: "a logo h1 is not the headline",
    head: title("Storm hits coast | Daily Planet"),
    body: `<div id="top"><h1 class="site-title"><a href="/">Daily Planet</a></h1></div><article><h2 class="entry-title">Storm hits coast</h2>${BODY}</article>`,
    want: "Storm hits coast",
  },
  {
    name: "an h1 that is one link to the front page is a logo",
    head: title("Open Verilog flow for GreenPak4 devices") + og("Open Verilog flow for GreenPak4 devices"),
    body: `<div class="titlewrapper"><h1 class="title"><a href="https://siliconexposed.example/">Silicon Exposed</a></h1></div>${BODY}`,
    want: "Open Verilog flow for GreenPak4 devices",
  },
  {
    name: "an h1 naming the site is a logo even without markup",
    head: title("Jangan membenci satu kaum secara berlebihan | Kabar Dunia Islam") + siteName("Kabar Dunia Islam"),
    body: `<h1>Kabar Dunia Islam</h1>${BODY}`,
    want: "Jangan membenci satu kaum secara berlebihan",
  },
  {
    name: "a heading inside a sidebar widget is not the headline",
    head: title("Storm hits coast | Daily Planet"),
    body: `<aside class="widget"><h2 class="entry-title">Most read: ten beaches</h2></aside><article>${BODY}</article>`,
    want: "Storm hits coast",
  },
  {
    name: "a permalink mark in the heading is left out",
    head: title("Evolve: Shared Mutable History — evolve extension for Mercurial"),
    body: `<div class="section"><h1><a class="toc-backref" href="#id4">Evolve: Shared Mutable History</a><a class="headerlink" href="#evolve" title="Permalink">¶</a></h1>${BODY}</div>`,
    want: "Evolve: Shared Mutable History",
  },
  { name: "a one-word h1 nothing confirms gives way to the <title>", head: title("RTL Test"), body: `<article><h1>Lorem</h1>${BODY}</article>`, want: "RTL Test" },
  { name: "an h1 the <title> mostly repeats beats the <title>", head: title("Atkins diet (14 days) - lose up to 10 kg. Reviews"), body: `<h1>Atkins diet - lose up to 10 kilograms in 14 days</h1>${BODY}`, want: "Atkins diet - lose up to 10 kilograms in 14 days" },
  { name: "a lone h1 is the headline when the page has nothing else", body: `<article><h1>Storm hits coast</h1>${BODY}</article>`, want: "Storm hits coast" },
  { name: "an og:title that is only the site's name is not the headline", head: og("Daily Planet") + siteName("Daily Planet"), body: `<article><h1>Storm hits coast</h1>${BODY}</article>`, want: "Storm hits coast" },
  {
    name: "application-name holding the article's title does not make it a site name",
    head: `<meta name="application-name" content="Nintendo's first iPhone game will launch in December">` + og("Nintendo's first iPhone game will launch in December") + title("Nintendo's first iPhone game will launch in December"),
    body: `<article><div class="headline">Twitter suspends accounts</div><h1 itemprop="headline">Nintendo's first iPhone game will launch in December</h1>${BODY}</article>`,
    want: "Nintendo's first iPhone game will launch in December",
  },
  { name: "Dublin Core titles count (space-separated RDFa properties too)", head: `<meta property="x:title dc:title" content="Preferred title">`, body: `<h1>Test</h1>${BODY}`, want: "Preferred title" },
  { name: "parsely-title counts as a metadata title", head: `<meta name="parsely-title" content="Some other title">`, body: `<h1>Test document title</h1>${BODY}`, want: "Some other title" },
  { name: "entity references left in JSON-LD are decoded", head: ld({ "@type": "NewsArticle", headline: "Investors don&#39;t know what to make of it" }), body: BODY, want: "Investors don't know what to make of it" },
  { name: "a page with no title at all has no headline", body: BODY, want: undefined },
];

describe("extractHeadline", () => {
  for (const row of rows) {
    it(row.name, () => {
      const html = `<!doctype html><html><head>${row.head ?? ""}</head><body>${row.body ?? ""}</body></html>`;
      const doc = parseHtml(html);
      expect(extractHeadline(doc, { url: row.url ?? URL })).toBe(row.want);
      if (row.strategy) expect(findHeadline(pageContext(doc, { url: row.url ?? URL }))?.strategy).toBe(row.strategy);
    });
  }
});

describe("headlineStrategies", () => {
  it("are ordered site/theme rules, then structured data, then generic heuristics, with unique names", () => {
    const names = headlineStrategies.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.indexOf("theme-title")).toBeLessThan(names.indexOf("json-ld"));
    expect(names.indexOf("json-ld")).toBeLessThan(names.indexOf("meta-title"));
    expect(names.indexOf("meta-title")).toBeLessThan(names.indexOf("h1"));
    expect(names.indexOf("json-ld-alone")).toBeLessThan(names.indexOf("meta-title-alone"));
    expect(names.indexOf("meta-title-alone")).toBeLessThan(names.indexOf("document-title"));
  });

  it("do not change the parsed document", () => {
    const html = `<html><head>${title("Storm hits coast | Daily Planet")}</head><body><h1>Storm hits coast</h1>${BODY}</body></html>`;
    const doc = parseHtml(html);
    const before = JSON.stringify(doc.children.map((n) => n.type));
    extractHeadline(doc, { url: URL });
    expect(JSON.stringify(doc.children.map((n) => n.type))).toBe(before);
  });
});
