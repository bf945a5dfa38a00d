import { describe, expect, it } from "vitest";
import { extractRelated, parseHtml } from "../../src/index.js";
import type { RelatedLink } from "../../src/types.js";

const URL = "https://www.example.com/news/2024/05/02/story.html";
const TEXT = "<p>The city council voted on Tuesday to approve a new tiered water rate structure for residents of the valley.</p><p>Households that use more water will pay more per gallon under the plan, which takes effect in July.</p>";

function related(html: string, url: string = URL): RelatedLink[] {
  return extractRelated(parseHtml(html), { url });
}

const u = (path: string) => `https://www.example.com${path}`;
const A = { title: "Council passes budget after long debate", url: u("/news/2024/04/budget.html") };
const B = { title: "Drought declared across the valley", url: u("/news/2024/03/drought.html") };
const C = { title: "Reservoir levels hit a ten-year low", url: u("/news/2024/02/reservoir.html") };

function article(after: string): string {
  return `<html><body><main><article><h1>Council approves water rates</h1><div class="entry-content">${TEXT}</div>${after}</article></main></body></html>`;
}

describe("extractRelated: theme blocks", () => {
  it("reads ul.op-related-articles (Instant Articles)", () => {
    const html = article(`<ul class="op-related-articles"><li><a href="/news/2024/04/budget.html">${A.title}</a></li><li><a href="/news/2024/03/drought.html">${B.title}</a></li></ul>`);
    expect(related(html)).toEqual([A, B]);
  });

  it("reads YARPP", () => {
    const html = article(`<div class="yarpp yarpp-related yarpp-related-website yarpp-template-list"><h3>Related posts:</h3><ol>
      <li><a href="/news/2024/04/budget.html" rel="bookmark" title="${A.title}">${A.title}</a></li>
      <li><a href="/news/2024/03/drought.html" rel="bookmark" title="${B.title}">${B.title}</a></li></ol></div>`);
    expect(related(html)).toEqual([A, B]);
  });

  it("reads Jetpack related posts, once per post even when the image links too", () => {
    const post = (l: RelatedLink) => `<div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="${l.url}"><img class="jp-relatedposts-post-img" src="/thumb.jpg" alt=""></a>
      <h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="${l.url}">${l.title}</a></h4><p class="jp-relatedposts-post-date">May 1, 2024</p></div>`;
    const html = article(`<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">${post(A)}${post(B)}${post(C)}</div></div>`);
    expect(related(html)).toEqual([A, B, C]);
  });

  it("takes the title attribute of a link without text", () => {
    const html = article(`<div class="related-posts"><a href="${A.url}" title="${A.title}"><img src="/t.jpg" alt=""></a></div>`);
    expect(related(html)).toEqual([A]);
  });
});

describe("extractRelated: Ghost's read-more cards", () => {
  it("reads the post cards in footer.read-more-wrap (Casper)", () => {
    const html = article(`<footer class="read-more-wrap"><div class="read-more"><article class="post-card"><a class="post-card-image-link" href="${A.url}"><img src="/a.jpg" alt=""></a><a class="post-card-content-link" href="${A.url}"><h2 class="post-card-title">${A.title}</h2></a></article></div></footer>`);
    expect(related(html)).toEqual([A]);
  });
});

describe("extractRelated: sections by their heading", () => {
  const headings = ["【延伸阅读】", "◇相关阅读", "相關報道", "Đọc thêm", "Zobacz również", "À lire sur le sujet", "ข่าวที่เกี่ยวข้อง", "İLGİLİ HABERLER", "相关阅读", "相关新闻", "相關新聞：", "延伸阅读", "Related", "Related Articles", "Related stories:", "More posts", "More articles", "Read more", "READ MORE:", "See also", "関連記事", "관련 기사", "관련기사", "Lesen Sie auch", "Mehr zum Thema", "À lire aussi", "Lire aussi :", "Noticias relacionadas", "Más información", "Читайте также", "Leia também", "Leggi anche", "Lees ook", "Czytaj także", "Baca juga", "Berita Terkait", "Tin liên quan", "İlgili Haberler", "ilgili haberler", "اقرأ أيضاً", "مقالات ذات صلة"];
  it.each(headings)("%s", (heading) => {
    const html = article(`<section class="more"><h3>${heading}</h3><ul><li><a href="${A.url}">${A.title}</a></li><li><a href="${B.url}">${B.title}</a></li></ul></section>`);
    expect(related(html)).toEqual([A, B]);
  });

  it("stops a heading's list at a block of another kind (bannedbook's promotion after 相关报导)", () => {
    const html = article(`<p>相关报导：</p><p><a href="${A.url}">${A.title}</a></p><p><a href="${B.url}">${B.title}</a></p><p class="texttj"><a href="https://github.com/x/wiki">WIN/MAC/安卓/iOS高速翻墙</a></p>`);
    expect(related(html)).toEqual([A, B]);
  });

  it("leaves out a post card's category link", () => {
    const html = article(`<div class="ast-single-related-posts-container"><h2>Related Posts</h2><article><h3><a href="${A.url}">${A.title}</a></h3><span class="cat-links"><a href="/category/news/" rel="category tag">News</a></span></article></div>`);
    expect(related(html)).toEqual([A]);
  });

  it("leaves out a post card's date and byline linked to archives (MH Magazine, ColorMag)", () => {
    const card = (link: { title: string; url: string }) =>
      `<article class="mh-posts-grid-item"><h3><a href="${link.url}">${link.title}</a></h3><span class="entry-meta-date"><a href="/2023/11/">8 novembre 2023</a></span><span class="byline"><a class="url fn n" href="/author/lucia-ferrer/">Lucía Ferrer</a></span></article>`;
    const html = article(`<section class="mh-related-content"><h3>Related Posts</h3>${card(A)}${card(B)}</section>`);
    expect(related(html)).toEqual([A, B]);
  });

  it("leaves out a post card's comment count (Avada)", () => {
    const card = (link: { title: string; url: string }) => `<li><h4><a href="${link.url}">${link.title}</a></h4><div class="fusion-carousel-meta"><a href="${link.url}#respond">0 Commenti</a></div></li>`;
    const html = article(`<section class="related-posts"><h3>Articoli correlati</h3><ul>${card(A)}${card(B)}</ul></section>`);
    expect(related(html)).toEqual([A, B]);
  });

  it("leaves out links to topic pages under a related heading (Mehr zum Thema, /topic/)", () => {
    const html = article(`<div class="article-topics"><h3>Mehr zum Thema</h3><ul><li><a href="/thema/hochwasser/">Hochwasser</a></li><li><a href="/topic/energy">Energy</a></li><li><a href="${A.url}">${A.title}</a></li></ul></div>`);
    expect(related(html)).toEqual([A]);
  });

  it("takes a card's title from the paragraph inside its link, not its category and date (Zox News)", () => {
    const card = (link: { title: string; url: string }) => `<a href="${link.url}" rel="bookmark"><li><div class="mvp-cd-text"><span class="mvp-cd-cat">Guides</span><span class="mvp-cd-date">2 weeks ago</span><p>${link.title}</p></div></li></a>`;
    const html = article(`<div id="mvp-post-more-wrap"><h4 class="mvp-widget-home-title"><span>You may like</span></h4><ul class="mvp-post-more-list">${card(A)}${card(B)}</ul></div>`);
    expect(related(html)).toEqual([A, B]);
  });

  it("keeps an article whose path holds a date and a slug", () => {
    const C = { title: "Storm closes the coast road", url: u("/2023/11/08/storm-closes-coast-road/") };
    const html = article(`<div class="related-posts"><h3>Related</h3><ul><li><a href="${C.url}">${C.title}</a></li><li><a href="${A.url}">${A.title}</a></li></ul></div>`);
    expect(related(html)).toEqual([C, A]);
  });

  it("reads the link paragraphs after a heading that shares its paragraph with the first link", () => {
    const html = article(`<p>相关报导：<a href="${A.url}">${A.title}</a></p><p><a href="${B.url}">${B.title}</a></p><p class="texttj"><a href="https://github.com/x/wiki">WIN/MAC/安卓/iOS高速翻墙</a></p>`);
    expect(related(html)).toEqual([A, B]);
  });

  it("reads NDTV's inline `Also Read |` link", () => {
    const html = article(`<p><b>Also Read | </b><a href="${A.url}">${A.title}</a></p>`);
    expect(related(html)).toEqual([A]);
  });

  it("reads a list whose items give a date beside each link (CNA)", () => {
    const html = article(`<div class="moreArticle"><div class="moreArticle-title"><h2>延伸閱讀</h2></div><ul><li><a href="${A.url}"><span>新北圖書館試辦夜間閱覽</span></a><div class="date">2024/02/20 11:05</div></li><li><a href="${B.url}"><span>北市自修室一位難求</span></a><div class="date">2024/01/18 16:48</div></li></ul></div>`);
    expect(related(html)).toEqual([{ ...A, title: "新北圖書館試辦夜間閱覽" }, { ...B, title: "北市自修室一位難求" }]);
  });

  it('reads inline "相关报导：" followed by link paragraphs', () => {
    const html = `<div class="entry-content"><p>三位了解情况的韩国政府消息人士说，朝鲜和韩国正在谈判重新开放联络办公室。</p>
      <p>相关报导：</p>
      <p><a href="/gb/2021/07/27/n1.html">朝韩恢复通信联络线</a></p>
      <p><a href="/gb/2021/07/26/n2.html">美国务院回应朝鲜动向</a></p>
      <p>责任编辑：李明</p></div>`;
    expect(related(html, "https://www.soundofhope.org/gb/2021/07/28/n3.html")).toEqual([
      { title: "朝韩恢复通信联络线", url: "https://www.soundofhope.org/gb/2021/07/27/n1.html" },
      { title: "美国务院回应朝鲜动向", url: "https://www.soundofhope.org/gb/2021/07/26/n2.html" },
    ]);
  });

  it("reads a heading in bold inside its own paragraph", () => {
    const html = `<div class="entry-content">${TEXT}<p><strong>相关报导：</strong></p><p><a href="${A.url}">${A.title}</a></p></div>`;
    expect(related(html)).toEqual([A]);
  });

  it("reads a heading at the top of a container of link lists", () => {
    const html = article(`<div class="box"><div class="box-title"><h4>Related</h4></div><ul><li><a href="${A.url}">${A.title}</a></li></ul><ul><li><a href="${B.url}">${B.title}</a></li></ul></div>`);
    expect(related(html)).toEqual([A, B]);
  });

  it("stops at the first block after the heading that is prose, not links", () => {
    const html = `<div class="entry-content">${TEXT}<h3>Related</h3><p><a href="${A.url}">${A.title}</a></p>
      <p>This paragraph is prose that mentions <a href="${B.url}">one story</a> in passing among many other words written here.</p></div>`;
    expect(related(html)).toEqual([A]);
  });

  it("takes nothing from a related block that holds only its heading (its list left to a script)", () => {
    // The links after it (the author, the tags, the site's buttons) are not its list.
    const html = article(`<div class="related"><h4>leia também</h4><div class="row"> </div></div><div class="tags"><a href="/tag/water/" rel="tag">water</a></div><div class="buttons"><a href="/sugestao/">Suggest a story</a></div>`);
    expect(related(html)).toEqual([]);
  });

  it("does not take a sentence that mentions related stories for a heading", () => {
    const html = article(`<p>Related stories are listed below for readers who want more.</p><ul><li><a href="${A.url}">${A.title}</a></li></ul>`);
    expect(related(html)).toEqual([]);
  });
});

describe("extractRelated: order and duplicates", () => {
  it("lists links in document order across sections and strategies", () => {
    const html = article(`<h3>Read more</h3><ul><li><a href="${C.url}">${C.title}</a></li></ul>
      <div class="yarpp-related"><ol><li><a href="${A.url}">${A.title}</a></li><li><a href="${B.url}">${B.title}</a></li></ol></div>`);
    expect(related(html)).toEqual([C, A, B]);
  });

  it("gives each URL once, with its first title", () => {
    const html = article(`<div class="yarpp-related"><ol><li><a href="${A.url}">${A.title}</a></li><li><a href="${B.url}">${B.title}</a></li></ol></div>
      <h3>相关新闻</h3><ul><li><a href="${A.url}">Budget story again</a></li><li><a href="/news/2024/03/drought.html">${B.title}</a></li></ul>`);
    expect(related(html)).toEqual([A, B]);
  });

  it("leaves out the page's own URL", () => {
    const html = article(`<ul class="op-related-articles"><li><a href="${URL}">This very story</a></li><li><a href="/news/2024/05/02/story.html">This very story again</a></li><li><a href="${A.url}">${A.title}</a></li></ul>`);
    expect(related(html)).toEqual([A]);
  });

  it("leaves out links that are not http(s)", () => {
    const html = article(`<ul class="op-related-articles"><li><a href="javascript:void(0)">Load more stories</a></li><li><a href="mailto:desk@example.com">Email the desk</a></li><li><a href="#top">Back to top</a></li><li><a href="${A.url}">${A.title}</a></li></ul>`);
    expect(related(html)).toEqual([A]);
  });

  it("resolves URLs against <base href>", () => {
    const html = `<head><base href="https://archive.example.org/"></head><body>${article(`<ul class="op-related-articles"><li><a href="2020/old.html">An old story from the archive</a></li></ul>`)}</body>`;
    expect(related(html)).toEqual([{ title: "An old story from the archive", url: "https://archive.example.org/2020/old.html" }]);
  });
});

describe("extractRelated: what is not related", () => {
  it('leaves out a "Most read" sidebar list', () => {
    const html = `<body><main><article>${TEXT}</article></main><aside class="sidebar"><section class="widget"><h3>Most read</h3><ol><li><a href="${A.url}">${A.title}</a></li></ol></section></aside></body>`;
    expect(related(html)).toEqual([]);
  });

  it('leaves out a "Popular" list', () => {
    const html = `<body><main><article>${TEXT}</article></main><div class="popular-posts"><h3>Popular</h3><ul><li><a href="${A.url}">${A.title}</a></li></ul></div></body>`;
    expect(related(html)).toEqual([]);
  });

  it('leaves out a "Most read" list after the article that has no sidebar markup', () => {
    const html = `${article("")}<div><h2>Most Read</h2><ol><li><a href="${A.url}">${A.title}</a></li><li><a href="${B.url}">${B.title}</a></li></ol></div>`;
    expect(related(html)).toEqual([]);
  });

  it('leaves out a "Related" list in the site footer', () => {
    const html = `${article("")}<footer class="site-footer"><h3>Related</h3><ul><li><a href="https://partner.example.net/news/">Partner newspaper front page</a></li></ul></footer>`;
    expect(related(html)).toEqual([]);
  });

  it("is [] for a page without related links", () => {
    expect(related(article(""))).toEqual([]);
    expect(related("")).toEqual([]);
  });
});

describe("extractRelated: heading and links in one block", () => {
  it.each([
    ["inline", `<p>相关报导：<a href="${A.url}">${A.title}</a></p>`],
    ["after a bold heading and a line break", `<p><strong>相关报导：</strong><br><a href="${A.url}">${A.title}</a></p>`],
    ["English", `<p>Read more: <a href="${A.url}">${A.title}</a></p>`],
  ])("reads %s", (_name, html) => {
    expect(related(article(html))).toEqual([A]);
  });

  it("drops the page's own URL whatever its fragment or trailing slash", () => {
    const html = article(`<h3>Related</h3><ul><li><a href="${URL}#top">Same page</a></li><li><a href="${B.url}">${B.title}</a></li></ul>`);
    expect(related(html)).toEqual([B]);
  });
});
