/**
 * The article's own title. Candidates are the page's headings (theme title classes, `h1`, `itemprop=headline`,
 * the `h2` that opens the article in some themes), the JSON-LD `headline`, `og:title`, and `<title>` less its
 * site suffix. A heading that the metadata agrees with wins; otherwise the most specific source does.
 * @module
 */
import type { Document, Element } from "domhandler";
import { rawText, tagName } from "../core/dom.js";
import { selectAll } from "../core/select.js";
import { firstAccepted, pageContext, type Explained, type PageContext, type Strategy } from "../core/strategy.js";
import { inChrome } from "../core/regions.js";
import { cleanText } from "../core/text.js";
import { jsonLdArticles, jsonLdString } from "../sources/json-ld.js";
import { metaValue } from "../sources/meta.js";
import type { ExtractOptions } from "../types.js";

/** Theme classes that mark the article title (WordPress `entry-title`, and common CMS variants). */
const TITLE_SELECTORS = "h1.entry-title, h1.post-title, h1.article-title, h1[itemprop~=headline], .entry-title, .post-title, .article-title, .story-title, .headline, [itemprop~=headline]";

/** Separators between a title and the site name in `<title>` and `og:title`. */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»]\s+|\s*[｜_]\s*|\s+::\s+/;

function headingText(el: Element): string {
  return cleanText(rawText(el));
}

/** A plausible headline: not empty, not a whole paragraph. */
function isTitleLike(text: string): boolean {
  return text.length >= 2 && text.length <= 300;
}

/** Headings that are not the site's logo or a widget title. */
function articleHeadings(page: PageContext, selector: string): string[] {
  return selectAll(selector, page.doc)
    .filter((el) => !inChrome(el) && !isLogoHeading(el))
    .map(headingText)
    .filter(isTitleLike);
}

/** A site-name `h1` (`<h1 class="site-title"><a href="/">Site</a></h1>`) is not the article's title. */
function isLogoHeading(el: Element): boolean {
  const cls = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`.toLowerCase();
  if (/site-title|logo|site-name|brand/.test(cls)) return true;
  const parentCls = el.parent && "attribs" in el.parent ? `${el.parent.attribs.class ?? ""} ${el.parent.attribs.id ?? ""}`.toLowerCase() : "";
  return /logo|site-branding|brand/.test(parentCls);
}

/** Titles stated by the page's metadata, most specific first. */
function metadataTitles(page: PageContext): string[] {
  const titles: string[] = [];
  for (const article of jsonLdArticles(page.doc)) {
    const headline = jsonLdString(article.headline) ?? jsonLdString(article.name);
    if (headline) titles.push(cleanText(headline));
  }
  const og = metaValue(page.doc, "og:title", "twitter:title", "dc.title", "dcterms.title");
  if (og) titles.push(og);
  const title = documentTitle(page.doc);
  if (title) titles.push(title);
  return titles.filter(isTitleLike);
}

function documentTitle(doc: Document): string | undefined {
  // An <svg> may hold its own <title>; the document's is the one that is not inside one.
  const el = selectAll("title", doc).find((t) => !(t.parent && "name" in t.parent && tagName(t.parent as Element) === "svg"));
  return el ? cleanText(rawText(el)) || undefined : undefined;
}

/** Text the same up to case and punctuation. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** True when a metadata title states this heading: equal, or the heading plus a site suffix. */
function agrees(heading: string, title: string): boolean {
  const h = squash(heading);
  const t = squash(title);
  if (!h || !t) return false;
  if (h === t) return true;
  return stripSiteSuffix(title).some((part) => squash(part) === h);
}

/** `Title | Site`, `Site - Title`: the parts of a title between site separators, longest first. */
function stripSiteSuffix(title: string): string[] {
  const parts = title.split(TITLE_SEPARATOR).map(cleanText).filter(Boolean);
  return parts.sort((a, b) => b.length - a.length);
}

/** A heading that the metadata agrees with: the strongest evidence there is. */
function agreedHeading(page: PageContext): string | undefined {
  const titles = metadataTitles(page);
  if (titles.length === 0) return undefined;
  const headings = [...articleHeadings(page, TITLE_SELECTORS), ...articleHeadings(page, "h1"), ...articleHeadings(page, "h2")];
  return headings.find((heading) => titles.some((title) => agrees(heading, title)));
}

/** A single `h1` (after leaving out logos and chrome) is the title in most templates. */
function soleH1(page: PageContext): string | undefined {
  const h1s = articleHeadings(page, "h1");
  return h1s.length >= 1 ? h1s[0] : undefined;
}

/** Themes that put the title in an `h2` right before the article (the seed's family has no `h1`). */
function openingH2(page: PageContext): string | undefined {
  return articleHeadings(page, "h2")[0];
}

function titleWithoutSuffix(page: PageContext): string | undefined {
  const title = documentTitle(page.doc) ?? metaValue(page.doc, "og:title");
  if (!title) return undefined;
  const parts = title.split(TITLE_SEPARATOR).map(cleanText).filter(Boolean);
  if (parts.length <= 1) return title;
  const siteName = metaValue(page.doc, "og:site_name", "application-name");
  const withoutSite = siteName ? parts.filter((p) => squash(p) !== squash(siteName)) : parts;
  // The title usually comes first; a very short first part ("News") is a section, so take the longest then.
  const first = withoutSite[0] ?? parts[0]!;
  return first.length >= 10 ? first : stripSiteSuffix(title)[0];
}

/** The headline strategies, in the order they are tried. */
export const headlineStrategies: readonly Strategy<string>[] = [
  { name: "heading-agreed-by-metadata", run: agreedHeading },
  { name: "theme-title", run: (page) => articleHeadings(page, TITLE_SELECTORS)[0] },
  { name: "h1", run: soleH1 },
  { name: "json-ld", run: (page) => jsonLdArticles(page.doc).map((a) => jsonLdString(a.headline)).find(Boolean) },
  { name: "og:title", run: (page) => metaValue(page.doc, "og:title", "twitter:title") },
  { name: "opening-h2", run: openingH2 },
  { name: "document-title", run: titleWithoutSuffix },
];

/** The headline with the strategy that found it, or `undefined`. */
export function findHeadline(page: PageContext): Explained<string> | undefined {
  return firstAccepted(headlineStrategies, page, (text) => isTitleLike(cleanText(text)));
}

/**
 * The article's own title, without a site-name suffix; `undefined` when the page has none.
 *
 * @example
 * ```ts
 * extractHeadline(parseHtml("<title>Storm hits coast | Daily</title><h1>Storm hits coast</h1>"));
 * // "Storm hits coast"
 * ```
 */
export function extractHeadline(doc: Document, options?: ExtractOptions): string | undefined {
  const found = findHeadline(pageContext(doc, options));
  return found ? cleanText(found.value) : undefined;
}
