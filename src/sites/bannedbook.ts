/**
 * Site rules for www.bannedbook.org (禁闻网), a WordPress news site that republishes articles of 希望之声,
 * 大纪元, 新唐人 and 看中国 in one theme. Every article page of the theme has the same frame:
 *
 * ```html
 * <div class="breadcrumb">                        GTranslate's language switcher, then
 *   <div class="breadcrumb-sub">…Breadcrumb NavXT: 禁闻网 &gt; 新闻评论 &gt; 正文</div></div>
 * <h2>Headline</h2>                               the title, right after the trail
 * <p class="notice">…</p>                         the site's notice to readers in mainland China
 * <div class="entry">                             the article: figures, the dateline paragraph, the text,
 *   … <a class="st_tag internal_tag" rel="tag">    Simple Tags' links to the tag archives, in the text
 *   <ul class="op-related-articles">…</ul>        "相关阅读"
 *   <p class="texttj">…</p>                       links to circumvention software
 *   <div class="banner-ads">…</div>               ad slots
 * </div><!--END ENTRY-->
 * ```
 *
 * Not written as rules: the dateline (the opening paragraph of `.entry`, which the built-in dateline
 * extractor reads), the published date and the authors (from that dateline: the theme prints no date or
 * byline markup), and the related links (they come from two places, `ul.op-related-articles` and an
 * inline "相关报导：" paragraph of links with no markup of its own; the built-in extractor reads both).
 * @module
 */
import type { SiteRule } from "../types.js";

/** The bannedbook.org rules (the host matches its subdomains too). */
export const bannedbookRules: readonly SiteRule[] = [
  {
    name: "bannedbook.org",
    match: { host: "bannedbook.org" },
    // Breadcrumb NavXT's output, without the language switcher beside it in `.breadcrumb`.
    breadcrumb: { select: ".breadcrumb > .breadcrumb-sub" },
    // The theme prints the title as the `h2` right after the trail; the `h1` is the site's logo.
    headline: { select: ".breadcrumb + h2" },
    body: { select: "div.entry", drop: [".op-related-articles", ".texttj", ".banner-ads"] },
    figures: { select: "div.entry figure, div.entry .wp-caption" },
    // Simple Tags links the article's tags where their words occur in the text (and in captions).
    tags: { select: "div.entry a.st_tag[rel~=tag]" },
  },
];
