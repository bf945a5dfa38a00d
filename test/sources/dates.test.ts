import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/core/document.js";
import { isoDate, metadataPublished, normalizeDate, structuredDateSources } from "../../src/sources/dates.js";

function page(head: string, body = ""): string {
  return `<html><head>${head}</head><body><article><h1>Headline of the story</h1>${body}<p>Text of the story, long enough to be the article.</p></article></body></html>`;
}

function jsonLd(node: Record<string, unknown>, wrap = (json: string) => json): string {
  return `<script type="application/ld+json">${wrap(JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Headline", ...node }))}</script>`;
}

/** What each source reads, alone. */
interface Row {
  name: string;
  source: string;
  html: string;
  want: string | undefined;
}

const rows: Row[] = [
  { name: "JSON-LD datePublished", source: "json-ld", html: page(jsonLd({ datePublished: "2024-05-02T14:30:00-04:00" })), want: "2024-05-02T14:30:00-04:00" },
  { name: "JSON-LD in @graph", source: "json-ld", html: page(`<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"Article","datePublished":"2020-01-03T09:48:24Z"}]}</script>`), want: "2020-01-03T09:48:24Z" },
  { name: "JSON-LD dateModified alone is not read", source: "json-ld", html: page(jsonLd({ dateModified: "2024-05-03" })), want: undefined },
  { name: "JSON-LD that JSON.parse rejects (trailing comma), read by the forgiving parse", source: "json-ld", html: page(`<script type="application/ld+json">{"@type":"Article","datePublished":"2018-04-05T06:00",}</script>`), want: "2018-04-05T06:00:00" },
  { name: "JSON-LD wrapped in CDATA", source: "json-ld", html: page(jsonLd({ datePublished: "2024-06-25" }, (json) => `<![CDATA[ ${json} ]]>`)), want: "2024-06-25" },
  { name: "JSON-LD that cannot be read at all (a missing comma)", source: "json-ld-text", html: page(`<script type="application/ld+json">{"@type":"Article" "datePublished":"2018-04-05T06:00"}</script>`), want: "2018-04-05T06:00:00" },
  { name: "JSON-LD that is read is not read again as text", source: "json-ld-text", html: page(jsonLd({ datePublished: "2024-06-25" })), want: undefined },
  { name: "article:published_time", source: "meta", html: page('<meta property="article:published_time" content="2021-07-28T08:00:00+08:00">'), want: "2021-07-28T08:00:00+08:00" },
  { name: "Dublin Core DC.date.issued", source: "meta", html: page('<meta name="DC.date.issued" content="2019-09-23">'), want: "2019-09-23" },
  { name: "dcterms.issued", source: "meta", html: page('<meta name="dcterms.issued" content="2019-09-23">'), want: "2019-09-23" },
  { name: "PubDate of Chinese CMSs", source: "meta", html: page('<meta name="PubDate" content="2016-11-22 09:53">'), want: "2016-11-22T09:53:00" },
  { name: "apub:time with a one-digit month", source: "meta", html: page('<meta name="apub:time" content="2019-9-7 21:30:50">'), want: "2019-09-07T21:30:50" },
  { name: "a meta date written out is not read", source: "meta", html: page('<meta name="date" content="23.09.2019">'), want: undefined },
  { name: "the next meta name when the first is not a date", source: "meta", html: page('<meta name="pubdate" content="soon"><meta name="DC.date" content="2019-09-23">'), want: "2019-09-23" },
  { name: "og:updated_time is never published", source: "meta", html: page('<meta property="og:updated_time" content="2022-01-28T11:05:37+0100">'), want: undefined },
  { name: "article:modified_time is never published", source: "meta", html: page('<meta property="article:modified_time" content="2025-01-07T09:08:22+00:00">'), want: undefined },
  { name: "JSON-LD dateCreated", source: "json-ld-created", html: page(jsonLd({ dateCreated: "2017-02-24T01:18:13Z" })), want: "2017-02-24T01:18:13Z" },
  { name: "microdata time element", source: "microdata", html: page("", '<time itemprop="datePublished" datetime="2019-10-16">Oct 16</time>'), want: "2019-10-16" },
  { name: "microdata with an ISO date as text", source: "microdata", html: page("", '<span itemprop="datePublished">2019-09-23</span>'), want: "2019-09-23" },
  { name: "microdata with the date written out is left to the printed dates", source: "microdata", html: page("", '<span itemprop="datePublished">September 23, 2019</span>'), want: undefined },
  {
    name: "microdata: the article's own date, not a teaser's inside it that comes first",
    source: "microdata",
    html: page(
      "",
      '<div itemscope itemtype="https://schema.org/WebPage"><article itemscope itemtype="https://schema.org/NewsArticle"><p>Text</p><aside itemscope itemtype="https://schema.org/NewsArticle"><a itemprop="url" href="/old">Old story</a><time itemprop="datePublished" datetime="2023-11-02T08:00:00Z">2 Nov</time></aside><footer><time itemprop="datePublished" datetime="2024-06-18T06:00:00+01:00">18 June</time></footer></article></div>',
    ),
    want: "2024-06-18T06:00:00+01:00",
  },
  { name: "RDFa-lite property=datePublished", source: "microdata", html: page("", '<span property="datePublished" content="2019-09-23T10:00:00Z">Monday</span>'), want: "2019-09-23T10:00:00Z" },
  { name: "hAtom abbr.published", source: "abbr-published", html: page("", '<abbr class="published" title="2019-10-16T14:33:00-07:00">2:33 PM</abbr>'), want: "2019-10-16T14:33:00-07:00" },
  { name: "time[pubdate] before another time", source: "time", html: page("", '<time datetime="2020-01-01">x</time><time pubdate datetime="2020-02-02">y</time>'), want: "2020-02-02" },
  { name: "time.updated is not read", source: "time", html: page("", '<time class="updated" datetime="2020-03-03">z</time>'), want: undefined },
  { name: "time in a sidebar is not read", source: "time", html: `<html><body><aside class="sidebar"><time datetime="2020-04-04">w</time></aside><article><p>Text</p></article></body></html>`, want: undefined },
];

describe("structuredDateSources: each source alone", () => {
  it.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
    const source = structuredDateSources.find((s) => s.name === row.source);
    expect(source, `no source named ${row.source}`).toBeDefined();
    expect(source!.read(parseHtml(row.html))).toBe(row.want);
  });
});

describe("metadataPublished: precedence", () => {
  it("JSON-LD datePublished beats article:published_time", () => {
    const doc = parseHtml(page(`${jsonLd({ datePublished: "2015-10-15T02:19:15Z" })}<meta property="article:published_time" content="2015-12-11T14:28:34Z">`));
    expect(metadataPublished(doc)).toEqual({ date: "2015-10-15T02:19:15Z", source: "json-ld" });
  });

  it("article:published_time beats JSON-LD dateCreated", () => {
    const doc = parseHtml(page(`${jsonLd({ dateCreated: "2017-02-24T01:18:13Z" })}<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">`));
    expect(metadataPublished(doc)).toEqual({ date: "2017-02-23T17:18:13-08:00", source: "meta" });
  });

  it("article:published_time beats the generic name=date", () => {
    const doc = parseHtml(page('<meta name="date" content="2020-01-06"><meta property="article:published_time" content="2020-01-03T09:48:24Z">'));
    expect(metadataPublished(doc)?.date).toBe("2020-01-03T09:48:24Z");
  });

  it("a modified date never stands in for a missing published date", () => {
    const doc = parseHtml(page(`${jsonLd({ dateModified: "2018-04-22" })}<meta property="article:modified_time" content="2018-04-22"><meta property="og:updated_time" content="2018-04-22">`));
    expect(metadataPublished(doc)).toBeUndefined();
  });
});

describe("normalizeDate", () => {
  it.each([
    ["2024-05-02", "2024-05-02"],
    ["2024-05-02T14:30:00-0400", "2024-05-02T14:30:00-04:00"],
    ["2024-05-02 14:30", "2024-05-02T14:30:00"],
    ["2024-05-02T14:30:00.123Z", "2024-05-02T14:30:00Z"],
    ["20240502", "2024-05-02"],
    ["Thu, 02 May 2024 18:30:00 GMT", "2024-05-02T18:30:00Z"],
    ["1970-01-01T00:00:00Z", undefined],
    ["2024-02-30", undefined],
    ["soon", undefined],
  ])("%s → %s", (input, want) => {
    expect(normalizeDate(input)).toBe(want);
  });

  it("isoDate keeps to real calendar dates between 1990 and 2100", () => {
    expect(isoDate(2020, 2, 29)).toBe("2020-02-29");
    expect(isoDate(2021, 2, 29)).toBeUndefined();
    expect(isoDate(1989, 12, 31)).toBeUndefined();
  });
});
