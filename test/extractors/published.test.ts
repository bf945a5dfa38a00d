import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/core/document.js";
import { pageContext } from "../../src/core/strategy.js";
import { extractPublished, findPublished, publishedStrategies } from "../../src/extractors/published.js";

const BODY =
  "<p>The city council voted on Tuesday to approve a new tiered water rate structure for residents across the valley.</p>" +
  "<p>Officials said the measure would take effect within weeks, pending a final review by the courts and the state.</p>";

/** A page: `top` between the headline and the body, `head` in `<head>`, `after` after the article. */
function page({ head = "", top = "", body = BODY, after = "", lang = "" }: { head?: string; top?: string; body?: string; after?: string; lang?: string }): string {
  return `<html${lang ? ` lang="${lang}"` : ""}><head><title>Council approves water rates</title>${head}</head><body>` +
    `<nav class="menu"><a href="/">Home</a> <span>2001-01-01</span></nav>` +
    `<article><h1>Council approves water rates</h1>${top}<div class="entry-content">${body}</div></article>${after}</body></html>`;
}

function published(html: string): { value?: string; strategy?: string } {
  const found = findPublished(pageContext(parseHtml(html), {}));
  return found ? { value: found.value, strategy: found.strategy } : {};
}

const jsonLd = (datePublished: string): string =>
  `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Council approves water rates", datePublished })}</script>`;

interface Row {
  name: string;
  html: string;
  value: string | undefined;
  strategy?: string;
}

const rows: Row[] = [
  // --- printed dates, by kind of markup --------------------------------------------------------------
  { name: "zh label 发布时间 with a time", html: page({ top: "<div>发布时间：2019-09-23 14:34:05 来源：新华社</div>" }), value: "2019-09-23T14:34:05", strategy: "labelled-text" },
  { name: "zh-Hant label 發佈時間", html: page({ top: "<p>發佈時間：2019年9月23日 14:34</p>" }), value: "2019-09-23T14:34", strategy: "labelled-text" },
  { name: "zh label 发表于 after the body (blog post footer)", html: page({ after: "<div class='postfoot'>作者:zboygirl 阅读(1660) 发表于:2005-07-31 12:30</div>" }), value: "2005-07-31T12:30", strategy: "labelled-text" },
  { name: "en Posted on", html: page({ top: "<p>Posted on March 11, 2020 by editor</p>" }), value: "2020-03-11", strategy: "labelled-text" },
  { name: "de Veröffentlicht am", html: page({ top: "<p>Veröffentlicht am 23.09.2019</p>" }), value: "2019-09-23", strategy: "labelled-text" },
  { name: "fr Publié le", html: page({ top: "<p>Publié le 1er mars 2020 à 14h30</p>" }), value: "2020-03-01T14:30", strategy: "labelled-text" },
  { name: "es Publicado", html: page({ top: "<p>Publicado el 5 de mayo de 2021</p>" }), value: "2021-05-05", strategy: "labelled-text" },
  { name: "ja 投稿日", html: page({ top: "<p>投稿日：2019年9月23日</p>" }), value: "2019-09-23", strategy: "labelled-text" },
  { name: "ko 입력", html: page({ top: "<p>입력 2019.09.23 14:34</p>" }), value: "2019-09-23T14:34", strategy: "labelled-text" },
  { name: "a .date element", html: page({ top: '<div class="info"><span class="date">02.02.2022</span> <span class="category">Sport</span></div>' }), value: "2022-02-02", strategy: "date-element" },
  { name: "#pubtime_baidu", html: page({ top: '<span id="pubtime_baidu">2022-02-13 04:22:18</span>' }), value: "2022-02-13T04:22:18", strategy: "date-element" },
  { name: "a .post-meta line with a two-digit year", html: page({ top: '<div class="post-meta">Von: Björn Jahner | <span>31.10.23</span></div>' }), value: "2023-10-31", strategy: "date-element" },
  { name: "a <time> without datetime", html: page({ top: "<time>30. Juni 2022</time>" }), value: "2022-06-30", strategy: "date-element" },
  { name: "microdata datePublished written out", html: page({ top: '<span itemprop="datePublished">September 23, 2019</span>' }), value: "2019-09-23", strategy: "date-element" },
  { name: "the date element nearest the headline wins", html: page({ top: '<span class="date">2022-01-21</span>', after: '<ul class="teasers"><li><span class="date">2022-01-30</span></li></ul>' }), value: "2022-01-21", strategy: "date-element" },
  { name: "an unmarked date under the headline (table layouts)", html: page({ top: "<table><tr><td>http://www.sina.net 2005年03月21日 11:21 《理财周刊》</td></tr></table>" }), value: "2005-03-21T11:21", strategy: "near-headline" },
  { name: "an unmarked date above the headline", html: `<html><body><article><h3>02.01.2022</h3><h1>Land zahlte rund 1,4 Millionen Euro</h1><div class="entry-content">${BODY}</div></article></body></html>`, value: "2022-01-02", strategy: "near-headline" },
  { name: "the first date in the article, as a last resort", html: page({ top: "<p>" + "Lead paragraph without a date. ".repeat(10) + "</p>", body: "<p>(18.01.2018) Deutschlands Landwirte zittern vor der Afrikanischen Schweinepest, seit Jahren schon.</p>" }), value: "2018-01-18", strategy: "article-first-date" },
  { name: "US English reads 05/07/2021 month first", html: page({ lang: "en-US", top: '<span class="date">05/07/2021</span>' }), value: "2021-05-07", strategy: "date-element" },
  { name: "German reads 05/07/2021 day first", html: page({ lang: "de", top: '<span class="date">05/07/2021</span>' }), value: "2021-07-05", strategy: "date-element" },

  // --- what is not a publication date ----------------------------------------------------------------
  { name: "a page without any date", html: page({}), value: undefined },
  { name: "a date in the site footer", html: page({ after: "<footer>Last changed 29. Januar 2020 um 13:22 Uhr</footer>" }), value: undefined },
  { name: "a date in a sidebar", html: page({ after: '<div class="sidebar"><span class="date">2020-02-02</span></div>' }), value: undefined },
  { name: "a date in the comments", html: page({ after: '<div id="comments"><p>Posted on 2020-02-02 by a reader</p></div>' }), value: undefined },
  { name: "a copyright year range", html: page({ top: "<p>Copyright © 2004-2008 Example Inc.</p>" }), value: undefined },

  // --- an update's date, only when the page prints no other --------------------------------------------
  { name: "a date labelled as an update only", html: page({ top: '<p class="date">Updated: 2021-11-10</p>' }), value: "2021-11-10", strategy: "updated-date" },
  { name: "a date labelled 更新 only", html: page({ top: "<p>更新时间：2021-11-10 08:00</p>" }), value: "2021-11-10T08:00", strategy: "updated-date" },
  { name: "an update date in a class that says so", html: page({ top: '<p class="lastChangeDate">2021-11-10</p>' }), value: "2021-11-10", strategy: "updated-date" },
  { name: "hAtom `updated` beside `published` is the publication", html: page({ top: '<span class="entry-date published updated">2020-04-26</span>' }), value: "2020-04-26", strategy: "date-element" },
];

describe("findPublished: printed dates", () => {
  it.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
    const found = published(row.html);
    expect(found.value).toBe(row.value);
    if (row.strategy) expect(found.strategy).toBe(row.strategy);
  });
});

describe("findPublished: precedence", () => {
  it("JSON-LD datePublished beats a printed date", () => {
    const found = published(page({ head: jsonLd("2020-01-03T09:48:24+01:00"), top: '<span class="date">2020-01-06</span>' }));
    expect(found).toEqual({ value: "2020-01-03T09:48:24+01:00", strategy: "json-ld" });
  });

  it("article:published_time beats a printed date", () => {
    const found = published(page({ head: '<meta property="article:published_time" content="2019-03-01T08:00:00+01:00">', top: "<p>Published 2019-03-05</p>" }));
    expect(found).toEqual({ value: "2019-03-01T08:00:00+01:00", strategy: "meta" });
  });

  it("a date labelled published beats one labelled updated, whichever comes first", () => {
    expect(published(page({ top: "<p>Updated: 2021-11-12 · Published: 2021-11-10</p>" })).value).toBe("2021-11-10");
    expect(published(page({ top: "<p>Published: 2021-11-10 · Updated: 2021-11-12</p>" })).value).toBe("2021-11-10");
  });

  it("a date labelled 发布 beats one labelled 更新", () => {
    expect(published(page({ top: "<p>更新时间：2021-11-12 09:00 发布时间：2021-11-10 08:00</p>" })).value).toBe("2021-11-10T08:00");
  });

  it("Aktualisiert loses to Veröffentlicht", () => {
    expect(published(page({ top: '<div class="meta">Aktualisiert am 24.09.2019, veröffentlicht am 23.09.2019</div>' })).value).toBe("2019-09-23");
  });

  it("수정 loses to 입력", () => {
    expect(published(page({ top: "<p>수정 2019.09.24 09:00 입력 2019.09.23 14:34</p>" })).value).toBe("2019-09-23T14:34");
  });

  it("an update's date loses to any other printed date", () => {
    const found = published(page({ top: '<p class="lastChangeDate">2021-11-12</p><p class="byline">By Jane Doe, 10.11.2021</p>' }));
    expect(found).toEqual({ value: "2021-11-10", strategy: "date-element" });
  });

  it("a labelled date beats a date element nearer the headline", () => {
    expect(published(page({ top: '<span class="date">2020-02-02</span><p>发布时间：2020-02-01</p>' })).strategy).toBe("labelled-text");
  });

  it("the dateline's date comes first, made precise by the metadata of the same day", () => {
    const html = page({ head: jsonLd("2021-07-28T09:15:00+08:00"), body: `<p>【希望之声2021年7月28日】（希望之声记者高健雯综合报导）</p>${BODY}` });
    expect(published(html)).toEqual({ value: "2021-07-28T09:15:00+08:00", strategy: "dateline+json-ld" });
  });
});

describe("findPublished: a second source makes the date precise", () => {
  it("a metadata day takes the printed time of the same day", () => {
    const found = published(page({ head: '<meta name="publishdate" content="2022-02-13">', top: "<div class='source'><span>2022-02-13 07:00:00</span><span>来源：央广网</span></div>" }));
    expect(found).toEqual({ value: "2022-02-13T07:00:00", strategy: "meta+printed-time" });
  });

  it("a printed time of another day is not taken", () => {
    const found = published(page({ head: '<meta name="publishdate" content="2022-01-28">', top: "<p>成文日期：2022年01月27日 10:00</p>" }));
    expect(found).toEqual({ value: "2022-01-28", strategy: "meta" });
  });

  it("a UTC instant is restated in the local time the page prints", () => {
    const head = '<meta property="article:published_time" content="2022-02-06T12:48:06+00:00">';
    const found = published(page({ head, top: '<p class="m-pub-dates">发表时间： <time>06/02/2022 - 13:48</time></p>' }));
    expect(found).toEqual({ value: "2022-02-06T13:48:06+01:00", strategy: "meta+printed-time" });
  });

  it("an instant with its own zone is kept as stated", () => {
    const head = '<meta property="article:published_time" content="2022-02-06T12:48:06-05:00">';
    expect(published(page({ head, top: '<span class="date">2022-02-06 09:00</span>' })).value).toBe("2022-02-06T12:48:06-05:00");
  });

  it("a JSON-LD day takes the time of a <time datetime> of the same day", () => {
    const found = published(page({ head: jsonLd("2024-06-12"), top: '<time datetime="2024-06-12T09:15:00+07:00">12 มิ.ย. 2567 09:15 น.</time>' }));
    expect(found).toEqual({ value: "2024-06-12T09:15:00+07:00", strategy: "json-ld+time" });
  });

  it("a JSON-LD time without a zone takes the offset of the meta tag that states the same time", () => {
    const head = `${jsonLd("2024-06-12T08:30:00")}<meta property="article:published_time" content="2024-06-12T08:30:00+07:00">`;
    expect(published(page({ head }))).toEqual({ value: "2024-06-12T08:30:00+07:00", strategy: "json-ld+meta" });
  });

  it("the date of an article the page links to is not taken when the page's own JSON-LD node has none", () => {
    const graph = `<link rel="canonical" href="https://news.example/a/"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Another story","url":"https://news.example/b/","datePublished":"2024-01-08T09:30:00-06:00"},{"@type":"NewsArticle","headline":"Council approves water rates","mainEntityOfPage":"https://news.example/a/"}]}</script>`;
    const found = published(page({ head: graph, top: '<time datetime="2024-02-19T17:20:00-06:00">Feb. 19</time>' }));
    expect(found).toEqual({ value: "2024-02-19T17:20:00-06:00", strategy: "time" });
  });

  it("another source's midnight or other time is not taken", () => {
    expect(published(page({ head: `${jsonLd("2024-06-12")}<meta property="article:published_time" content="2024-06-12T00:00:00Z">` })).value).toBe("2024-06-12");
    const head = `${jsonLd("2024-06-12T08:30:00")}<meta property="article:published_time" content="2024-06-12T10:30:00+07:00">`;
    expect(published(page({ head })).value).toBe("2024-06-12T08:30:00");
  });
});

describe("publishedStrategies", () => {
  it("lists structured data before printed text, each with a distinct name", () => {
    const names = publishedStrategies.map((s) => s.name);
    expect(names).toEqual(["dateline", "json-ld", "json-ld-other", "json-ld-text", "meta", "json-ld-created", "microdata", "abbr-published", "time", "labelled-text", "date-element", "near-headline", "updated-date", "article-first-date", "issue-month"]);
  });

  it("extractPublished returns the value alone", () => {
    expect(extractPublished(parseHtml(page({ top: "<p>发布日期：2019-03-06</p>" })))).toBe("2019-03-06");
  });

  it("stays fast on a page with a long run of digits, colons and spaces", () => {
    const junk = `<p>${"1:".repeat(50_000)}${" ".repeat(50_000)}${"2019-".repeat(20_000)}</p>`;
    const start = performance.now();
    published(page({ top: junk }));
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe("findPublished: a month without a day", () => {
  it.each([
    ["a magazine reprint's issue line", "<p>——《北京之春》1996年6月号</p>", "1996-06"],
    ["a report's date line", "<p>　　2003年5月</p>", "2003-05"],
  ])("reads %s as a date of month precision", (_name, line, expected) => {
    const zh = "<p>文章讨论了城市供水价格改革的过程，以及居民和官员对新方案的不同看法，文中没有写明具体日期。</p>";
    expect(published(page({ body: zh + zh + line }))).toEqual({ value: expected, strategy: "issue-month" });
  });

  it("does not take a month named inside a sentence", () => {
    const zh = "<p>该方案于2003年5月首次提出，后来经过多次修改才最终通过，居民对此反应不一。</p>";
    expect(published(page({ body: zh }))).toEqual({});
  });
});
