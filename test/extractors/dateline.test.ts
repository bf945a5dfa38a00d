import { describe, expect, it } from "vitest";
import { extractDateline, parseHtml } from "../../src/index.js";
import { findDateline } from "../../src/extractors/dateline.js";
import { pageContext } from "../../src/core/strategy.js";
import type { Dateline } from "../../src/types.js";

const URL = "https://www.example.com/news/2024/05/02/story.html";
const FILLER = "<p>Officials said the measure would take effect within weeks, pending a final review by the courts and the state.</p>";

function dateline(html: string): Dateline | undefined {
  return extractDateline(parseHtml(html), { url: URL });
}

function page(content: string, head = ""): string {
  return `<html><head>${head}</head><body><article><h1>Headline of the story</h1><div class="entry-content">${content}</div></article></body></html>`;
}

function jsonLd(datePublished: string): string {
  return `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Headline", datePublished })}</script>`;
}

describe("extractDateline: from the opening of the article", () => {
  it("reads a dateline paragraph of its own", () => {
    const html = page(`<p>【希望之声2021年7月28日】（希望之声记者高健雯综合报导）</p><p>三位了解情况的韩国政府消息人士说，朝鲜和韩国正在谈判重新开放联络办公室。</p>`);
    expect(dateline(html)).toEqual({ raw: "【希望之声2021年7月28日】（希望之声记者高健雯综合报导）", date: "2021-07-28", source: "希望之声", reporters: ["高健雯"] });
  });

  it("completes a dateline's day from the page's URL when no metadata states a date (Xinhua)", () => {
    const html = page(`<p>新华社北京6月11日电（记者王晓峰）国家统计局11日发布数据。</p>${FILLER}`);
    const found = extractDateline(parseHtml(html), { url: "http://www.news.example.cn/20240611/abc123/c.html" });
    expect(found?.date).toBe("2024-06-11");
    // The metadata's day comes first.
    const withMeta = extractDateline(parseHtml(page(`<p>新华社北京6月11日电（记者王晓峰）国家统计局11日发布数据。</p>${FILLER}`, jsonLd("2023-06-12"))), { url: "http://www.news.example.cn/20240611/abc123/c.html" });
    expect(withMeta?.date).toBe("2023-06-11");
  });

  it("reads a place in bold and a colon opening the first paragraph (NDTV)", () => {
    const html = page(`<p><b>New Delhi:</b> The Delhi government will open 12 community libraries in resettlement colonies this year.</p>${FILLER}`);
    expect(dateline(html)).toEqual({ raw: "New Delhi:", location: "New Delhi", reporters: [] });
  });

  it("reads a place in bold followed by a spaced dash (detik)", () => {
    const html = page(`<p><strong>Jakarta</strong> - Pemerintah Kota Jakarta Timur menyiagakan 12 pompa air mobile di titik rawan banjir.</p>${FILLER}`);
    expect(dateline(html)).toEqual({ raw: "Jakarta -", location: "Jakarta", reporters: [] });
  });

  it("does not take a label in bold for a place", () => {
    const html = page(`<p><strong>Update:</strong> The council has since postponed the vote on the new water rates until May.</p>${FILLER}`);
    expect(dateline(html)).toBeUndefined();
  });

  it("reads the dateline that opens the first paragraph", () => {
    const html = page(`<p>TORONTO (AP) — The city council voted on Tuesday to approve a new tiered water rate structure for residents.</p>${FILLER}`);
    expect(dateline(html)).toEqual({ raw: "TORONTO (AP) —", location: "TORONTO", source: "AP", reporters: [] });
  });

  it("reads a Yonhap dateline with its reporter", () => {
    const html = page(`<p>(서울=연합뉴스) 김병규 기자 = 정부는 5일 새로운 부동산 대책을 발표했다. 이번 대책에는 대출 규제 완화가 포함됐다.</p>${FILLER}`);
    expect(dateline(html)).toEqual({ raw: "(서울=연합뉴스) 김병규 기자 =", location: "서울", source: "연합뉴스", reporters: ["김병규"] });
  });

  it("reads the site's own name before a dash as the source, not a place", () => {
    const head = '<meta property="og:site_name" content="Kabar Lembah">';
    const html = page(`<p>KABAR LEMBAH – Puluhan warga membangun jembatan bambu di atas sungai, Sabtu pagi, tanpa anggaran desa.</p>${FILLER}`, head);
    expect(dateline(html)).toEqual({ raw: "KABAR LEMBAH –", source: "KABAR LEMBAH", reporters: [] });
    // Without the site's name, the same words read as a place, as `WASHINGTON —` does.
    expect(dateline(page(`<p>KABAR LEMBAH – Puluhan warga membangun jembatan bambu di atas sungai, Sabtu pagi.</p>${FILLER}`))).toEqual({ raw: "KABAR LEMBAH –", location: "KABAR LEMBAH", reporters: [] });
  });

  it("reads a place and the outlet's domain (Indonesian sites)", () => {
    const html = page(`<p>JAKARTA, KOMPAS.com - Pemerintah akan menaikkan tarif listrik mulai Juli tahun ini.</p>${FILLER}`);
    expect(dateline(html)).toEqual({ raw: "JAKARTA, KOMPAS.com -", location: "JAKARTA", source: "KOMPAS.com", reporters: [] });
  });

  it("reads a Kyodo dateline paragraph", () => {
    const html = page(`<p>【ワシントン=共同】</p><p>バイデン米大統領は5日、ホワイトハウスで記者会見し、新たな経済対策を発表した。</p>`);
    expect(dateline(html)).toEqual({ raw: "【ワシントン=共同】", location: "ワシントン", source: "共同", reporters: [] });
  });

  it("skips the headline and a byline before the dateline", () => {
    const html = page(`<h1>Oil prices rise</h1><p class="byline">By Jane Doe</p><p>TORONTO (AP) — The city council voted on Tuesday to approve new rates.</p>${FILLER}`);
    expect(dateline(html)?.raw).toBe("TORONTO (AP) —");
  });

  it("does not take a dateline-like line deep in the article", () => {
    const html = page(`${FILLER.repeat(6)}<p>TORONTO (AP) — A quoted wire report in the middle of the story.</p>`);
    expect(dateline(html)).toBeUndefined();
  });

  it("is undefined for an article without a dateline", () => {
    expect(dateline(page(FILLER.repeat(3)))).toBeUndefined();
    expect(dateline("")).toBeUndefined();
  });
});

describe("extractDateline: .dateline markup", () => {
  it("reads the theme's .dateline element", () => {
    const html = page(`<p class="dateline">AUSTIN, Texas (AP) —</p>${FILLER}`);
    expect(dateline(html)).toEqual({ raw: "AUSTIN, Texas (AP) —", location: "AUSTIN, Texas", source: "AP", reporters: [] });
  });

  it("prefers the markup to the opening paragraph", () => {
    const html = `<html><body><article><span class="dateline">TORONTO (AP) —</span><div class="entry-content"><p>【希望之声2021年7月28日】</p>${FILLER}</div></article></body></html>`;
    const doc = parseHtml(html);
    expect(findDateline(pageContext(doc, { url: URL }))).toEqual({
      value: { raw: "TORONTO (AP) —", location: "TORONTO", source: "AP", reporters: [] },
      strategy: "dateline-markup",
    });
  });

  it("reports the opening-paragraph strategy", () => {
    const doc = parseHtml(page(`<p>TORONTO (AP) — The council voted on Tuesday.</p>${FILLER}`));
    expect(findDateline(pageContext(doc, { url: URL }))?.strategy).toBe("opening-paragraph");
  });

  it("ignores a .dateline in the sidebar", () => {
    const html = `<html><body><article><div class="entry-content"><p>TORONTO (AP) — The council voted on Tuesday to approve new rates.</p>${FILLER}</div></article>
      <aside class="sidebar"><div class="teaser"><span class="dateline">LONDON (Reuters) -</span><a href="/x">Another story</a></div></aside></body></html>`;
    expect(dateline(html)?.raw).toBe("TORONTO (AP) —");
  });
});

describe("extractDateline: a yearless dateline takes its year from the page's own date", () => {
  it("from JSON-LD datePublished (opening paragraph)", () => {
    const html = page(`<p>HOUSTON, Jan 27 (Reuters) - Oil prices rose on Monday as traders weighed new supply cuts.</p>${FILLER}`, jsonLd("2025-01-27T09:30:00Z"));
    expect(dateline(html)).toEqual({ raw: "HOUSTON, Jan 27 (Reuters) -", date: "2025-01-27", location: "HOUSTON", source: "Reuters", reporters: [] });
  });

  it("from JSON-LD datePublished (.dateline markup)", () => {
    const html = page(`<div class="dateline">HOUSTON, Jan 27 (Reuters) -</div>${FILLER}`, jsonLd("2025-01-27"));
    expect(dateline(html)?.date).toBe("2025-01-27");
  });

  it("from JSON-LD, across a year end (Dec 31 read on Jan 2)", () => {
    const html = page(`<p>NEW YORK, Dec 31 (Reuters) - Stocks closed higher on the last day of the year.</p>${FILLER}`, jsonLd("2025-01-02T08:00:00-05:00"));
    expect(dateline(html)?.date).toBe("2024-12-31");
  });

  it("from JSON-LD, for a Chinese month-and-day dateline", () => {
    const html = page(`<p>【希望之声7月28日】</p>${FILLER}`, jsonLd("2021-07-29T10:00:00+08:00"));
    expect(dateline(html)).toEqual({ raw: "【希望之声7月28日】", date: "2021-07-28", source: "希望之声", reporters: [] });
  });

  it("from article:published_time", () => {
    const html = page(`<p>HOUSTON, Jan 27 (Reuters) - Oil prices rose on Monday as traders weighed new supply cuts.</p>${FILLER}`, '<meta property="article:published_time" content="2025-01-27T09:30:00+00:00">');
    expect(dateline(html)?.date).toBe("2025-01-27");
  });

  it("never from the clock: no page date (in the metadata or the URL), no date", () => {
    const html = page(`<p>HOUSTON, Jan 27 (Reuters) - Oil prices rose on Monday as traders weighed new supply cuts.</p>${FILLER}`);
    expect(extractDateline(parseHtml(html), { url: "https://www.example.com/news/oil-prices.html" })).toEqual({ raw: "HOUSTON, Jan 27 (Reuters) -", location: "HOUSTON", source: "Reuters", reporters: [] });
    // The URL's day (2024-05-02) completes it.
    expect(dateline(html)?.date).toBe("2024-01-27");
  });

  it("keeps the dateline's own full date over the page's", () => {
    const html = page(`<p>【希望之声2021年7月28日】（希望之声记者高健雯综合报导）</p>${FILLER}`, jsonLd("2021-08-02"));
    expect(dateline(html)?.date).toBe("2021-07-28");
  });
});
