import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/core/document.js";
import { pageContext } from "../../src/core/strategy.js";
import { breadcrumbStrategies, extractBreadcrumb, findBreadcrumb } from "../../src/extractors/breadcrumb.js";
import type { Crumb } from "../../src/types.js";

const URL = "https://www.example.com/news/2024/05/02/storm.html";
const u = (path: string) => `https://www.example.com${path}`;
const BODY = "<article><h1>Storm hits coast</h1><p>The storm reached the coast on Tuesday night, flooding streets and cutting power to thousands.</p></article>";

interface Row {
  /** What the row checks. */
  name: string;
  body: string;
  head?: string;
  url?: string;
  want: Crumb[];
  /** The strategy expected to produce it. */
  strategy?: string;
}

const rows: Row[] = [
  // --- theme markup and structured data ---------------------------------------------------------------------
  {
    name: "Yoast #breadcrumbs",
    body: `<p id="breadcrumbs"><span><span><a href="/">Home</a> » <span><a href="/news/">News</a> » <span class="breadcrumb_last">Storm hits coast</span></span></span></span></p>${BODY}`,
    want: [{ label: "Home", url: u("/") }, { label: "News", url: u("/news/") }, { label: "Storm hits coast" }],
    strategy: "theme-trail",
  },
  {
    name: "Bootstrap ol.breadcrumb",
    body: `<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item active">Local</li></ol></nav>${BODY}`,
    want: [{ label: "Home", url: u("/") }, { label: "Local" }],
    strategy: "theme-trail",
  },
  {
    name: "microdata BreadcrumbList, in the order of its positions",
    body: `<ol itemscope itemtype="https://schema.org/BreadcrumbList">
      <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/news/"><span itemprop="name">News</span></a><meta itemprop="position" content="2"></li>
      <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li>
    </ol>${BODY}`,
    want: [{ label: "Home", url: u("/") }, { label: "News", url: u("/news/") }],
    strategy: "microdata",
  },
  {
    name: "microdata BreadcrumbList whose item is a Thing with its own name",
    body: `<div itemscope itemtype="http://schema.org/BreadcrumbList">
      <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" itemscope itemtype="http://schema.org/Thing" itemid="/" href="/"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></span>
      <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" itemscope itemtype="http://schema.org/Thing" itemid="/world/" href="/world/"><span itemprop="name">World</span></a><meta itemprop="position" content="2"></span>
    </div>${BODY}`,
    want: [{ label: "Home", url: u("/") }, { label: "World", url: u("/world/") }],
    strategy: "microdata",
  },
  {
    name: "RDFa Lite BreadcrumbList",
    body: `<ol vocab="https://schema.org/" typeof="BreadcrumbList">
      <li property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/"><span property="name">Home</span></a><meta property="position" content="1"></li>
      <li property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/science/"><span property="name">Science</span></a><meta property="position" content="2"></li>
    </ol>${BODY}`,
    want: [{ label: "Home", url: u("/") }, { label: "Science", url: u("/science/") }],
    strategy: "microdata",
  },
  {
    name: "microdata trail with the page's own crumb printed after the last item, unmarked (MH Magazine)",
    body: `<nav class="mh-breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Accueil</span></a><meta itemprop="position" content="1"></span><span class="mh-breadcrumb-delimiter"><i class="fa fa-angle-right"></i></span><span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/haute-savoie/" itemprop="item"><span itemprop="name">Haute-Savoie</span></a><meta itemprop="position" content="2"></span><span class="mh-breadcrumb-delimiter"><i class="fa fa-angle-right"></i></span>Storm hits coast</nav>${BODY}`,
    want: [{ label: "Accueil", url: u("/") }, { label: "Haute-Savoie", url: u("/haute-savoie/") }, { label: "Storm hits coast" }],
    strategy: "microdata",
  },
  {
    name: "tagDiv Newspaper's .entry-crumbs beats a JSON-LD trail",
    head: `<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"https://www.example.com/"},{"@type":"ListItem","position":2,"name":"News","item":"https://www.example.com/news/"},{"@type":"ListItem","position":3,"name":"Storm hits coast","item":"${URL}"}]}</script>`,
    body: `<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">홈</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="" class="entry-crumb" href="/society/">사회</a></span></div></div>${BODY}`,
    want: [{ label: "홈", url: u("/") }, { label: "사회", url: u("/society/") }],
    strategy: "theme-trail",
  },
  {
    name: "a last crumb with a dash in its own element stays one crumb (tagDiv)",
    body: `<div class="entry-crumbs"><span><a class="entry-crumb" href="/">Start</a></span> <i class="td-bread-sep"></i> <span><a class="entry-crumb" href="/blaulicht/">Blaulicht</a></span> <i class="td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">Storm hits coast – roads closed</span></div>${BODY}`,
    want: [{ label: "Start", url: u("/") }, { label: "Blaulicht", url: u("/blaulicht/") }, { label: "Storm hits coast – roads closed" }],
    strategy: "theme-trail",
  },
  {
    name: "Sahifa's #crumbs",
    body: `<div xmlns:v="http://rdf.data-vocabulary.org/#" id="crumbs"><span typeof="v:Breadcrumb"><a rel="v:url" property="v:title" class="crumbs-home" href="/">الرئيسية</a></span> <span class="delimiter">›</span> <span typeof="v:Breadcrumb"><a rel="v:url" property="v:title" href="/economy/">اقتصاد</a></span> <span class="delimiter">›</span> <span class="current">Storm hits coast</span></div>${BODY}`,
    want: [{ label: "الرئيسية", url: u("/") }, { label: "اقتصاد", url: u("/economy/") }, { label: "Storm hits coast" }],
    strategy: "theme-trail",
  },
  {
    name: "JSON-LD BreadcrumbList (in CDATA, items as strings and objects)",
    head: `<script type="application/ld+json">//<![CDATA[
      {"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[
        {"@type":"ListItem","position":1,"name":"Home","item":"https://www.example.com/"},
        {"@type":"ListItem","position":2,"item":{"@id":"https://www.example.com/transit/","name":"Transit &amp; roads"}}]}
    //]]></script>`,
    body: BODY,
    want: [{ label: "Home", url: u("/") }, { label: "Transit & roads", url: u("/transit/") }],
    strategy: "json-ld",
  },

  {
    name: "JSON-LD BreadcrumbList held inline by the article's WebPage (Arc XP)",
    head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm hits coast",
      "mainEntityOfPage":{"@type":"WebPage","@id":"${URL}","breadcrumb":{"@type":"BreadcrumbList","itemListElement":[
        {"@type":"ListItem","position":2,"name":"Local","item":"https://www.example.com/local/"},
        {"@type":"ListItem","position":1,"name":"Home","item":"https://www.example.com/"}]}}}</script>`,
    body: BODY,
    want: [{ label: "Home", url: u("/") }, { label: "Local", url: u("/local/") }],
    strategy: "json-ld",
  },
  // --- trails recognised by their shape -------------------------------------------------------------------------
  {
    name: "a `当前位置：` label opens a trail in a div of any class",
    body: `<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻动态</a></div>${BODY}`,
    want: [{ label: "首页", url: u("/") }, { label: "新闻动态", url: u("/news/") }],
    strategy: "shape-trail",
  },
  {
    name: "a home link opens a trail; a link before it (RSS) is not a crumb",
    body: `<div class="brea_nav"><span class="fr"><a href="http://news.csdn.example/rss.html">订阅业界RSS</a></span><a href="http://www.csdn.example/">CSDN首页</a><em>&gt;</em>
      <a href="http://news.csdn.example">业界</a></div>${BODY}`,
    want: [{ label: "CSDN首页", url: "http://www.csdn.example/" }, { label: "业界", url: "http://news.csdn.example/" }],
    strategy: "shape-trail",
  },
  {
    name: "a trail spread over table cells",
    body: `<table><tr><td><img src="/i/home.png"></td><td>当前位置：</td><td><a href="/index.html">首页</a></td>
      <td><table><tr><td> &gt;<a href="/col/1/">发展改革工作</a></td><td> &gt;<a href="/col/2/">投资管理和项目推进</a></td><td> &gt;<a href="/col/3/">投资运行</a></td></tr></table></td></tr></table>${BODY}`,
    want: [
      { label: "首页", url: u("/index.html") },
      { label: "发展改革工作", url: u("/col/1/") },
      { label: "投资管理和项目推进", url: u("/col/2/") },
      { label: "投资运行", url: u("/col/3/") },
    ],
  },
  {
    name: "an unlinked current page ends the trail (`>>` separators); hidden copies after it are not crumbs",
    body: `<table><tr><td>&nbsp;　现在位置： <a href="/dq/">首页</a>  &gt;&gt; <a href="/dq/list/337.html">东区新闻</a> &gt;&gt; 正文</td></tr></table>
      <br><div style="display:none;">东区办事处</div>${BODY}`,
    want: [{ label: "首页", url: u("/dq/") }, { label: "东区新闻", url: u("/dq/list/337.html") }, { label: "正文" }],
  },
  {
    name: "“You are here:” with › separators",
    body: `<div class="trail">You are here: <a href="/">Home</a> › <a href="/world/">World</a> › Storm hits coast</div>${BODY}`,
    want: [{ label: "Home", url: u("/") }, { label: "World", url: u("/world/") }, { label: "Storm hits coast" }],
  },
  {
    name: "a slash trail that ends with the unlinked current page",
    body: `<div class="top"><a href="/">Home</a> / <a href="/news/">News</a> / Storm hits coast</div>${BODY}`,
    want: [{ label: "Home", url: u("/") }, { label: "News", url: u("/news/") }, { label: "Storm hits coast" }],
  },
  {
    name: "a separator inside a link's text separates it from the next crumb",
    body: `<td>您的位置：<a href="/art/">主页</a>&gt;<a href="/edu/">艺术教育</a>&gt;<a href="list.shtml">院校招生资讯&gt;</a><a href="zylist.shtml">中央美术学院</a></td>${BODY}`,
    want: [
      { label: "主页", url: u("/art/") },
      { label: "艺术教育", url: u("/edu/") },
      { label: "院校招生资讯", url: u("/news/2024/05/02/list.shtml") },
      { label: "中央美术学院", url: u("/news/2024/05/02/zylist.shtml") },
    ],
  },
  {
    name: "a container named for a trail in other words (`location`) needs no home link",
    body: `<div class="location"><a href="/news/">新闻中心</a> &gt; <a href="/news/china/">国内新闻</a> &gt; 正文</div>${BODY}`,
    want: [{ label: "新闻中心", url: u("/news/") }, { label: "国内新闻", url: u("/news/china/") }, { label: "正文" }],
    strategy: "named-container",
  },
  {
    name: "a container named by its id (`weizhi`), after a first container with no trail",
    body: `<div class="box curpos"><p>广告</p></div><div id="weizhi"><a href="/news/">新闻中心</a> &gt; <a href="/news/world/">国际新闻</a> &gt; 正文</div>${BODY}`,
    want: [{ label: "新闻中心", url: u("/news/") }, { label: "国际新闻", url: u("/news/world/") }, { label: "正文" }],
    strategy: "named-container",
  },
  {
    name: "a class word that only contains a container word (`positioned`) names no container",
    body: `<div class="positioned"><a href="/news/">新闻中心</a> &gt; <a href="/news/world/">国际新闻</a> &gt; 正文</div>${BODY}`,
    want: [],
  },
  {
    name: "relative links on a page without a URL still make a trail (crumbs without url)",
    url: "",
    body: `<div class="dqwz">当前位置：<a href="/index.html">首页</a> &gt; <a href="/col/1/">新闻动态</a></div>${BODY}`,
    want: [{ label: "首页" }, { label: "新闻动态" }],
  },

  // --- menus and tag lists are not trails -------------------------------------------------------------------------
  { name: "a menu (links without separators) is not a trail", body: `<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">新闻</a></li><li><a href="/sport/">体育</a></li></ul>${BODY}`, want: [] },
  { name: "a menu separated by | is not a trail", body: `<div class="top"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/sport/">体育</a></div>${BODY}`, want: [] },
  { name: "a slash menu whose every item is a link is not a trail", body: `<div class="top"><a href="/">Home</a> / <a href="/news/">News</a> / <a href="/sport/">Sport</a></div>${BODY}`, want: [] },
  { name: "a tag list is not a trail", body: `${BODY}<div class="tags">标签：<a href="/tag/1">暴雨</a> / <a href="/tag/2">台风</a> / <a href="/tag/3">沿海</a></div>`, want: [] },
  {
    name: "a run longer than a trail is a menu",
    body: `<div><a href="/">Home</a> › <a href="/a/">A</a> › <a href="/b/">B</a> › <a href="/c/">C</a> › <a href="/d/">D</a> › <a href="/e/">E</a> › <a href="/f/">F</a> › <a href="/g/">G</a> › <a href="/h/">H</a></div>${BODY}`,
    want: [],
  },
  {
    name: "a calendar's « previous month link is not a home link",
    body: `<table id="wp-calendar"><tfoot><tr><td id="prev"><a href="https://www.example.com/?m=200604">« Apr</a></td><td id="next"> »</td></tr></tfoot><tbody><tr><td>1</td><td>2</td></tr></tbody></table>${BODY}`,
    want: [],
  },
  {
    name: "Drupal's screen-reader heading inside the trail is not a crumb",
    body: `<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Storm hits coast</li></ol></nav>${BODY}`,
    want: [{ label: "Home", url: u("/") }, { label: "News", url: u("/news") }, { label: "Storm hits coast" }],
  },
  {
    name: "a screen-reader class in capitals is noise too",
    body: `<nav class="breadcrumb"><h2 class="Visually-Hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Storm hits coast</li></ol></nav>${BODY}`,
    want: [{ label: "Home", url: u("/") }, { label: "News", url: u("/news") }, { label: "Storm hits coast" }],
  },
  {
    name: "a language switcher named in capitals and another script is not a crumb",
    body: `<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/news/">新闻</a> &gt; 正文 <span class="LANG-切换"><a href="/en/">English</a></span></div>${BODY}`,
    want: [{ label: "首页", url: u("/") }, { label: "新闻", url: u("/news/") }, { label: "正文" }],
  },
  {
    name: "a list item is one crumb: the current page's title keeps its dash",
    body: `<nav aria-label="Breadcrumb"><ol><li><a href="/">DER SPIEGEL</a><span aria-hidden="true">›</span></li><li><a href="/wirtschaft/">Wirtschaft</a><span aria-hidden="true">›</span></li><li aria-current="page"><span>Der Windstrom ist da – nur die Leitungen fehlen</span></li></ol></nav>${BODY}`,
    want: [{ label: "DER SPIEGEL", url: u("/") }, { label: "Wirtschaft", url: u("/wirtschaft/") }, { label: "Der Windstrom ist da – nur die Leitungen fehlen" }],
  },
  {
    // A crumb's label is its text as the rest of the library reads it: an icon's <svg><title> is no text, a <br> a space.
    name: "an icon's svg title is not part of a crumb, and a <br> in a label is a space",
    body: `<nav class="breadcrumb"><a href="/"><svg viewBox="0 0 10 10"><title>House icon</title></svg>Home</a> › <a href="/local/">Local<br>news</a> › <span>Storm hits coast</span></nav>${BODY}`,
    want: [{ label: "Home", url: u("/") }, { label: "Local news", url: u("/local/") }, { label: "Storm hits coast" }],
  },
  { name: "a page with no trail has none", body: BODY, want: [] },
];

describe("extractBreadcrumb", () => {
  for (const row of rows) {
    it(row.name, () => {
      const doc = parseHtml(`<!doctype html><html><head>${row.head ?? ""}</head><body>${row.body}</body></html>`);
      const options = row.url === "" ? {} : { url: row.url ?? URL };
      expect(extractBreadcrumb(doc, options)).toEqual(row.want);
      if (row.strategy) expect(findBreadcrumb(pageContext(doc, options))?.strategy).toBe(row.strategy);
    });
  }
});

describe("breadcrumbStrategies", () => {
  it("try theme markup, then structured data, then class names, then the shape of the trail", () => {
    expect(breadcrumbStrategies.map((s) => s.name)).toEqual(["theme-trail", "microdata", "json-ld", "class-trail", "shape-trail", "named-container"]);
  });

  it("theme markup beats a shape trail elsewhere on the page", () => {
    const html = `<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/a/">A</a></div><ol class="breadcrumb"><li><a href="/">Home</a></li><li>B</li></ol>${BODY}`;
    expect(findBreadcrumb(pageContext(parseHtml(html), { url: URL }))?.strategy).toBe("theme-trail");
  });
});
