import { getOuterHTML } from "domutils";
import { describe, expect, it } from "vitest";
import { extractBody, extractDateline, extractFigures, extractRelated, extractTags, parseHtml } from "../../src/index.js";
import type { Body } from "../../src/types.js";

const URL = "https://www.example.com/news/2024/05/02/council-water-rates.html";

const P1 = "The city council voted on Tuesday to approve a new tiered water rate structure for residents of the valley.";
const P2 = "Households that use more water will pay more per gallon under the plan, which takes effect in July.";
const P3 = "Dozens of residents spoke at a public hearing before the vote, most of them in favour of the change.";

function body(html: string, url: string = URL): Body {
  return extractBody(parseHtml(html), { url });
}

/** A WordPress-like article page with `noise` put before, between or after the three paragraphs. */
function page(noise: string, where: "start" | "middle" | "end"): string {
  return `<!doctype html><html><head><title>Council approves water rates | Valley Courier</title></head><body>
    <header class="site-header"><a href="/">Valley Courier</a><nav><a href="/news/">News</a></nav></header>
    <main><article class="post">
      <div class="entry-content">
        ${where === "start" ? noise : ""}
        <p>${P1}</p>
        <p>${P2}</p>
        ${where === "middle" ? noise : ""}
        <p>${P3}</p>
        ${where === "end" ? noise : ""}
      </div>
    </article></main>
    <footer class="site-footer"><p>© 2024 Valley Courier</p></footer>
  </body></html>`;
}

describe("extractBody: keeps the article's blocks in order", () => {
  it("keeps paragraphs, subheadings, list items and quotes", () => {
    const html = `<article><div class="entry-content">
      <p>${P1}</p>
      <h2>What changes</h2>
      <p>${P2}</p>
      <ul><li>The first tier stays flat</li><li>The second tier rises ten percent</li></ul>
      <blockquote><p>This is about fairness, the mayor said.</p></blockquote>
      <h3>Next steps</h3>
      <ol><li>A second reading in June</li></ol>
      <p>${P3}</p>
    </div></article>`;
    const b = body(html);
    expect(b.paragraphs).toEqual([
      P1,
      "What changes",
      P2,
      "The first tier stays flat",
      "The second tier rises ten percent",
      "This is about fairness, the mayor said.",
      "Next steps",
      "A second reading in June",
      P3,
    ]);
    expect(b.text).toBe(b.paragraphs.join("\n\n"));
    expect(b.html).toContain("<h2>What changes</h2>");
    expect(b.html).toContain("<h3>Next steps</h3>");
    expect(b.html).toContain("<ul><li>The first tier stays flat</li><li>The second tier rises ten percent</li></ul>");
    expect(b.html).toContain("<ol><li>A second reading in June</li></ol>");
    expect(b.html).toMatch(/<blockquote>(?:<p>)?This is about fairness, the mayor said\.(?:<\/p>)?<\/blockquote>/);
    expect(b.html.indexOf(P1)).toBeLessThan(b.html.indexOf("What changes"));
    expect(b.html.indexOf("A second reading")).toBeLessThan(b.html.indexOf(P3));
  });

  it("keeps the spaces around inline elements in a paragraph of loose text", () => {
    // Text written straight into the container, not in a <p>: the block is a run of nodes, written as one.
    const html = `<article><div class="entry-content">The council voted on Tuesday, and the <b>mayor</b> said the plan was fair to <a href="/rates">every household</a> in the valley.
      <p>${P2}</p><p>${P3}</p></div></article>`;
    const b = body(html);
    expect(b.paragraphs[0]).toBe("The council voted on Tuesday, and the mayor said the plan was fair to every household in the valley.");
    expect(b.html).toContain(
      '<p>The council voted on Tuesday, and the <b>mayor</b> said the plan was fair to <a href="https://www.example.com/rates">every household</a> in the valley.</p>',
    );
  });

  it("finds the text without theme markup (the densest container)", () => {
    const html = `<body><div class="top"><a href="/">Home</a> <a href="/news">News</a></div>
      <div class="wrap"><div class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
      <div class="rail"><ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another story</a></li></ul></div></div></body>`;
    expect(body(html).paragraphs).toEqual([P1, P2, P3]);
  });

  it("reads Chinese text (letters, not words, are counted)", () => {
    const zh = ["三位了解情况的韩国政府消息人士说，朝鲜和韩国正在谈判重新开放联络办公室。", "消息人士说，双方领导人自四月以来多次交换亲笔信，讨论改善关系的方法。", "韩国总统府发言人拒绝就此事发表评论。"];
    const html = `<div class="nav"><a href="/">首页</a><a href="/news">新闻</a></div><div class="main"><div class="text">${zh.map((p) => `<p>${p}</p>`).join("")}</div></div>`;
    expect(body(html).paragraphs).toEqual(zh);
  });

  it("gives text as the paragraphs joined by a blank line", () => {
    const b = body(page("", "end"));
    expect(b.paragraphs).toEqual([P1, P2, P3]);
    expect(b.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
    expect(b.html).toBe(`<p>${P1}</p><p>${P2}</p><p>${P3}</p>`);
  });

  it("decodes entities and collapses whitespace", () => {
    const b = body(`<div class="entry-content"><p>  Fish &amp; chips\n\n cost&nbsp;&pound;5 at the   “Harbour&nbsp;Inn” on Tuesday, the owners said in a statement.</p></div>`);
    expect(b.paragraphs).toEqual(["Fish & chips cost £5 at the “Harbour Inn” on Tuesday, the owners said in a statement."]);
  });

  it("is empty (with every field present) for a page without text", () => {
    expect(body("<html><body><nav><a href='/'>Home</a></nav></body></html>")).toEqual({ paragraphs: [], text: "", html: "" });
    expect(body("")).toEqual({ paragraphs: [], text: "", html: "" });
  });
});

describe("extractBody: leaves out what is not the article's text", () => {
  const rows: { name: string; noise: string; where: "start" | "middle" | "end" }[] = [
    { name: "the headline h1", noise: "<h1>Council approves tiered water rates</h1>", where: "start" },
    { name: "the theme's title element", noise: '<h2 class="entry-title">Council approves tiered water rates</h2>', where: "start" },
    { name: "a dateline-only paragraph (zh)", noise: "<p>【希望之声2021年7月28日】（希望之声记者高健雯综合报导）</p>", where: "start" },
    { name: "a dateline-only paragraph (ja)", noise: "<p>【ワシントン=共同】</p>", where: "start" },
    { name: "a byline line", noise: "<p>By Jane Doe and John Roe</p>", where: "start" },
    { name: "a right-aligned signature that closes the article (VnExpress)", noise: '<p class="Normal" style="text-align:right;"><strong>Lan Anh</strong></p>', where: "end" },
    { name: "a right-aligned source line that closes the article", noise: '<p align="right">（袁源）</p>', where: "end" },
    { name: "a syndicated story's note (NDTV)", noise: "<p>(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)</p>", where: "end" },
    { name: "a table-of-contents box (Easy Table of Contents)", noise: '<div id="ez-toc-container" class="ez-toc-v2_0 counter-hierarchy"><p class="ez-toc-title">Table of Contents</p><nav><ul><li><a href="#a">What changes</a></li></ul></nav></div>', where: "start" },
    { name: "a paywall teaser (Ouest-France)", noise: '<div class="paywall-teaser"><p class="paywall-teaser__titre">Cet article est réservé aux abonnés</p><p>Accédez à tous nos articles en illimité.</p></div>', where: "end" },
    { name: "an Instagram embed", noise: '<blockquote class="instagram-media"><p>View this post on Instagram</p><p>A post shared by Bumble (@bumble)</p></blockquote>', where: "middle" },
    { name: "a share line with its links", noise: '<div>Share this article: <a href="https://facebook.com/sharer">Facebook</a> | <a href="https://twitter.com/intent">Twitter</a> | <a href="mailto:?">E-mail</a></div>', where: "end" },
    { name: "a reporter's name in brackets closing the article (Asahi)", noise: "<p>（山田太郎）</p>", where: "end" },
    { name: "a share bar's label alone (Hueman)", noise: '<div class="sharrre-container"><span>Share</span></div>', where: "end" },
    { name: "a story's closing editor initials (detik)", noise: "<p>(rw/aik)</p>", where: "end" },
    { name: "a story's closing editor initials (Lusa)", noise: "<p>ACL // JMR</p>", where: "end" },
    { name: "a closing source line (Źródło: PAP)", noise: "<p>Źródło: PAP</p>", where: "end" },
    { name: "a video block named in camel case (NOS)", noise: '<div class="sc-3c videoBlock"><div class="videoPlayer"><button>Afspelen</button><span class="duration">1:48</span></div><div class="videoMeta"><span>Scooters op de stoep</span></div></div>', where: "middle" },
    { name: "a print-edition line (people.cn)", noise: "<p>　　《 人民日报 》（ 2024年03月05日 02 版）</p>", where: "end" },
    { name: "a centred caption under a photo paragraph", noise: '<p style="text-align: center;"><img src="/a.jpg"></p><p style="text-align: center;">图为3月3日，农民驾驶旋耕机翻整田地。新华社记者 王五 摄</p>', where: "middle" },
    { name: "a Chinese byline line", noise: "<p>记者 王明</p>", where: "start" },
    { name: "a figure and its caption", noise: '<figure><img src="/a.jpg" alt=""><figcaption>Residents line up at the council meeting on Tuesday evening. (AP Photo/Mark Lee)</figcaption></figure>', where: "middle" },
    { name: "a WordPress wp-caption", noise: '<div class="wp-caption aligncenter"><img src="/b.jpg"><p class="wp-caption-text">The reservoir at its lowest level in a decade, seen from the dam.</p></div>', where: "middle" },
    { name: "a Jetpack share bar (div.sharedaddy)", noise: '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li><a href="https://twitter.com/share">Share on X (Opens in new window)</a></li><li><a href="https://facebook.com/sharer">Click to share on Facebook</a></li></ul></div></div></div>', where: "end" },
    { name: "an ad (div.ad)", noise: '<div class="ad"><p>Save fifty percent on garden hoses this week only at Valley Hardware on Main Street.</p></div>', where: "middle" },
    { name: "an ad slot with a label", noise: '<div class="ad-slot ad-300x250"><span>Advertisement</span><p>Premium garden hoses delivered to your door, order today and save money.</p></div>', where: "middle" },
    { name: "an ad label set between dashes in an unmarked wrapper (tagDiv)", noise: '<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span></div>', where: "middle" },
    { name: "an ad label between em dashes", noise: "<p>— Anzeige —</p>", where: "middle" },
    { name: "an Arabic ad label (إعلان)", noise: '<div class="stream-item"><span class="stream-title">إعلان</span></div>', where: "middle" },
    { name: "an Indonesian ad label (Iklan)", noise: "<p>Iklan</p>", where: "middle" },
    { name: "the label of a tag list whose links are gone (Schlagwörter)", noise: '<div class="post-bottom-tags"><div class="title">Schlagwörter:</div></div>', where: "end" },
    { name: "the label of an Arabic tag list (الوسوم)", noise: "<p>الوسوم</p>", where: "end" },
    { name: "a tag list written as a line (Keywords: <a>…</a>, <a>…</a>)", noise: '<p>Keywords: <a href="/topic/water/" rel="tag">water</a>, <a href="/topic/rates/" rel="tag">rates</a></p>', where: "end" },
    { name: "a newsletter box", noise: '<div class="newsletter-signup"><h3>Get the Morning Brief</h3><p>The day\'s top local stories delivered to your inbox every weekday morning.</p><form><input type="email"><button>Sign me up</button></form></div>', where: "middle" },
    { name: "comments (#comments)", noise: '<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on this story</h2><ol class="comment-list"><li><p>Great article, thanks for explaining the new rates so clearly to everyone.</p></li><li><p>I still think the second tier is far too expensive for large families.</p></li></ol></div>', where: "end" },
    { name: "a reprint notice (转载请注明)", noise: "<p>本文转载请注明出处。</p>", where: "end" },
    { name: "a reprint notice opening the line", noise: "<p>转载请注明来源：希望之声</p>", where: "end" },
    { name: "an ad label in Korean between dashes (tagDiv)", noise: '<p><span class="td-adspot-title">- 광고 -</span></p>', where: "middle" },
    { name: "an ad label in Chinese between dashes", noise: "<p>— 广告 —</p>", where: "middle" },
    { name: "a source line in Malay", noise: "<p>Sumber: Bernama</p>", where: "end" },
    { name: "the reporter and editor credit of an Indonesian story", noise: "<p>Pewarta: Dewi Anggraini<br>Editor: Budi Santoso</p>", where: "end" },
    { name: "the author's note after a commentary (作者简介)", noise: "<p>作者简介：周晓川，经济学博士，现居美国，长期研究中国经济问题。</p>", where: "end" },
    { name: "an author box with the writer's bio", noise: '<div class="author-box"><img src="/a.jpg" alt=""><p class="author-name">作者：李文舟</p><p class="author-bio">看中国特约记者，长期关注中国教育与青年就业议题。</p></div>', where: "end" },
    { name: "an AMP ad slot and its placeholder", noise: '<amp-ad width="300" height="250" type="doubleclick"><div placeholder>Loading ad…</div><div fallback>Advertisement</div></amp-ad>', where: "middle" },
    { name: "an interview's credit line (Recueilli par)", noise: "<p>Recueilli par Théo Lambert</p>", where: "end" },
    { name: "bannedbook's link to the full version, in traditional characters", noise: '<div><b>本文的圖文或視頻完整版</b>：<a href="https://www.bannedbook.org/zh-tw/x.html">日本首相宣布</a></div>', where: "end" },
    { name: "a paywall's notice (Le Monde)", noise: "<p>Il vous reste 78.54% de cet article à lire. La suite est réservée aux abonnés.</p>", where: "end" },
    { name: "a printed date alone before the text (DD.MM.YYYY, HH:MM)", noise: "<p>11.06.2024, 14:20</p>", where: "start" },
    { name: "a line naming where the story was reprinted from (本文转载自)", noise: "<p>本文转载自《大纪元时报》，内容略有删节。</p>", where: "end" },
    { name: "a copyright notice naming the outlet first (看中国)", noise: "<p>看中国版权所有，任何形式转载需看中国授权许可。严禁建立镜像网站。</p>", where: "end" },
    { name: "an opinion disclaimer (看中国)", noise: "<p>本文只代表作者本人观点，不代表看中国立场。</p>", where: "end" },
    { name: "an opinion disclaimer about the site (本网)", noise: "<p>以上内容不代表本网立场。</p>", where: "end" },
    { name: "a copyright notice (All rights reserved)", noise: "<p>© 2024 Valley Courier. All rights reserved.</p>", where: "end" },
    { name: "a copyright notice without ©", noise: "<p>Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>", where: "end" },
    { name: "a link-only promo paragraph", noise: '<p><strong><a href="/app">Download the Valley Courier app for breaking news alerts</a></strong></p>', where: "middle" },
    { name: "a hidden element", noise: '<div style="display:none"><p>This text is hidden from readers and must not be part of the body.</p></div>', where: "middle" },
    { name: "an aside inside the container", noise: "<aside><p>Related coverage: the council's budget vote last month drew large crowds.</p></aside>", where: "middle" },
  ];
  it.each(rows)("$name", ({ noise, where }) => {
    const b = body(page(noise, where));
    expect(b.paragraphs).toEqual([P1, P2, P3]);
    expect(b.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });

  it("keeps a dateline that opens a longer paragraph, in that paragraph", () => {
    const first = "WASHINGTON (AP) — The Senate on Tuesday passed a bill that would fund the government through September.";
    const b = body(`<div class="entry-content"><p>${first}</p><p>${P2}</p></div>`);
    expect(b.paragraphs).toEqual([first, P2]);
  });

  it.each([
    ["mentions rights or sharing", "The group said all rights of residents to appeal the new rates would be respected, and that the council would share the data."],
    ["says a statement does not speak for a government", "外交部发言人在记者会上表示，这名官员的言论不代表政府立场，也不会影响双方正在进行的谈判。"],
    ["is about a copyright owner (版权所有者)", "美国唱片工会表示，播客在使用其他音乐时，一定要获得版权所有者或制作人的许可。"],
  ])("keeps a sentence that %s", (_, sentence) => {
    const b = body(page(`<p>${sentence}</p>`, "middle"));
    expect(b.paragraphs).toEqual([P1, P2, sentence, P3]);
  });

  it("keeps a quotation set as a figure (Zeit's figure.quote), without its source", () => {
    const quote = "»Wir gießen nicht mehr nach Kalender, sondern nach Bedarf. Das spart Wasser und Fahrten.«";
    const b = body(page(`<figure class="quote"><blockquote class="quote__text"><p>${quote}</p></blockquote><figcaption class="quote__source">Henrike Saalfeld, Grünflächenamt</figcaption></figure>`, "middle"));
    expect(b.paragraphs).toEqual([P1, P2, quote, P3]);
  });


  it("keeps sentences that begin with words a notice might use", () => {
    const sentences = [
      "Share prices of the regional water company fell after the vote.",
      "By Tuesday evening, the council had voted on the second tier.",
      "Follow up hearings are planned for June and July, the clerk said.",
    ];
    const b = body(page(sentences.map((t) => `<p>${t}</p>`).join(""), "middle"));
    expect(b.paragraphs).toEqual([P1, P2, ...sentences, P3]);
  });

  // BUG: NOT_TEXT_LINE matches notice words as bare prefixes ("subscribe" without a word boundary,
  // "copyright\b", "advertisement", "広告", "광고"), so any short paragraph that merely starts with them is
  // dropped as boilerplate. CONTRACT: body is "the article's own text"; these are ordinary sentences, not notices.
  it("keeps ordinary sentences that start with Subscribers / Advertisements / Copyright / 広告 / 광고", () => {
    const sentences = [
      "Subscribers will see the change on their July bill, the utility said.",
      "Advertisements for the new rates ran in local papers for three weeks before the vote.",
      "Copyright lawyers said the city could not reuse the consultant's report without permission.",
      "広告費の増加が続いており、業界全体で見直しが進んでいる。",
      "광고 시장은 지난해보다 10% 성장했다고 업계 관계자가 말했다.",
    ];
    const b = body(page(sentences.map((t) => `<p>${t}</p>`).join(""), "middle"));
    expect(b.paragraphs).toEqual([P1, P2, ...sentences, P3]);
  });

  it("keeps a paragraph with a link in it", () => {
    const linked = `The full <a href="/docs/rates.pdf">rate schedule</a> is posted on the city's website along with a calculator for households.`;
    const b = body(page(`<p>${linked}</p>`, "middle"));
    expect(b.paragraphs).toEqual([P1, P2, "The full rate schedule is posted on the city's website along with a calculator for households.", P3]);
    expect(b.html).toContain('<a href="https://www.example.com/docs/rates.pdf">rate schedule</a>');
  });
});

describe("extractBody: boxes built around a form", () => {
  it("leaves out a newsletter or donation box: its heading, its line and its form (Newspack)", () => {
    const box = `<div class="wp-block-group has-background"><h2 class="wp-block-heading">Get our daily newsletter</h2><p>Local news from the valley, delivered every weekday morning. It is free.</p>
      <div class="wp-block-newspack-newsletters-subscribe"><form><input type="email" name="npe" placeholder="Enter your email address"><input type="submit" value="Sign up"></form></div></div>`;
    const long = page(box, "middle").replace(`<p>${P3}</p>`, `<p>${P3}</p><p>${P1.replace("city", "county")}</p><p>${P2.replace("water", "power")}</p>`);
    expect(body(long).paragraphs).toEqual([P1, P2, P3, P1.replace("city", "county"), P2.replace("water", "power")]);
  });

  it("leaves out an audio player and its label", () => {
    const player = '<div class="soh-audio"><p>收聽本文</p><audio controls src="/a.mp3"></audio></div>';
    const long = page(player, "start").replace(`<p>${P3}</p>`, `<p>${P3}</p><p>${P1.replace("city", "county")}</p><p>${P2.replace("water", "power")}</p>`);
    expect(body(long).paragraphs).toEqual([P1, P2, P3, P1.replace("city", "county"), P2.replace("water", "power")]);
  });

  it("keeps a short article whose container also holds a form", () => {
    const html = `<html><body><main><article><div class="entry-content"><p>${P1}</p><form><label>Your email <input type="email"></label></form></div></article></main></body></html>`;
    expect(body(html).paragraphs).toContain(P1);
  });
});

describe("extractBody: quotes", () => {
  it("keeps a pull quote's text but not its attribution; drops one that repeats the text", () => {
    const fresh = '<figure class="wp-block-pullquote"><blockquote><p>We have waited three years for clean water.</p><cite>Marisol Fuentes, resident</cite></blockquote></figure>';
    expect(body(page(fresh, "middle")).paragraphs).toEqual([P1, P2, "We have waited three years for clean water.", P3]);
    const repeat = `<figure class="wp-block-pullquote"><blockquote><p>${P2.slice(0, 60)}</p></blockquote></figure>`;
    expect(body(page(repeat, "end")).paragraphs).toEqual([P1, P2, P3]);
  });

  it("keeps an embedded tweet, quoted in the story", () => {
    const tweet = '<blockquote class="twitter-tweet"><p lang="en">Twelve new libraries is the best news this year.</p>&mdash; Readers Circle (@readers) March 5, 2024</blockquote>';
    expect(body(page(tweet, "middle")).paragraphs).toContain("Twelve new libraries is the best news this year.");
  });
});

describe("extractBody: right-aligned lines", () => {
  it("keeps a right-aligned line that does not close the article, or that is a sentence", () => {
    const early = page('<p style="text-align: right">Lan Anh</p>', "middle");
    expect(body(early).paragraphs).toEqual([P1, P2, "Lan Anh", P3]);
    const long = page(`<p style="text-align:right">${P1.replace("city", "town")}</p>`, "end");
    expect(body(long).paragraphs).toEqual([P1, P2, P3, P1.replace("city", "town")]);
  });
});

describe("extractBody: an inline related box in the middle of the text", () => {
  it("skips a heading and its link when the article goes on after them", () => {
    const rest = "Tornando al remake, il titolo provvisorio è quello annunciato a gennaio e la prima stagione dovrebbe avere dodici episodi.";
    const html = `<div class="entry-content"><p>${P1}</p><p>${P2}</p><p>Leggi anche</p><h3><a href="/altro-articolo/">Un altro articolo sullo stesso argomento</a></h3><p>${rest}</p></div>`;
    expect(body(html).paragraphs).toEqual([P1, P2, rest]);
  });

  it("ends at a 相关报导 box when no paragraph of prose follows it at once, as the contract says", () => {
    const zh = ["今年夏天，加州多地的华人小商家都在为招工发愁，不少店主只好自己延长营业时间顶上。", "今年三十八岁的陈先生就是其中之一。"];
    const html = `<div class="entry-content"><p>${P1}</p><p>${zh[0]}</p><p>相关报导：</p><p><a href="/gb/2024/06/01/n1.html">加州最低工资上调 小商家叫苦</a></p><p>${zh[1]}</p></div>`;
    expect(body(html).paragraphs).toEqual([P1, zh[0]]);
  });

  it('leaves out a "Lire aussi" line without a colon whose title is a link (Le Monde)', () => {
    const html = `<div class="entry-content"><p>${P1}</p><section class="catcher"><span class="catcher__title">Lire aussi</span> <a href="/tramway/">Tramway : la ligne 5 ouvrira en 2026</a></section><p>${P2}</p></div>`;
    expect(body(html).paragraphs).toEqual([P1, P2]);
  });

  it("keeps a sentence that opens with a tag word and a colon but is not a list of links", () => {
    const sentence = "Topics: the council will discuss the rates, the reservoir and the new pumping station on Friday.";
    const html = `<div class="entry-content"><p>${P1}</p><p>${sentence}</p><p>${P2}</p></div>`;
    expect(body(html).paragraphs).toEqual([P1, sentence, P2]);
  });

  it("keeps a sentence that opens with a related word but is mostly not a link", () => {
    const sentence = "Read more about the rates in the council's summary, which the clerk published on Tuesday with the minutes.";
    const html = `<div class="entry-content"><p>${P1}</p><p>${sentence.replace("summary", '<a href="/s/">summary</a>')}</p><p>${P2}</p></div>`;
    expect(body(html).paragraphs).toEqual([P1, sentence, P2]);
  });

  it("ends at a heading and its links when what follows is short, not prose", () => {
    const html = `<div class="entry-content"><p>${P1}</p><p>${P2}</p><p>Read also</p><p><a href="/a/">Another story on the rates</a></p><p>Share this story</p></div>`;
    expect(body(html).paragraphs).toEqual([P1, P2]);
  });
});

describe("extractBody: ends where a related section begins", () => {
  it('stops at "相关报导：" followed by link paragraphs', () => {
    const zh = ["三位了解情况的韩国政府消息人士说，朝鲜和韩国正在谈判重新开放联络办公室。", "消息人士说，双方领导人自四月以来多次交换亲笔信，讨论改善关系的方法。"];
    const html = `<div class="entry-content">${zh.map((p) => `<p>${p}</p>`).join("")}
      <p>相关报导：</p>
      <p><a href="/gb/2021/07/27/n1.html">朝韩恢复通信联络线</a></p>
      <p><a href="/gb/2021/07/26/n2.html">美国务院回应朝鲜动向</a></p>
    </div>`;
    expect(body(html).paragraphs).toEqual(zh);
  });

  it('stops at a "Related" heading followed by a list of links, and reads nothing after it', () => {
    const html = page(`<h3>Related</h3>
      <ul><li><a href="/news/2024/04/budget.html">Council passes budget</a></li><li><a href="/news/2024/03/drought.html">Drought declared in the valley</a></li></ul>
      <p>This paragraph comes after the related list and is not part of the story text at all.</p>`, "end");
    expect(body(html).paragraphs).toEqual([P1, P2, P3]);
  });

  it.each(["相关阅读", "相关新闻：", "延伸閱讀", "Related", "Related Articles:", "READ MORE:", "関連記事", "관련 기사", "Lesen Sie auch", "À lire aussi"])(
    "stops at a %j heading followed by links",
    (heading) => {
      const html = page(`<h3>${heading}</h3><ul><li><a href="/x1.html">Another story about the valley</a></li><li><a href="/x2.html">A second story about the rates</a></li></ul>`, "end");
      expect(body(html).paragraphs).toEqual([P1, P2, P3]);
    },
  );

  it('stops at "Read more:" followed by a link paragraph', () => {
    const html = page('<p><strong>Read more:</strong></p><p><a href="/news/2024/04/budget.html">Council passes budget after long debate</a></p>', "end");
    expect(body(html).paragraphs).toEqual([P1, P2, P3]);
  });

  it('does not stop at a lone "Read More" button followed by prose', () => {
    const html = page('<div class="more-toggle">Read More</div>', "middle");
    expect(body(html).paragraphs).toEqual([P1, P2, P3]);
  });

  it("does not stop at a sentence that mentions related stories", () => {
    const sentence = "Related stories about the drought have run all spring, and readers asked what the vote would change.";
    expect(body(page(`<p>${sentence}</p>`, "middle")).paragraphs).toEqual([P1, P2, sentence, P3]);
  });
});

describe("extractBody: paragraphs split by <br><br>", () => {
  it("splits the container's own text at double <br>", () => {
    const html = `<div class="entry-content">${P1}<br><br>${P2}<br>\n<br>${P3}</div>`;
    expect(body(html).paragraphs).toEqual([P1, P2, P3]);
  });

  // BUG: a <div> holding only inline content is read as one block, so `<div>P1<br><br>P2<br><br>P3</div>`
  // under the container gives ONE paragraph with all three. CONTRACT: paragraphs are "each body block in order".
  it("splits a text-only <div> inside the article at double <br>", () => {
    const html = `<article><h1>Council approves water rates</h1><div class="post-text">${P1}<br><br>${P2}<br><br>${P3}</div></article>`;
    expect(body(html).paragraphs).toEqual([P1, P2, P3]);
  });

  // BUG: in a run of bare text a single <br> is dropped without a space: "Line one<br>line two" gives
  // "Line oneline two" (inside a <p> it gives "Line one line two"). CONTRACT: "Nothing is translated or re-spaced."
  it("keeps a single <br> inside a bare-text paragraph as a space", () => {
    const html = `<div class="entry-content">${P1}<br><br>The meeting ran late<br>and ended near midnight.</div>`;
    expect(body(html).paragraphs).toEqual([P1, "The meeting ran late and ended near midnight."]);
  });

  it("keeps a single <br> inside a <p> as a space", () => {
    const html = `<div class="entry-content"><p>${P1}</p><p>The meeting ran late<br>and ended near midnight.</p></div>`;
    expect(body(html).paragraphs).toEqual([P1, "The meeting ran late and ended near midnight."]);
  });
});

describe("extractBody: misleading class names do not hide the article", () => {
  it("finds the article inside a whole-page wrapper whose class holds `ad` (Page-ad-margins)", () => {
    const html = `<body><div class="Page-ad-margins"><div class="Page-header"><a href="/">Valley Courier</a></div>
      <div class="Page-content"><div class="RichTextBody"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P1}</p><p>${P2}</p></div></div>
      <div class="ad"><p>Save fifty percent on garden hoses this week only at Valley Hardware.</p></div></div></body>`;
    const b = body(html);
    expect(b.paragraphs).toEqual([P1, P2, P3, P1, P2]);
  });

  it("finds the article inside a WordPress post with class category-native-advertising", () => {
    const html = `<body><div id="post-42" class="post-42 post type-post status-publish category-native-advertising tag-water">
      <div class="post-inner"><p>${P1}</p><p>${P2}</p></div></div></body>`;
    expect(body(html).paragraphs).toEqual([P1, P2]);
  });

  it("finds the article when the theme container itself has the WordPress post class", () => {
    const html = `<article class="post-42 post category-native-advertising"><div class="entry-content"><p>${P1}</p><p>${P2}</p></div></article>`;
    expect(body(html).paragraphs).toEqual([P1, P2]);
  });
});

describe("extractBody: Drupal", () => {
  it("reads the body field of a short article, whose class says its label is hidden (field--label-hidden)", () => {
    const html = `<article class="node node--type-article"><h1>Title</h1><div class="node__content"><div class="field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>${P1}</p><p>${P2}</p></div></div></article>`;
    expect(body(html).paragraphs).toEqual([P1, P2]);
  });

  it("still leaves out an element whose class says it is hidden", () => {
    const html = `<div class="entry-content"><p>${P1}</p><div class="is-hidden field--label-hidden"><p>Text hidden from readers that must not be part of the body at all.</p></div><p>${P2}</p></div>`;
    expect(body(html).paragraphs).toEqual([P1, P2]);
  });
});

describe("extractBody: Substack", () => {
  it("reads the post inside article.newsletter-post, from .available-content (below the subtitle and byline)", () => {
    const html = `<div class="post-content"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title">Title</h1><h3 class="subtitle">A look inside the books.</h3><div class="post-meta">Nora Quinn</div></div><div class="available-content"><div class="body markup"><p>${P1}</p><p>${P2}</p></div></div></article></div>`;
    expect(body(html).paragraphs).toEqual([P1, P2]);
  });

  it("still leaves out an <article> whose class is a comment", () => {
    const html = `<main><div class="entry-content"><p>${P1}</p><p>${P2}</p></div><article class="comment"><p>A reader's comment that is long enough to be read as a paragraph of text here.</p></article></main>`;
    expect(body(html).paragraphs).toEqual([P1, P2]);
  });
});

describe("extractBody: html", () => {
  const dirty = `<div class="entry-content">
    <p onclick="steal()">${P1} <a href="../../../archive/" onmouseover="x()">Archive</a> <a href="javascript:alert(1)">click</a></p>
    <script>document.write("<p>injected</p>")</script>
    <style>p { color: red }</style>
    <p style="color:red">${P2} <img src="/img/chart.png" onerror="alert(1)" alt="Chart"></p>
    <p>${P3} <iframe src="https://evil.example/"></iframe><svg onload="alert(1)"></svg></p>
  </div>`;

  it("is sanitized: no script, style, event handlers or javascript: URLs", () => {
    const { html } = body(dirty);
    expect(html).not.toMatch(/<script|<style|<iframe|<svg/i);
    expect(html).not.toMatch(/\son\w+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/style=/i);
    expect(html).not.toContain("injected");
  });

  it("has absolute links and image sources", () => {
    const { html } = body(dirty);
    expect(html).toContain('<a href="https://www.example.com/news/archive/">Archive</a>');
    expect(html).toContain('src="https://www.example.com/img/chart.png"');
    for (const [, url] of html.matchAll(/(?:href|src)="([^"]*)"/g)) expect(url).toMatch(/^https:\/\//);
  });

  it("resolves links against <base href>", () => {
    const html = `<head><base href="https://static.example.org/"></head><body><div class="entry-content"><p>${P1} <a href="docs/rates.pdf">rates</a></p></div></body>`;
    expect(body(html).html).toContain('<a href="https://static.example.org/docs/rates.pdf">rates</a>');
  });

  it("keeps the same blocks as paragraphs", () => {
    const b = body(dirty);
    expect(b.paragraphs).toHaveLength(3);
    expect(b.html.match(/<p>/g)).toHaveLength(3);
  });
});

describe("extractors never change the document", () => {
  it("leaves the parsed document exactly as it was", () => {
    const html = page(`<figure><img data-src="/a.jpg" src="/blank.gif"><figcaption>Caption (AP Photo/Mark Lee)</figcaption></figure>
      <div class="sharedaddy"><a href="https://twitter.com/share">Share</a></div><div class="ad">Ad text for hoses</div>
      <p>相关报导：</p><p><a href="/x.html">另一篇文章的标题</a></p>
      <footer><a rel="tag" href="/tag/water/">water</a></footer>`, "end");
    const doc = parseHtml(html);
    const before = getOuterHTML(doc);
    extractBody(doc, { url: URL });
    extractFigures(doc, { url: URL });
    extractTags(doc, { url: URL });
    extractRelated(doc, { url: URL });
    extractDateline(doc, { url: URL });
    expect(getOuterHTML(doc)).toBe(before);
    // And a second run over the same document gives the same body.
    expect(extractBody(doc, { url: URL })).toEqual(extractBody(parseHtml(html), { url: URL }));
  });
});
