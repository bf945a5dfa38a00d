import { describe, expect, it } from "vitest";
import { extractTags, parseHtml } from "../../src/index.js";
import type { TagLink } from "../../src/types.js";

const URL = "https://www.example.com/news/2024/05/02/story.html";
const TEXT = "<p>The city council voted on Tuesday to approve a new tiered water rate structure for residents of the valley.</p>";

function tags(html: string, url: string = URL): TagLink[] {
  return extractTags(parseHtml(html), { url });
}

const u = (path: string) => `https://www.example.com${path}`;

describe("extractTags: tag links", () => {
  it("reads rel=tag links in document order, without duplicates", () => {
    const html = `<article><div class="entry-content">${TEXT}</div><footer class="entry-footer">
      <span class="tags-links">Tagged <a href="/tag/water/" rel="tag">water</a>, <a href="/tag/city-council/" rel="tag">city council</a>, <a href="/tag/budget/" rel="tag">budget</a>, <a href="/tag/water/" rel="tag">water</a></span>
    </footer></article>`;
    expect(tags(html)).toEqual([
      { label: "water", url: u("/tag/water/") },
      { label: "city council", url: u("/tag/city-council/") },
      { label: "budget", url: u("/tag/budget/") },
    ]);
  });

  it('leaves out rel="category tag" (the WordPress category link)', () => {
    const html = `<article>${TEXT}<footer><span class="cat-links"><a href="/category/local/" rel="category tag">Local</a></span>
      <span class="tags-links"><a href="/tag/water/" rel="tag">water</a></span></footer></article>`;
    expect(tags(html)).toEqual([{ label: "water", url: u("/tag/water/") }]);
  });

  it("gives [] when the only rel=tag links are categories", () => {
    const html = `<article>${TEXT}<footer><a href="/category/local/" rel="category tag">Local</a></footer></article>`;
    expect(tags(html)).toEqual([]);
  });

  it("leaves out Kadence's category link in .category-links", () => {
    const html = `<article><header><span class="category-links term-links"><a href="/category/community/" rel="tag">Community</a></span><h1>T</h1></header>${TEXT}<div class="entry-tags"><span class="tags-links"><a href="/tag/libraries/" rel="tag">libraries</a></span></div></article>`;
    expect(tags(html)).toEqual([{ label: "libraries", url: u("/tag/libraries/") }]);
  });

  it("leaves out category links written as plain rel=tag in a category list (WordPress block themes, .cat-links)", () => {
    // The Post Terms block of a block theme: categories and tags both as rel="tag", told apart by their wrapper.
    const html = `<article><div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">in </span><a href="/category/news/" rel="tag">News</a></div>
      <div class="entry-content wp-block-post-content">${TEXT}</div>
      <footer><span class="cat-links"><span><a href="/category/city/" rel="tag">City</a></span></span>
      <div class="taxonomy-post_tag wp-block-post-terms"><a href="/tag/water/" rel="tag">water</a><span class="wp-block-post-terms__separator">, </span><a href="/tag/budget/" rel="tag">budget</a></div></footer></article>`;
    expect(tags(html)).toEqual([
      { label: "water", url: u("/tag/water/") },
      { label: "budget", url: u("/tag/budget/") },
    ]);
  });

  it("reads a tag list inside a larger block that happens to be named category", () => {
    // Only the link's parent and grandparent are asked whether they list categories.
    const html = `<main><article><div class="entry-content">${TEXT}</div></article><div class="suggested-content category"><div class="row"><div class="stories-keywords"><section class="mots-cles">
      <strong>Mots clés</strong> <a href="/motcle/eau">eau</a>, <a href="/motcle/budget">budget</a></section></div></div></div></main>`;
    expect(tags(html)).toEqual([
      { label: "eau", url: u("/motcle/eau") },
      { label: "budget", url: u("/motcle/budget") },
    ]);
  });

  it("reads the tags in a block named footer right after the <article>, in a main column named sidebar (VnExpress)", () => {
    const html = `<header class="header"><nav><a href="/tag/hot-1">Hot</a></nav></header><section class="page-detail"><div class="sidebar-1">
      <h1 class="title-detail">Council approves water rates</h1><article class="fck_detail">${["city", "town", "county", "valley", "state", "region"].map((w) => TEXT.replace("city", w)).join("")}</article>
      <div class="footer-content"><div class="tags"><h4 class="item-tag"><a href="/tag/water-21374">water</a></h4><h4 class="item-tag"><a href="/tag/budget-19021">budget</a></h4></div></div>
      </div><div class="sidebar-2"><div class="tags"><a href="/tag/weather-1">weather</a></div></div></section>
      <div class="footer-content"><div class="tags"><a href="/tag/site-2">site</a></div></div>`;
    expect(tags(html)).toEqual([
      { label: "water", url: u("/tag/water-21374") },
      { label: "budget", url: u("/tag/budget-19021") },
    ]);
  });

  it("reads Simple Tags a.st_tag", () => {
    const html = `<article>${TEXT}<div class="st-post-tags">Tags: <a href="/?tag=drought" class="st_tag internal_tag" title="Posts tagged with drought">drought</a>, <a href="/?tag=reservoir" class="st_tag internal_tag">reservoir</a></div></article>`;
    expect(tags(html)).toEqual([
      { label: "drought", url: u("/?tag=drought") },
      { label: "reservoir", url: u("/?tag=reservoir") },
    ]);
  });

  it("reads links inside a .post-tags list", () => {
    const html = `<article>${TEXT}<div class="post-tags"><a href="/topic/water">Water</a><a href="/topic/rates">Rates</a></div></article>`;
    expect(tags(html)).toEqual([
      { label: "Water", url: u("/topic/water") },
      { label: "Rates", url: u("/topic/rates") },
    ]);
  });

  it("falls back to links to /tag/ archives", () => {
    const html = `<article>${TEXT}<p class="meta">Filed under <a href="/tag/flood/">flood</a> and <a href="/tag/storm/">storm</a></p></article>`;
    expect(tags(html)).toEqual([
      { label: "flood", url: u("/tag/flood/") },
      { label: "storm", url: u("/tag/storm/") },
    ]);
  });

  it("takes links to /topic/ archives of the page's own site only, and a few of them (NDTV, HT)", () => {
    const list = `<div class="tag-wrp"><ul><li><a href="https://www.example.com/topic/water">Water</a></li><li><a href="/topic/budget">Budget</a></li></ul></div>`;
    expect(tags(`<h1>Title</h1><article>${TEXT}${list}</article>`)).toEqual([
      { label: "Water", url: u("/topic/water") },
      { label: "Budget", url: u("/topic/budget") },
    ]);
    // Another site's archive cited in a sentence, an affiliate link's `?tag=`, or one section link alone are not tags.
    const cited = `<p>The symbol, as <a href="https://www.britannica.com/topic/Ouroboros">the encyclopedia</a> explains, is older than the city itself and much older than its council.</p>`;
    expect(tags(`<h1>Title</h1><article>${TEXT}${cited}<p><a href="https://www.amazon.com/dp/B07?tag=site-20">Buy it</a></p></article>`)).toEqual([]);
    expect(tags(`<h1>Title</h1><article>${TEXT}<div class="where"><a href="/topic/news">News</a></div></article>`)).toEqual([]);
  });

  it("reads every URL shape of the last-resort archive rule, and nothing that only resembles one", () => {
    const links = ["/tag/a", "/tags/b", "/?tag=c", "/topic/d", "/topics/e", "/tagged/f", "/TAG/g", "/topical/h"].map((href, i) => `<li><a href="${href}">Word${i}</a></li>`).join("");
    expect(tags(`<h1>Title</h1><article>${TEXT}<div class="where"><ul>${links}</ul></div></article>`)).toEqual(
      ["/tag/a", "/tags/b", "/?tag=c", "/topic/d", "/topics/e"].map((href, i) => ({ label: `Word${i}`, url: u(href) })),
    );
  });

  it("leaves out a bar of trending topics above the headline, but not a tag in the article's own header (Ghost)", () => {
    const bar = `<div class="trnd-bar"><a href="/topic/elections">Elections</a><a href="/topic/weather">Weather</a></div>`;
    expect(tags(`${bar}<h1>Title</h1><article>${TEXT}</article>`)).toEqual([]);
    const ghost = `<article class="article"><header><div class="article-tag post-card-tags"><a href="/tag/cinema/">Cinema</a></div><h1>Title</h1></header>${TEXT}</article>`;
    expect(tags(ghost)).toEqual([{ label: "Cinema", url: u("/tag/cinema/") }]);
  });

  it("reads a named tag list whose links sit in a div.nav (detik)", () => {
    const html = `<h1>Title</h1><article>${TEXT}<div class="detail__body-tag"><div class="nav"><a href="/tag/pompa-air" class="nav__item">pompa air</a><a href="/tag/banjir" class="nav__item">banjir</a></div></div></article>`;
    expect(tags(html)).toEqual([
      { label: "pompa air", url: u("/tag/pompa-air") },
      { label: "banjir", url: u("/tag/banjir") },
    ]);
  });

  it("reads a list labelled Từ khoá, the other spelling of Từ khóa (Vietnamese)", () => {
    for (const label of ["Từ khoá:", "Từ khóa:"]) {
      const html = `<h1>Title</h1><article>${TEXT}<div class="box-keyword"><p>${label}</p><ul><li><a href="/tu-khoa/xe-buyt-dien.htm">xe buýt điện</a></li><li><a href="/tu-khoa/giao-thong.htm">giao thông</a></li></ul></div></article>`;
      expect(tags(html), label).toEqual([
        { label: "xe buýt điện", url: u("/tu-khoa/xe-buyt-dien.htm") },
        { label: "giao thông", url: u("/tu-khoa/giao-thong.htm") },
      ]);
    }
  });

  it("reads a list named for tags in Turkish, and one after SPIEGEL's `Mehr lesen über`", () => {
    const aa = `<h1>Title</h1><article>${TEXT}<div class="detay-etiketler"><span>Etiketler</span><a href="/tr/etiket/ankara">Ankara</a><a href="/tr/etiket/okul">Okul</a></div></article>`;
    expect(tags(aa)).toEqual([
      { label: "Ankara", url: u("/tr/etiket/ankara") },
      { label: "Okul", url: u("/tr/etiket/okul") },
    ]);
    const spiegel = `<h1>Title</h1><article>${TEXT}<div data-area="topic_pills"><p>Mehr lesen über</p><ul><li><a href="/thema/energiewende/">Energiewende</a></li><li><a href="/thema/windenergie/">Windenergie</a></li></ul></div></article>`;
    expect(tags(spiegel)).toEqual([
      { label: "Energiewende", url: u("/thema/energiewende/") },
      { label: "Windenergie", url: u("/thema/windenergie/") },
    ]);
  });

  it("reads the links after a label that names a tag list (El País's Archivado En)", () => {
    const html = `<h1>Title</h1><article>${TEXT}</article><section class="a_ta"><p class="a_ta_h">Archivado En</p><ul class="w_t"><li><a href="/noticias/madrid/">Madrid</a></li><li><a href="/noticias/comercio/">Comercio</a></li></ul></section>`;
    expect(tags(html)).toEqual([
      { label: "Madrid", url: u("/noticias/madrid/") },
      { label: "Comercio", url: u("/noticias/comercio/") },
    ]);
  });

  it("cleans a label caught in the link and keeps one tag per archive", () => {
    const html = `<article>${TEXT}<div class="post-tags"><a href="/tag/metroid">Filed to:metroid</a> <a href="/tag/nintendo">Nintendo,</a> <a href="/tag/nintendo">nintendo games</a></div></article>`;
    expect(tags(html)).toEqual([
      { label: "metroid", url: u("/tag/metroid") },
      { label: "Nintendo", url: u("/tag/nintendo") },
    ]);
  });

  it("uses the /tag/ fallback only when no tag markup was found", () => {
    const html = `<article>${TEXT}<p>See <a href="/tag/elections/">our election coverage</a>.</p><footer><a href="/tag/water/" rel="tag">water</a></footer></article>`;
    expect(tags(html)).toEqual([{ label: "water", url: u("/tag/water/") }]);
  });

  it("resolves tag URLs against <base href>", () => {
    const html = `<head><base href="https://tags.example.org/"></head><body><article>${TEXT}<a rel="tag" href="tag/x/">x</a></article></body>`;
    expect(tags(html)).toEqual([{ label: "x", url: "https://tags.example.org/tag/x/" }]);
  });

  it("decodes and collapses the label", () => {
    const html = `<article>${TEXT}<a rel="tag" href="/tag/fish-chips/">  Fish &amp;\n  Chips </a></article>`;
    expect(tags(html)).toEqual([{ label: "Fish & Chips", url: u("/tag/fish-chips/") }]);
  });

  it("reads Chinese tags", () => {
    const html = `<article>${TEXT}<div class="post-tags"><a href="/tag/朝鲜/" rel="tag">朝鲜</a><a href="/tag/韩国/" rel="tag">韩国</a></div></article>`;
    expect(tags(html).map((t) => t.label)).toEqual(["朝鲜", "韩国"]);
  });
});

describe("extractTags: only the article's tags", () => {
  const cloud = `<aside id="secondary" class="widget-area"><section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2>
    <div class="tagcloud"><a href="/tag/sports/" class="tag-cloud-link" rel="tag">sports</a><a href="/tag/weather/" class="tag-cloud-link" rel="tag">weather</a></div></section></aside>`;

  it("leaves out a tag cloud widget in the sidebar", () => {
    const html = `<body><main><article>${TEXT}<footer><a href="/tag/water/" rel="tag">water</a></footer></article></main>${cloud}</body>`;
    expect(tags(html)).toEqual([{ label: "water", url: u("/tag/water/") }]);
  });

  it("gives no tags when the only tags are the sidebar cloud", () => {
    const html = `<body><main><article>${TEXT}</article></main>${cloud}</body>`;
    expect(tags(html)).toEqual([]);
  });

  it("leaves out a tag cloud widget that is not in an <aside>", () => {
    const html = `<body><div class="content"><article>${TEXT}<a href="/tag/water/" rel="tag">water</a></article></div>
      <div class="sidebar"><div class="widget_tag_cloud"><div class="tagcloud"><a href="/tag/sports/" rel="tag">sports</a></div></div></div></body>`;
    expect(tags(html)).toEqual([{ label: "water", url: u("/tag/water/") }]);
  });

  it("reads a tag list the theme calls tagcloud inside the <article> (Jannah)", () => {
    const html = `<body><article>${TEXT}<div class="post-bottom-tags"><span class="tagcloud"><a href="/tag/water/" rel="tag">water</a> <a href="/tag/rates/" rel="tag">rates</a></span></div></article>${cloud}</body>`;
    expect(tags(html)).toEqual([
      { label: "water", url: u("/tag/water/") },
      { label: "rates", url: u("/tag/rates/") },
    ]);
  });

  it("reads links in a short list whose class names tags in BEM or with underscores", () => {
    const html = `<body><h1>Story</h1><article>${TEXT}</article><section class="article__tags"><span>Sujets :</span> <a href="/sujets/velo/" class="tag">Vélo</a> <a href="/sujets/nantes/" class="tag">Nantes</a></section></body>`;
    expect(tags(html)).toEqual([
      { label: "Vélo", url: u("/sujets/velo/") },
      { label: "Nantes", url: u("/sujets/nantes/") },
    ]);
  });

  it("reads links in a short list whose class names tags in camel case (CNA's keywordTag)", () => {
    const html = `<h1>Title</h1><article><div class="paragraph">${TEXT}</div><div class="keywordTag"><a href="/search/q=a" class="keyword">圖書館</a><a href="/search/q=b" class="keyword">閱讀</a></div></article>`;
    expect(tags(html)).toEqual([
      { label: "圖書館", url: u("/search/q=a") },
      { label: "閱讀", url: u("/search/q=b") },
    ]);
  });

  it("reads links in a short list whose class names keywords (p-article__keywords)", () => {
    const html = `<body><h1>Story</h1><article>${TEXT}<div class="p-article__keywords"><span>キーワード</span><ul><li><a href="/keyword/boe/">イングランド銀行</a></li><li><a href="/keyword/rates/">金利</a></li></ul></div></article></body>`;
    expect(tags(html)).toEqual([
      { label: "イングランド銀行", url: u("/keyword/boe/") },
      { label: "金利", url: u("/keyword/rates/") },
    ]);
  });

  it("leaves out a bar of top tags above the headline", () => {
    const html = `<body><div class="top-tags-wrapper"><a href="/budget-2021/">BUDGET 2021</a> <a href="/elections/">ELECTIONS</a></div><h1>Story</h1><article>${TEXT}</article></body>`;
    expect(tags(html)).toEqual([]);
  });

  it("reads Blogger labels inside the post widget (div.widget.Blog is the posts, not a sidebar widget)", () => {
    const html = `<body><div class="widget Blog" id="Blog1"><div class="post hentry">${TEXT}<div class="post-footer"><span class="post-labels">Labels: <a href="/search/label/water" rel="tag">water</a>, <a href="/search/label/rates" rel="tag">rates</a></span></div></div></div>${cloud}</body>`;
    expect(tags(html)).toEqual([
      { label: "water", url: u("/search/label/water") },
      { label: "rates", url: u("/search/label/rates") },
    ]);
  });

  it("leaves out topic links in the site menu", () => {
    const html = `<body><header><nav class="menu"><a href="/topics/politics/">Politics</a><a href="/topics/world/">World</a></nav></header><article>${TEXT}</article></body>`;
    expect(tags(html)).toEqual([]);
  });

  it("leaves out tag links inside a related-posts block", () => {
    const html = `<article>${TEXT}<footer><a href="/tag/water/" rel="tag">water</a></footer></article>
      <div class="related-posts"><div class="post"><a href="/other/">Other story</a><a href="/tag/sports/" rel="tag">sports</a></div></div>`;
    expect(tags(html)).toEqual([{ label: "water", url: u("/tag/water/") }]);
  });
});

describe("extractTags: metadata", () => {
  it("reads article:tag meta tags as labels without url", () => {
    const html = `<head><meta property="article:tag" content="water"><meta property="article:tag" content="city council"><meta property="article:tag" content="water"></head><body><article>${TEXT}</article></body>`;
    expect(tags(html)).toEqual([{ label: "water" }, { label: "city council" }]);
  });

  it("splits a single comma-separated article:tag", () => {
    const html = `<head><meta property="article:tag" content="water, city council,budget"></head><body>${TEXT}</body>`;
    expect(tags(html)).toEqual([{ label: "water" }, { label: "city council" }, { label: "budget" }]);
  });

  it("splits an article:tag on the Arabic comma", () => {
    const html = `<head><meta property="article:tag" content="الطاقة الشمسية، الأردن، الكهرباء"></head><body>${TEXT}</body>`;
    expect(tags(html)).toEqual([{ label: "الطاقة الشمسية" }, { label: "الأردن" }, { label: "الكهرباء" }]);
  });

  it("reads JSON-LD keywords given as a string", () => {
    const ld = { "@context": "https://schema.org", "@type": "NewsArticle", headline: "Council approves rates", keywords: "water, city council, budget" };
    const html = `<head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${TEXT}</body>`;
    expect(tags(html)).toEqual([{ label: "water" }, { label: "city council" }, { label: "budget" }]);
  });

  it("reads JSON-LD keywords given as a list", () => {
    const ld = { "@context": "https://schema.org", "@graph": [{ "@type": "WebSite", name: "Courier" }, { "@type": "NewsArticle", keywords: ["朝鲜", "韩国"] }] };
    const html = `<head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${TEXT}</body>`;
    expect(tags(html)).toEqual([{ label: "朝鲜" }, { label: "韩国" }]);
  });

  it("prefers article:tag to JSON-LD keywords", () => {
    const ld = { "@type": "NewsArticle", keywords: "from-json-ld" };
    const html = `<head><meta property="article:tag" content="from-meta"><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${TEXT}</body>`;
    expect(tags(html)).toEqual([{ label: "from-meta" }]);
  });

  it("uses metadata only when the page has no tag links", () => {
    const html = `<head><meta property="article:tag" content="from-meta"></head><body><article>${TEXT}<a rel="tag" href="/tag/water/">water</a></article></body>`;
    expect(tags(html)).toEqual([{ label: "water", url: u("/tag/water/") }]);
  });

  it("does not read the site-wide meta keywords", () => {
    const html = `<head><meta name="keywords" content="news, valley, courier"></head><body><article>${TEXT}</article></body>`;
    expect(tags(html)).toEqual([]);
  });

  it("is [] for a page with no tags at all", () => {
    expect(tags(`<article>${TEXT}</article>`)).toEqual([]);
    expect(tags("")).toEqual([]);
  });
});
