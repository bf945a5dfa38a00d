/**
 * Topic tags: tag links first (`rel="tag"`, Simple Tags `a.st_tag`, links inside the theme's tag list, links to
 * `/tag/` archives), then metadata (`article:tag`, JSON-LD `keywords`), which gives labels without URLs.
 * @module
 */
import type { Document, Element } from "domhandler";
import { closest, contains, isElement, PAGE_LEVEL_TAGS, previousElement, rawText, tagName } from "../core/dom.js";
import { elementsWithKey } from "../core/element-lookup.js";
import { elementsByTag, leadingText, letterStats, pageIndex, positionOf, type PageIndex } from "../core/page-index.js";
import { selectSimple } from "../core/simple-select.js";
import { TAG_LIST_LABEL } from "../core/tag-labels.js";
import { hasToken, holdsArticleText, inChrome, isPostRoot } from "../core/regions.js";
import { firstAccepted, pageContext, type Explained, type PageContext, type Strategy } from "../core/strategy.js";
import { cleanText, uniqueBy } from "../core/text.js";
import { resolveUrl } from "../core/url.js";
import { pageUrl } from "../sources/canonical.js";
import { jsonLdPageArticles } from "../sources/json-ld.js";
import { metaTags } from "../sources/meta.js";
import type { ExtractOptions, TagLink } from "../types.js";

/**
 * Links that are tags by their markup. `rel="category tag"` is WordPress's category link, not a topic tag.
 * The containers are the tag lists of common themes (`.tags-links` in Twenty*, `.post-tags`, `.entry-tags`).
 */
const TAG_LINKS = [
  "a[rel~=tag]:not([rel~=category])",
  "a.st_tag",
  ".tags-links a, .tag-links a, .post-tags a, .entry-tags a, .article-tags a, .tags a, .tag-list a, .tagcloud-article a, [itemprop~=keywords] a",
];

/**
 * The last resort: links to a tag or topic archive by their URL (`/tag/`, `/tags/`, `?tag=`, `/topic/`,
 * `/topics/`, as `a[href*='/tag/'], …` would find them). One pattern per link, not five substring selectors.
 */
const ARCHIVE_HREF = /\/tags?\/|\?tag=|\/topics?\//;

function archiveUrlLinks(doc: Document): Element[] {
  return elementsByTag(doc, "a").filter((a) => a.attribs.href !== undefined && ARCHIVE_HREF.test(a.attribs.href));
}

/**
 * A class or id that names a tag list in other schemes than the selectors above: BEM and underscores
 * (`article__tags`, `jeg_post_tags`, `td-tags`), and keyword lists (`p-article__keywords`, the Guardian's
 * `submeta__keywords`). Words for "topics" were tried and left out: on the corpus they named trending bars and
 * newsletter boxes as often as an article's topics.
 */
const TAG_LIST_NAME = /(?:^|[-_])(?:tags|taglist|keywords|body-tag|etiketler|etiquetas|etichette)$/i;
/** The same names in camel case: CNA's `keywordTag`, `articleTags`, `newsKeywords`. */
const CAMEL_TAG_LIST_NAME = /[a-z](?:Tags?|TagList|Keywords?)$/;

/** The most letters a tag list found by its class name may hold, and the least share of them in links. */
const TAG_LIST_MAX_LETTERS = 600;
const TAG_LIST_MIN_LINK_SHARE = 0.5;

/**
 * A test of whether an element belongs with the article's headline: after the page's first `h1`, or in the same
 * post root (`<article>`, `.hentry`) as it (Ghost prints the primary tag above the title, in the article's
 * header). A bar of "top tags" or "trending" topics above the headline is the site's (24tv's `top-tags-wrapper`,
 * NDTV's `trnd-bar`), not the article's. The headline and its root are found once per page.
 */
function withHeadlineTest(doc: Document): (el: Element) => boolean {
  let headline: { index: PageIndex; at: number; root: Element | undefined } | null | undefined;
  return (el) => {
    if (headline === undefined) {
      // Found on the first question: a page whose tags the first rules find never asks.
      const h1 = elementsByTag(doc, "h1")[0];
      const index = h1 && pageIndex(doc);
      headline = h1 && index ? { index, at: positionOf(index, h1)!, root: closest(h1, isPostRoot) } : null;
    }
    if (headline === null) return true;
    return positionOf(headline.index, el)! > headline.at || (headline.root !== undefined && contains(headline.root, el));
  };
}

/** Links inside short link lists, with the headline, whose class or id names a tag list (see `TAG_LIST_NAME`). */
function namedTagListLinks(doc: Document, withHeadline: (el: Element) => boolean): Element[] {
  const lists = elementsWithKey(doc, (name) => TAG_LIST_NAME.test(name) || CAMEL_TAG_LIST_NAME.test(name)).filter((el) => {
    return !PAGE_LEVEL_TAGS.has(tagName(el)) && withHeadline(el) && isShortLinkList(el) && !inChrome(el);
  });
  return lists.flatMap((list) => selectSimple("a[href]", list));
}

/** A list short enough for tags, mostly links (see `TAG_LIST_MAX_LETTERS`). */
function isShortLinkList(el: Element): boolean {
  const { letters, linkLetters } = letterStats(el);
  return letters > 0 && letters <= TAG_LIST_MAX_LETTERS && linkLetters >= letters * TAG_LIST_MIN_LINK_SHARE;
}

/** Elements that may hold a tag list's label. */
const LABEL_HOLDERS = new Set(["p", "span", "div", "strong", "b", "dt", "h2", "h3", "h4", "h5", "h6", "header"]);
/** The most characters a tag list's label may have (`Palabras clave:`, `الكلمات المفتاحية`). */
const LABEL_MAX_CHARS = 30;

/**
 * Links in a short list (`ul`, `ol`) right after a label that names a tag list (`Archivado En` above El País's
 * `ul.w_t`, `Tags:`, `Schlagwörter`, `标签`), with the headline: the page's lists and the label before each, not
 * every short element of the page. The list must be short and mostly links (`isShortLinkList`).
 */
function labelledTagListLinks(doc: Document, withHeadline: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const list of [...elementsByTag(doc, "ul"), ...elementsByTag(doc, "ol")]) {
    const label = previousElement(list);
    if (!label || !LABEL_HOLDERS.has(tagName(label))) continue;
    const head = leadingText(label, LABEL_MAX_CHARS + 1);
    if (head.length > LABEL_MAX_CHARS * 4 || !TAG_LIST_LABEL.test(cleanText(head)) || !withHeadline(list)) continue;
    if (!isShortLinkList(list)) continue;
    // A loop, not `push(...links)`: a list of a few hundred thousand empty links would overflow the stack.
    for (const link of selectSimple("a[href]", list)) out.push(link);
  }
  return out;
}

/** Tag links outside widgets and sidebars (a tag cloud widget is the site's, not the article's). */
function linkTags(page: PageContext): TagLink[] | undefined {
  const seen = new Set<Element>();
  const links: Element[] = [];
  // `listChecked`: the links of a tag list already found outside chrome, whose own wrappers (detik's `div.nav`
  // inside `div.detail__body-tag`) say nothing of the page.
  const add = (candidates: readonly Element[], listChecked = false): void => {
    for (const a of candidates) {
      if (seen.has(a) || (!listChecked && inChrome(a) && !inArticleFooter(a)) || isWidget(a) || inCategoryList(a)) continue;
      seen.add(a);
      links.push(a);
    }
  };
  const withHeadline = withHeadlineTest(page.doc);
  let foundByMarkup = true;
  for (const selector of TAG_LINKS) add(selectSimple(selector, page.doc));
  // Then lists named as tag lists by their class, then lists under a tag label; the URL-shaped rule is a last
  // resort that counts only when nothing else found a tag.
  add(namedTagListLinks(page.doc, withHeadline), true);
  if (links.length === 0) add(labelledTagListLinks(page.doc, withHeadline));
  if (links.length === 0) {
    foundByMarkup = false;
    const own = page.base ?? pageUrl(page.doc, page.base);
    // Without the page's URL (nor a canonical link) any link may be the site's own.
    const ownSite = own === undefined ? undefined : siteOf(own);
    add(archiveUrlLinks(page.doc).filter((a) => withHeadline(a) && isOwnArchiveLink(a, own, ownSite)));
  }
  if (links.length === 0) return undefined;
  const index = pageIndex(page.doc);
  links.sort((a, b) => positionOf(index, a)! - positionOf(index, b)!);
  const tags = tagsFromLinks(links, page);
  // One archive link alone is a section link (`位置：首页 > 新闻动态`) as often as a tag: that rule needs a few.
  return tags.length < MIN_ARCHIVE_LINKS && !foundByMarkup ? undefined : tags;
}

/** The most letters outside links a paragraph may hold around archive links: a label, not a sentence. */
const PROSE_AROUND_LINKS = 40;

/** How many links the URL-shaped rule needs. */
const MIN_ARCHIVE_LINKS = 2;

/**
 * A link the URL-shaped rule may take: to the page's own site (`britannica.com/topic/…` cited in the text, or an
 * Amazon link's `?tag=` affiliate code, is not one of its tags) and not in a sentence of the text. `own` is the
 * page's URL and `ownSite` its `siteOf`, worked out once for all the links.
 */
function isOwnArchiveLink(a: Element, own: string | undefined, ownSite: string | undefined): boolean {
  if (own !== undefined && siteOf(resolveUrl(a.attribs.href ?? "", own)) !== ownSite) return false;
  // In a sentence of more than a label (`Filed under <a>…</a> and <a>…</a>`), a link is a citation.
  const block = closest(a, (el) => BLOCK_TAGS.has(tagName(el)));
  if (!block || tagName(block) !== "p") return true;
  const { letters, linkLetters } = letterStats(block);
  return letters - linkLetters <= PROSE_AROUND_LINKS;
}

/** Blocks a link may sit in: a paragraph of text, or the items and containers of a list. */
const BLOCK_TAGS = new Set(["p", "li", "div", "ul", "ol", "section", "nav", "footer", "aside", "td"]);

/**
 * The site of a URL: the last two labels of its host, or three under a country's second level (`co.uk`,
 * `com.cn`, `ne.jp`). `www.csdn.net` and `blog.csdn.net` are one site.
 */
function siteOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let labels: string[];
  try {
    labels = new URL(url).hostname.toLowerCase().split(".");
  } catch {
    return undefined;
  }
  const keep = labels.length > 2 && labels[labels.length - 1]!.length === 2 && labels[labels.length - 2]!.length <= 3 ? 3 : 2;
  return labels.slice(-keep).join(".");
}

/**
 * Tags read from links in the given order: the label is the link's text (less a leading `#` and a trailing
 * count), the URL its resolved `href`; labels longer than 60 characters are skipped, duplicates removed.
 */
export function tagsFromLinks(links: readonly Element[], page: PageContext): TagLink[] {
  const tags: TagLink[] = [];
  for (const a of links) {
    // Less a leading `#` or label (Kinja's `Filed to:`), a trailing count `(12)` and a separator caught in the
    // link (`MacBook Pro,`).
    const label = cleanText(rawText(a))
      .replace(/^(?:#|(?:filed to|tags?|topics?)\s*[:：])\s*/i, "")
      .replace(/\s*\(\d+\)$/, "")
      .replace(/[\s,，、;；]+$/, "");
    if (!label || label.length > 60) continue;
    const url = resolveUrl(a.attribs.href, page.base);
    tags.push(url ? { label, url } : { label });
  }
  return dedupe(tags);
}

const FOOTER_TOKEN = /^footer$/;

/**
 * True when the link sits in the footer of an article: a block named footer (not a `<footer>`, which the chrome
 * test already reads) right after an `<article>`, itself outside page chrome. VnExpress prints the tags in
 * `div.footer-content` after `article.fck_detail`; the name alone would make it the site's footer.
 */
function inArticleFooter(a: Element): boolean {
  const footer = closest(a, (el) => tagName(el) !== "footer" && hasToken(el, FOOTER_TOKEN) && previousElement(el)?.name === "article");
  return footer !== undefined && !inChrome(footer);
}

/** Class/id tokens of blocks whose tag-like links are not the article's tags: menus, related lists, widgets. */
const NOT_TAG_LIST = /^(widget|sidebar|menu|related|yarpp|popular|trending|hot|ranking)$/;

/**
 * Class/id tokens of a list of the post's categories, which are not topic tags. WordPress prints categories with
 * `rel="category tag"`, but the Post Terms block of its block themes writes plain `rel="tag"` inside
 * `.taxonomy-category`, and some themes do so inside `.cat-links`, `.category-links` (Kadence) or
 * `.entry-terms.category`. Only the link's parent and grandparent are asked: a block further up named `category`
 * may hold anything (a keyword list inside `div.suggested-content.category`).
 */
const CATEGORY_LIST = /^(category|categories|cat-links|category-links)$/;

function inCategoryList(a: Element): boolean {
  const parent = a.parent;
  if (!isElement(parent)) return false;
  const grandparent = parent.parent;
  return hasToken(parent, CATEGORY_LIST) || (isElement(grandparent) && hasToken(grandparent, CATEGORY_LIST));
}

/**
 * Class/id tokens of a tag cloud. WordPress's tag-cloud widget is the site's, but themes reuse the name for the
 * article's own tag list (Jannah: `<article>…<span class="tagcloud"><a rel="tag">`): inside an `<article>` it is
 * the article's.
 */
const TAG_CLOUD = /^(tagcloud|tag-cloud|wp-tag-cloud)$/;

/** True when a tag-like link sits in a widget, a menu or a related list (see above), or in the site's tag cloud. */
function isWidget(a: Element): boolean {
  let cloud = false;
  let parent = a.parent;
  while (parent && isElement(parent)) {
    const name = tagName(parent);
    // The post's own root (an `<article>`, `.hentry`, Blogger's `div.widget.Blog`) ends the search.
    if (isPostRoot(parent)) return false;
    if (name === "main" || name === "body") return cloud;
    // A block that holds the article's text is not a widget whatever its name (VnExpress's main column is `sidebar-1`).
    if (hasToken(parent, NOT_TAG_LIST) && !holdsArticleText(parent)) return true;
    if (hasToken(parent, TAG_CLOUD)) cloud = true;
    parent = parent.parent;
  }
  return cloud;
}

/** What separates the keywords of one string: a comma (Latin, CJK full-width or Arabic `،`) or `、`. */
const KEYWORD_SEPARATOR = /(?<!\s)\s*[,，、،]\s*/;

/** Tags stated by metadata: `article:tag` meta tags, then JSON-LD `keywords` (a list or a comma-separated string). */
function metadataTags(page: PageContext): TagLink[] | undefined {
  const fromMeta = metaTags(page.doc).get("article:tag") ?? [];
  const labels = fromMeta.flatMap((value) => (fromMeta.length === 1 ? value.split(KEYWORD_SEPARATOR) : [value]));
  if (labels.length === 0) {
    for (const article of jsonLdPageArticles(page.doc)) {
      const keywords = article.keywords;
      // Loops, not `push(...list)`: a list of a million keywords must not overflow the call stack.
      if (typeof keywords === "string") for (const label of keywords.split(KEYWORD_SEPARATOR)) labels.push(label);
      else if (Array.isArray(keywords)) for (const k of keywords) if (typeof k === "string") labels.push(k);
      if (labels.length > 0) break;
    }
  }
  return dedupe(labels.map((label) => ({ label: cleanText(label) })).filter((t) => t.label.length > 0 && t.label.length <= 60));
}

function dedupe(tags: TagLink[]): TagLink[] {
  // Twice the same archive under two spellings (`MacBook Pro`, `MacBook pro`) is one tag too.
  return uniqueBy(uniqueBy(tags, (tag) => tag.label.toLowerCase()), (tag) => tag.url ?? tag.label.toLowerCase());
}

/** The tag strategies, in the order they are tried. */
export const tagStrategies: readonly Strategy<TagLink[]>[] = [
  { name: "tag-links", run: linkTags },
  { name: "metadata", run: metadataTags },
];

/** The tags with the strategy that found them, or `undefined`. */
export function findTags(page: PageContext): Explained<TagLink[]> | undefined {
  return firstAccepted(tagStrategies, page);
}

/**
 * The article's topic tags in document order, without duplicates; `[]` when it has none.
 *
 * @example
 * ```ts
 * extractTags(parseHtml('<a rel="tag" href="/tag/rain/">rain</a>'), { url: "https://example.com/" });
 * // [{ label: "rain", url: "https://example.com/tag/rain/" }]
 * ```
 */
export function extractTags(doc: Document, options?: ExtractOptions): TagLink[] {
  return findTags(pageContext(doc, options))?.value ?? [];
}
