import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/core/document.js";
import { pageContext } from "../../src/core/strategy.js";
import { extractAuthors, findAuthors } from "../../src/extractors/authors.js";

interface Row {
  /** What the row checks. */
  name: string;
  /** The page, or the inside of its `<body>` (then wrapped with `head`). */
  body: string;
  head?: string;
  url?: string;
  want: string[];
  /** The strategy that must produce `want` (none when `want` is empty). */
  strategy?: string;
}

/** Paragraphs long enough to make a content container. */
const TEXT = [
  "<p>第一段正文内容，讲述了事情的起因和经过，篇幅足够长，能够被识别为文章的正文部分，而不是导航或者页脚。</p>",
  "<p>第二段正文内容，继续讲述事情的发展，同样足够长，能够被识别为文章的正文部分，而不是导航或者页脚。</p>",
].join("");
/** A longer text, so that its last lines are not also its first ones. */
const LONG_TEXT = TEXT + TEXT.replace(/第一/g, "第三").replace(/第二/g, "第四") + TEXT.replace(/第一/g, "第五").replace(/第二/g, "第六");
const ENGLISH = [
  "<p>The first paragraph of the story tells what happened and where, long enough to be read as the article's text.</p>",
  "<p>The second paragraph goes on with the story, and it is long enough to be read as the article's own text too.</p>",
].join("");

function page(row: Row): string {
  if (/^<!doctype|^<html/i.test(row.body)) return row.body;
  return `<html><head><title>标题 - 网站</title>${row.head ?? ""}</head><body>${row.body}</body></html>`;
}

const rows: Row[] = [
  // --- precedence ---------------------------------------------------------------------------------------
  {
    name: "a printed byline beats a site-name meta author",
    head: '<meta name="author" content="证券时报网">',
    body: `<h2>标题</h2><div class="info">2019-09-26 12:11<span>来源：证券时报网</span><span>作者：李在山</span></div><div class="content">${TEXT}</div>`,
    want: ["李在山"],
    strategy: "article-head",
  },
  {
    name: "a domain in meta author is not an author",
    head: '<meta name="author" content="CSDN.NET">',
    body: `<h1>标题</h1><div class="content">${TEXT}</div>`,
    want: [],
  },
  {
    name: "JSON-LD Person author beats meta author",
    head:
      '<meta name="author" content="Site Desk"><script type="application/ld+json">{"@type":"NewsArticle","headline":"T","author":{"@type":"Person","name":"Jane Doe"}}</script>',
    body: `<h1>Title</h1><article>${ENGLISH}</article>`,
    want: ["Jane Doe"],
    strategy: "json-ld",
  },
  {
    name: "a JSON-LD organisation is not an author",
    head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"T","author":{"@type":"Organization","name":"Daily Planet"}}</script>',
    body: `<h1>Title</h1><article>${ENGLISH}</article>`,
    want: [],
  },
  {
    name: "a reporter's credit in brackets on the line after a bracket dateline (看中国)",
    body: `<h1>标题</h1><div class="content"><p>【看中国2024年3月9日讯】</p><p>（看中国记者林风综合报导）</p>${TEXT}</div>`,
    want: ["林风"],
    strategy: "article-head",
  },
  {
    name: "a reporter's credit closing the first paragraph (看中国)",
    body: `<h1>标题</h1><div class="content"><p>台北市今年的灯会在周六开幕，吸引了大批民众前往观赏，花灯沿着河岸一路排开。（记者李明／台北报导）</p>${LONG_TEXT}</div>`,
    want: ["李明"],
    strategy: "article-head",
  },

  {
    name: "a newsroom named in author markup is not an author (Redazione ANSA)",
    head: '<meta name="author" content="Redazione ANSA">',
    body: `<h1>Title</h1><div class="news-author"><span class="news-author">Redazione ANSA</span></div><article>${ENGLISH}</article>`,
    want: [],
  },
  {
    name: "a JSON-LD author given by @id is looked up (Yoast)",
    head:
      '<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"T","author":{"@id":"#/schema/person/1"}},{"@type":"Person","@id":"#/schema/person/1","name":"Lewis White"}]}</script>',
    body: `<h1>Title</h1><article>${ENGLISH}</article>`,
    want: ["Lewis White"],
    strategy: "json-ld",
  },
  {
    name: "labelled byline markup beats JSON-LD",
    head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"T","author":"Someone Else"}</script>',
    body: `<h1>Title</h1><div class="byline">By Jane Doe and John Roe</div><article>${ENGLISH}</article>`,
    want: ["Jane Doe", "John Roe"],
    strategy: "byline-markup",
  },
  {
    name: "the dateline's reporters come first",
    head: '<meta name="author" content="王五">',
    body: `<h1>标题</h1><div class="entry-content"><p>【希望之声2021年7月28日】（希望之声记者高健雯综合报导）</p>${TEXT}</div>`,
    want: ["高健雯"],
    strategy: "dateline",
  },
  {
    name: "责任编辑 is not an author",
    body: `<h1>标题</h1><div class="content">${TEXT}</div><div>发布日期：2019-03-06 责任编辑：龙慧</div>`,
    want: [],
  },
  {
    name: "an editor after the credit does not hide the author",
    body: `<h1>标题</h1><div class="content">${LONG_TEXT}<p>（记者 胡晓蓉）</p></div><div>责任编辑：孙重远</div>`,
    want: ["胡晓蓉"],
    strategy: "article-end",
  },
  {
    name: "a credit just after the container is read, whatever follows it (the page after it is not cut)",
    body: `<h1>标题</h1><div class="content">${LONG_TEXT}</div><div>（记者 胡晓蓉）</div>${"<div><p>友情链接</p><p>关于我们</p></div>".repeat(60)}`,
    want: ["胡晓蓉"],
    strategy: "article-end",
  },
  {
    name: "a labelled reporter line beats an account name in author markup",
    body: `<h1>标题</h1><a class="author" href="/author/1">扬眼企鹅号</a><div class="content">${LONG_TEXT}<p>扬子晚报记者 张楠</p></div>`,
    want: ["张楠"],
    strategy: "article-end",
  },
  // --- the text around the article ----------------------------------------------------------------------
  {
    name: "zh: outlet reporter line opening the text",
    body: `<h1>标题</h1><div class="content"><p><strong>澎湃新闻记者 段彦超 廖艳</strong></p>${TEXT}</div>`,
    want: ["段彦超", "廖艳"],
    strategy: "article-head",
  },
  {
    name: "zh: 作者 without a colon in a bar of fields",
    body: `<h1>标题</h1><h4><div class="info">2015-08-25 10:30| <span>1164次阅读</span>| 来源<span>CSDN</span>| 作者<span class="ago">魏星</span></div></h4><div class="content">${TEXT}</div>`,
    want: ["魏星"],
    strategy: "article-head",
  },
  {
    name: "zh: correspondents in the bracket after 本站讯",
    body: `<h1>标题</h1><div class="info">作者：医技药剂党支部</div><div class="content"><p>本站讯（职工通讯员 李琴雯 刘会）为深入推进党建与业务工作紧密结合，我院举办了技能大赛，全体人员参赛。</p>${TEXT}</div>`,
    want: ["李琴雯", "刘会"],
    strategy: "article-head",
  },
  {
    name: "zh: words-and-pictures credit closing the last paragraph",
    body: `<h1>标题</h1><div class="content">${TEXT}<p>共建清朗网络空间，让金融的发展更好地满足人民日益增长的美好生活需要。(文/图 刘玺东 易赛楠)</p><div>分享</div><div>标签：</div></div>`,
    want: ["刘玺东", "易赛楠"],
    strategy: "article-end",
  },
  {
    name: "zh: an office closing the text is not an author",
    body: `<h1>标题</h1><div class="content">${TEXT}<p>总体全县投资结构趋稳趋优，位列三县两区第二。（德清县发改局）</p></div>`,
    want: [],
  },
  {
    name: "zh: label and names in separate table cells",
    body: `<table><tr><td>主题：</td><td>你知道导游为什么那么热衷于让你去购物吗？</td></tr><tr><td>作者：</td><td>芊草凡凡</td><td>时间：</td><td>2005-08-22 19:13:18</td></tr></table>`,
    want: ["芊草凡凡"],
    strategy: "article-head",
  },
  {
    name: "zh: two byline lines in a row",
    body: `<h1>标题</h1><div class="content"><p>本报实习生 刘国栋 周炜</p><p>本报记者 王燕平 方云凤</p>${TEXT}</div>`,
    want: ["刘国栋", "周炜", "王燕平", "方云凤"],
    strategy: "article-head",
  },
  {
    name: "zh: a bare name under the headline",
    body: `<div class="content"><p>比赛革命的革命<br>胡平<br>——对文化革命的政治心理学分析</p>${TEXT}</div>`,
    want: ["胡平"],
    strategy: "name-under-headline",
  },
  {
    name: "ja: 記者 line",
    body: `<h1>見出し</h1><div class="content"><p>記者 山田太郎</p><p>本文の最初の段落です。十分な長さがあるので、記事の本文として読まれるはずです。ここに詳しい説明が続きます。</p><p>二つ目の段落です。これも十分な長さがあるので、記事の本文として読まれるはずです。詳しい説明が続きます。</p></div>`,
    want: ["山田太郎"],
    strategy: "article-head",
  },
  {
    name: "ko: reporter line closing the text",
    body: `<h1>제목</h1><div class="content"><p>첫 번째 문단입니다. 기사의 본문으로 읽힐 만큼 충분히 긴 문장이 여기에 이어집니다. 자세한 설명이 계속됩니다.</p><p>두 번째 문단입니다. 기사의 본문으로 읽힐 만큼 충분히 긴 문장이 여기에 이어집니다. 자세한 설명이 계속됩니다.</p>${"<p>다음 문단입니다. 기사의 본문으로 읽힐 만큼 충분히 긴 문장이 여기에 이어집니다. 자세한 설명이 계속됩니다.</p>".repeat(4)}<p>김철수 기자 kim@yna.co.kr</p></div>`,
    want: ["김철수"],
    strategy: "article-end",
  },
  // --- markup and metadata --------------------------------------------------------------------------------
  {
    name: "en: byline markup cut back to its linked name",
    body: `<h1>Title</h1><div class="article-byline"><span>By</span><div><a rel="author" href="/author/b">Benjamin Romano</a></div><div>Seattle Times business reporter</div></div><article>${ENGLISH}</article>`,
    want: ["Benjamin Romano"],
    strategy: "byline-markup",
  },
  {
    name: "en: an author's bio inside the byline is not read",
    body: `<h1>Title</h1><div class="entry__byline"><div class="entry__byline__author">By <a href="/a/dm">Daniel Marans</a><p class="entry__byline__mini-bio">Senior Politics Reporter, HuffPost</p></div></div><article>${ENGLISH}</article>`,
    want: ["Daniel Marans"],
    strategy: "byline-markup",
  },
  {
    name: "en: a relative time is not part of a name",
    body: `<h1>Title</h1><span class="byline">By Jane Doe | 5 minutes ago</span><article>${ENGLISH}</article>`,
    want: ["Jane Doe"],
    strategy: "byline-markup",
  },
  {
    name: "en: co-authors each in their own microdata author element, only the first with By",
    body: `<h1>Title</h1><div class="story-info"><span itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Rhona Sinclair</span></span>, <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Magnus Flett</span></span></div><article>${ENGLISH}</article>`,
    want: ["Rhona Sinclair", "Magnus Flett"],
    strategy: "byline-markup",
  },
  {
    name: "ar: a bare name in a.author-name with an icon class (Jannah)",
    body: '<article><h1>افتتاح مكتبة عامة جديدة</h1><div class="post-meta"><span class="meta-author"><a href="/author/layla/" class="author-name tie-icon" title="ليلى حداد">ليلى حداد</a></span></div><div class="entry-content"><p>افتتحت البلدية صباح الاثنين مكتبة عامة جديدة في وسط المدينة، بعد أعمال بناء استمرت ثلاث سنوات وتأخرت أكثر من مرة.</p><p>وتضم المكتبة أكثر من أربعين ألف كتاب، وقاعة للأطفال، ومختبرا رقميا مفتوحا للطلاب حتى العاشرة مساء.</p></div></article>',
    want: ["ليلى حداد"],
    strategy: "author-markup",
  },
  {
    name: "en: a bare name in a.author-name alone",
    body: `<h1>Title</h1><div class="meta"><a class="author-name" href="/author/jd/">Jane Doe</a></div><article>${ENGLISH}</article>`,
    want: ["Jane Doe"],
    strategy: "author-markup",
  },
  {
    name: "a related post card's byline is not the article's author (ColorMag)",
    body: `<h1>Title</h1><article>${ENGLISH}</article><div class="related-posts-wrapper"><h4>You may also like</h4><div class="single-related-posts"><h3><a href="/other/">Other story</a></h3><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/lucia-ferrer/">Lucía Ferrer</a></span></span></div></div>`,
    want: [],
  },
  {
    name: "a wire agency credited as author is not a person (Lusa)",
    head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Title","author":{"@type":"Person","name":"Lusa"}}</script>',
    body: `<h1>Title</h1><div class="entry-meta"><span class="author vcard"><a href="/author/lusa/">Lusa</a></span></div><article>${ENGLISH}</article>`,
    want: [],
  },
  {
    name: "a Turkish news desk is not a person (Haber Merkezi)",
    head: '<meta name="author" content="Haber Merkezi"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Title","author":{"@type":"Person","name":"Haber Merkezi"}}</script>',
    body: `<h1>Title</h1><article>${ENGLISH}</article>`,
    want: [],
  },
  {
    name: "en: a bare name in author markup",
    body: `<h1>Title</h1><a rel="author" href="/people/jd">Jane Doe</a><article>${ENGLISH}</article>`,
    want: ["Jane Doe"],
    strategy: "author-markup",
  },
  {
    name: "en: an empty label in author markup is not a name",
    body: `<h1>Title</h1><span id="author_baidu">作者：</span><article>${ENGLISH}</article>`,
    want: [],
  },
  {
    name: "microdata: the first item's authors only",
    body: `<article itemscope itemtype="https://schema.org/NewsArticle"><h1>Title</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Colin Manning</span></span>${ENGLISH}</article><div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author">Other Writer</span></div>`,
    want: ["Colin Manning"],
    strategy: "microdata",
  },
  {
    name: "microdata: an organisation credited beside the reporter is not an author",
    body: `<article itemscope itemtype="https://schema.org/NewsArticle"><h1>Title</h1><div>Door <span itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Belga</span></span> en <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Lotte Van Damme</span></span></div>${ENGLISH}</article>`,
    want: ["Lotte Van Damme"],
    strategy: "microdata",
  },
  {
    name: "RDFa Lite: an author property with its Person's name",
    body: `<article vocab="https://schema.org/" typeof="NewsArticle"><h1>Title</h1><p>بقلم <span property="author" typeof="Person"><span property="name">سارة المنصوري</span></span></p>${ENGLISH}</article>`,
    want: ["سارة المنصوري"],
    strategy: "microdata",
  },
  {
    name: "JSON-LD: a job title after a name and a comma is cut",
    head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Title","author":["Jane Doe, Senior Reporter","Tom Ruiz, Times Staff Writer"]}</script>',
    body: `<h1>Title</h1><article>${ENGLISH}</article>`,
    want: ["Jane Doe", "Tom Ruiz"],
    strategy: "json-ld",
  },
  {
    name: "JSON-LD: a German job title after a name is not a second name",
    head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Title","author":{"@type":"Person","name":"Katrin Vogel, Korrespondentin Berlin"}}</script>',
    body: `<h1>Title</h1><article>${ENGLISH}</article>`,
    want: ["Katrin Vogel"],
    strategy: "json-ld",
  },
  {
    name: "pt: an outlet and a place in author markup name nobody (Do UOL, em São Paulo)",
    body: `<h1>Title</h1><div class="author"><p class="p-author-local">Do UOL, em São Paulo</p></div><article>${ENGLISH}</article>`,
    want: [],
  },
  {
    name: "an editorial desk is not a person (編集部, Redaksi)",
    head: '<meta name="author" content="編集部">',
    body: `<h1>Title</h1><div class="byline"><a rel="author" href="/author/redaksi/">Redaksi</a></div><article>${ENGLISH}</article>`,
    want: [],
  },
  {
    name: "meta: Dublin Core creator, and a URL in brackets dropped",
    head: '<meta name="dc.creator" content="Bradley M. Kuhn (http://ebb.org/bkuhn/)"><meta name="author" content="FAIL">',
    body: `<h1>Title</h1><article>${ENGLISH}</article>`,
    want: ["Bradley M. Kuhn"],
    strategy: "meta",
  },
  {
    name: "meta: a name written surname first stays one name",
    head: '<meta name="author" content="Kooman, F.">',
    body: `<h1>Title</h1><article>${ENGLISH}</article>`,
    want: ["Kooman, F."],
    strategy: "meta",
  },
  {
    name: "meta: the site's own one-word name is not an author",
    url: "https://www.example.com/a/1",
    head: '<meta name="author" content="Example"><meta property="og:site_name" content="Example">',
    body: `<h1>Title</h1><article>${ENGLISH}</article>`,
    want: [],
  },
  {
    name: "meta: a personal blog named after its author keeps the author",
    head: '<meta name="author" content="Haki Benita"><meta property="og:site_name" content="Haki Benita">',
    body: `<h1>Title</h1><article>${ENGLISH}</article>`,
    want: ["Haki Benita"],
    strategy: "meta",
  },
  {
    name: "meta: a three-character site name is not an author",
    head: '<meta name="author" content="云南网">',
    body: `<h1>标题</h1><div class="content">${TEXT}</div>`,
    want: [],
  },
  {
    name: "meta: a CMS user id is not a name",
    head: '<meta name="author" content="L_104485">',
    body: `<h1>Title</h1><article>${ENGLISH}</article>`,
    want: [],
  },
  {
    name: "citation_authors spaced to a name's width",
    head: '<meta name="citation_authors" content="赵  培">',
    body: `<h1>标题</h1><div class="content">${TEXT}</div>`,
    want: ["赵培"],
    strategy: "meta",
  },
];

describe("extractAuthors", () => {
  it.each(rows)("$name", (row) => {
    const doc = parseHtml(page(row));
    const options = row.url ? { url: row.url } : undefined;
    expect(extractAuthors(doc, options)).toStrictEqual(row.want);
    const found = findAuthors(pageContext(doc, options));
    expect(found?.strategy).toBe(row.strategy);
  });

  it("reads a page once however many times it is asked", () => {
    const doc = parseHtml(page(rows[0]!));
    expect(extractAuthors(doc)).toStrictEqual(extractAuthors(doc));
  });
});
