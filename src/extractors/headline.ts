/**
 * The article's own title. The candidates are the page's headings (theme title classes, `h1`, `h2`), the
 * JSON-LD and microdata `headline`, the metadata titles (`og:title`, `twitter:title`, Dublin Core …), and the
 * `<title>`, which usually carries a site affix (`Title | Site`, `Site：Title`, `Title_Channel_Site`).
 *
 * Candidates from different sources that state the same title (the same words, or the same words plus an
 * affix) support each other; the titles the most sources state win. The strategies are tried in the order
 * site/theme rules → structured data → generic heuristics: first each returns its candidate only when that
 * candidate states a winning title (so between two titles with equal support the order decides: a JSON-LD
 * headline beats an `og:title`), then, when no two sources agree at all, each returns its candidate alone. No
 * result keeps an affix that names the site.
 * @module
 */
import type { Document, Element } from "domhandler";
import { DocumentCache } from "../core/document-cache.js";
import { findElements, isElement, rawText, tagName, walk } from "../core/dom.js";
import { hasToken, inChrome } from "../core/regions.js";
import { elementLookup } from "../core/element-lookup.js";
import { pageIndex } from "../core/page-index.js";
import { firstAccepted, pageContext, type Explained, type PageContext, type Strategy } from "../core/strategy.js";
import { allMatches, cleanText, letterCount } from "../core/text.js";
import { pageUrl } from "../sources/canonical.js";
import { jsonLdArticles, jsonLdNodes, jsonLdText, jsonLdTypes } from "../sources/json-ld.js";
import { metaTags } from "../sources/meta.js";
import type { ExtractOptions } from "../types.js";
import { isFrontPageHref } from "../core/url.js";

// ---------------------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------------------

/**
 * Theme markup for the article title: WordPress `entry-title` and its kin in other CMSs (class tokens), and
 * microdata / RDFa `headline` on the heading. Matched by token lookups rather than a selector list: the
 * candidate walk tests every element of the page.
 */
const THEME_TITLE_CLASSES = new Set(["entry-title", "post-title", "article-title", "single-title", "story-title", "headline"]);
const HEADLINE_PROPERTIES = new Set(["headline", "schema:headline"]);

/** At most this many `h1`s and `h2`s are candidates (a long page has dozens of subheadings). */
const MAX_HEADINGS = 10;
/**
 * At most this many headlines from each kind of structured data (JSON-LD articles, JSON-LD pages, microdata):
 * a list page may describe thousands of articles, and every pair of candidates is compared, so an unbounded
 * pool made a page with 20 000 JSON-LD articles take seconds. The page's own article comes first.
 */
const MAX_STATED = 20;

/** Metadata titles, most trusted first (Dublin Core is set on purpose; `og:title` is the most common). */
const META_TITLE_KEYS = [
  "dc.title",
  "dc:title",
  "dcterms.title",
  "dcterm:title",
  "og:title",
  "twitter:title",
  "parsely-title",
  "sailthru.title",
  "title",
  // Hanweb and other Chinese government CMSs.
  "articletitle",
];

/** Metadata naming the site. Only `og:site_name` is trusted when it repeats one of the page's titles. */
const SITE_NAME_KEYS = ["og:site_name", "application-name", "apple-mobile-web-app-title", "al:ios:app_name", "al:android:app_name"];
/** JSON-LD types whose `name` is the site's. */
const SITE_TYPES = /^(WebSite|Organization|NewsMediaOrganization|Corporation|Blog)$/;

/** Separators between a title and its affixes. Spaces around them are optional (`Title-CSDN.NET`). */
const AFFIX_SEPARATOR = /[|｜\-–—_·•»«:：\/\\~<>]/;
/** An affix may also open with a bracket: `Title（CNET Japan） - Yahoo!ニュース`, `Title (AP)`. */
const AFFIX_OPENER = /[(（【\[「『]/;
/** Closing punctuation that belongs to the title before an affix (`…wordchain? - Site`). */
const TITLE_CLOSERS = /^[?!.…"'”’」』）)\]】»›》〉]+/;
/** Opening punctuation that belongs to the title after an affix (`Site：「Title」`). */
const TITLE_OPENERS = /[«‹"'“‘「『（(\[【《〈]+$/;

/**
 * Strong separators, for cutting a `<title>` that nothing confirms: ` | `, ` - `, ` – `, ` — `, `_`, `｜`,
 * ` · `, ` :: `, ` » `, ` / `, `--`. A colon is not one: headlines have colons of their own.
 */
const CUT_SEPARATOR = /\s+[|\-–—·•»/\\]\s+|\s*[｜_]\s*|\s+::\s+|-{2,}/g;

/** Permalink marks inside a heading (Sphinx `¶`, GitHub `#`) and screen-reader-only labels. */
const HEADING_NOISE_CLASS = /^(headerlink|anchor|anchorjs-link|heading-anchor|permalink|sr-only|screen-reader-text|visually-hidden|visuallyhidden)$/;
const HEADING_NOISE_TEXT = /^[\s¶#§🔗]*$/u;

/** Class/id tokens of a logo or site-name heading, on the heading or an element close around it. */
const LOGO_TOKEN = /^(logo|site-title|sitetitle|site-name|sitename|site-branding|branding|brand|blog-title|blog-name|blogtitle)$/;
/** The class of a home link that is the site's logo. */
const LOGO_CLASS = /^logo$/;

/** Elements whose text is never the visible headline. */
const NOT_PAGE_TEXT = new Set(["head", "script", "style", "title", "noscript", "template", "select", "option", "textarea", "svg"]);

/** Han, kana and hangul: scripts written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// ---------------------------------------------------------------------------------------------------------
// Text comparison
// ---------------------------------------------------------------------------------------------------------

/** Letters and digits only, case-, accent- and width-folded: texts "the same up to punctuation" share it. */
function squash(text: string): string {
  // ASCII text needs no Unicode work: NFKD leaves it as it is and it holds no marks.
  if (!NOT_ASCII.test(text)) return text.toLowerCase().replace(NOT_ASCII_LETTERS_OR_DIGITS, "");
  // The candidates, site names and title parts of one page are squashed many times over (38 calls for 11
  // distinct texts, on average over the corpus), and Unicode normalisation is slow: recent answers are kept.
  const kept = text.length <= SQUASH_KEPT_LENGTH ? recentSquashes.get(text) : undefined;
  if (kept !== undefined) return kept;
  const squashed = text.normalize("NFKD").replace(MARKS, "").toLowerCase().replace(NOT_LETTERS_OR_DIGITS, "");
  if (text.length <= SQUASH_KEPT_LENGTH) {
    if (recentSquashes.size >= SQUASHES_KEPT) recentSquashes.clear();
    recentSquashes.set(text, squashed);
  }
  return squashed;
}

const NOT_ASCII = /[^\x00-\x7f]/;
const NOT_ASCII_LETTERS_OR_DIGITS = /[^a-z0-9]+/g;
const MARKS = /\p{M}/gu;
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;
/** Recent answers of `squash` for short non-ASCII texts: at most 256 of at most 400 characters (a few hundred kB). */
const recentSquashes = /* @__PURE__ */ new Map<string, string>();
const SQUASHES_KEPT = 256;
const SQUASH_KEPT_LENGTH = 400;

/**
 * `squash(ch).length` for one character. ASCII and CJK ideographs (U+4E00–U+9FFF, which NFKD leaves alone and
 * which are all letters) are answered without the Unicode work, which is most of a headline's characters.
 */
function squashedLength(ch: string): number {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
    if (c >= 0x4e00 && c <= 0x9fff) return 1;
  }
  return squash(ch).length;
}

/** Per character of `text`: the length of `squash` of the text up to and including it. */
function squashOffsets(text: string): { chars: string[]; ends: number[] } {
  const chars = Array.from(text);
  const ends: number[] = [];
  let length = 0;
  for (const ch of chars) {
    length += squashedLength(ch);
    ends.push(length);
  }
  return { chars, ends };
}

/** A headline's length in words; in CJK text, two characters count as one word. */
function headlineLength(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, " ").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words + Math.floor(cjk / 2);
}

/** Words of a text for overlap; CJK text as character pairs. */
function wordSet(text: string): Set<string> {
  const words = new Set<string>();
  for (const run of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!run) continue;
    if (!HAS_CJK.test(run)) words.add(run);
    else for (let i = 0; i + 1 < run.length; i++) words.add(run.slice(i, i + 2));
  }
  return words;
}

/** A plausible title: a few letters, not a paragraph. */
function isTitleLike(text: string, key = squash(text)): boolean {
  return key.length >= 2 && text.length <= 300;
}

/** Edit distance of `a` and `b` when it is at most `max`, else `max + 1` (stops as soon as it is over). */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** The same long title with a letter or two changed (`Dropbox ATF:` / `Dropbox’s ATF -`), on squashed texts. */
function nearlyEqual(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 20) return false;
  const max = Math.ceil(Math.max(a.length, b.length) * 0.05);
  return boundedDistance(a, b, max) <= max;
}

/** Where a candidate comes from. Two candidates support each other only when their families differ. */
type Family = "heading" | "json-ld" | "microdata" | "meta" | "title" | "page-text";

/** One title the page states, with its `squash`. */
interface Candidate {
  readonly text: string;
  readonly key: string;
  readonly family: Family;
}

function candidate(text: string, family: Family): Candidate {
  return { text, key: squash(text), family };
}

function isVisible(family: Family): boolean {
  return family === "heading" || family === "page-text";
}

/**
 * When `text` (squashed: `textKey`) is `core` plus an affix at either end, the core as written in `text`;
 * else `undefined`. The affix must be set off by a separator or a bracket, or, when `spaceAffix` allows it, by
 * a space alone if it is short (`Title 东区办事处`).
 */
function coreBeforeAffix(text: string, textKey: string, core: string, spaceAffix: boolean): string | undefined {
  if (textKey.length <= core.length) return undefined;
  const opensWith = textKey.startsWith(core);
  const endsWith = textKey.endsWith(core);
  if (!opensWith && !endsWith) return undefined;
  const { chars, ends } = squashOffsets(text);
  if (opensWith) {
    // The head ends at the character that completes the core; closing punctuation after it stays with it.
    const at = ends.indexOf(core.length);
    let head = chars.slice(0, at + 1).join("");
    let rest = chars.slice(at + 1).join("");
    const closers = TITLE_CLOSERS.exec(rest);
    if (closers) {
      head += closers[0];
      rest = rest.slice(closers[0].length);
    }
    if (isAffix(rest, head, "after", spaceAffix)) return cleanText(head);
  }
  if (endsWith) {
    // The tail starts at the first character of the core; opening punctuation before it goes with it.
    const at = ends.findIndex((end) => end > textKey.length - core.length);
    let rest = chars.slice(0, at).join("");
    let tail = chars.slice(at).join("");
    const openers = TITLE_OPENERS.exec(rest);
    if (openers) {
      tail = openers[0] + tail;
      rest = rest.slice(0, rest.length - openers[0].length);
    }
    if (isAffix(rest, tail, "before", spaceAffix)) return cleanText(tail);
  }
  return undefined;
}

/** True when `affix`, on the given side of `core`, reads as a site or section affix, not more headline. */
function isAffix(affix: string, core: string, side: "before" | "after", spaceAffix: boolean): boolean {
  if (letterCount(affix) === 0) return false;
  const edge = side === "after" ? affix.trimStart()[0] : affix.trimEnd().slice(-1);
  if (edge && (AFFIX_SEPARATOR.test(edge) || (side === "after" && AFFIX_OPENER.test(edge)))) return true;
  if (!spaceAffix || !(side === "after" ? /^\s/.test(affix) : /\s$/.test(affix))) return false;
  // Set off by a space only: a short name without sentence punctuation (`Title 湖南省中医药研究院附属医院`).
  const words = cleanText(affix);
  return letterCount(words) <= 20 && !/[,.;!?，。；！？、]/.test(words) && letterCount(core) > letterCount(words);
}

/**
 * The part of `x` that `y` states, or `undefined` when they do not agree: `x` itself when both are the same
 * title (up to punctuation, case and a letter or two) or when `y` is `x` plus an affix; the core of `x` when
 * `x` is `y` plus an affix. Only a `<title>` or metadata title carries an affix: a heading longer than the
 * `og:title` (`Recipe: simply delicious!` / `Recipe`) is the headline, not the `og:title` plus an affix. An affix
 * set off by a space alone counts only after a visible text: a JSON-LD headline cut at 110 characters is not
 * "the h1 less an affix".
 */
function agreedReading(x: Candidate, y: Candidate): string | undefined {
  if (!x.key || !y.key) return undefined;
  if (x.key === y.key) return x.text;
  if (x.key.length < y.key.length) {
    if (!isVisible(y.family) && coreBeforeAffix(y.text, y.key, x.key, isVisible(x.family)) !== undefined) return x.text;
  } else if (!isVisible(x.family)) {
    const core = coreBeforeAffix(x.text, x.key, y.key, isVisible(y.family));
    if (core !== undefined) return core;
  }
  return nearlyEqual(x.key, y.key) ? x.text : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Candidates, collected once per document
// ---------------------------------------------------------------------------------------------------------

interface HeadlineFacts {
  /** Theme title elements outside chrome, in page order. */
  readonly themeTitles: Candidate[];
  readonly h1s: Candidate[];
  readonly h2s: Candidate[];
  /** JSON-LD article `headline`s (or `name`s, when there is no headline), `WebPage` nodes left out. */
  readonly jsonLd: Candidate[];
  /** Number of distinct headlines among the page's non-WebPage JSON-LD articles. */
  readonly jsonLdDistinct: number;
  /** `<meta itemprop="headline" content>`. */
  readonly microdata: Candidate[];
  /** Metadata titles in `META_TITLE_KEYS` order. */
  readonly meta: Candidate[];
  readonly title?: Candidate;
  /** Squashed names of the site, from metadata and JSON-LD. */
  readonly siteNames: ReadonlySet<string>;
  /** Every candidate above. */
  readonly pool: readonly Candidate[];
}

const factsCache = /* @__PURE__ */ new DocumentCache<HeadlineFacts>();

function hasTokenIn(value: string | undefined, tokens: ReadonlySet<string>): boolean {
  if (!value) return false;
  for (const token of value.split(/\s+/)) if (tokens.has(token)) return true;
  return false;
}

/** An element with a theme title class, or microdata / RDFa `headline` on it. */
function isThemeTitle(el: Element): boolean {
  const a = el.attribs;
  // Substring tests first: this runs on every element of the page.
  return (
    (a.class !== undefined && (a.class.includes("title") || a.class.includes("headline")) && hasTokenIn(a.class, THEME_TITLE_CLASSES)) ||
    (a.itemprop !== undefined && a.itemprop.includes("headline") && hasTokenIn(a.itemprop, HEADLINE_PROPERTIES)) ||
    (a.property !== undefined && a.property.includes("headline") && hasTokenIn(a.property, HEADLINE_PROPERTIES))
  );
}

/** Lookup keys of the candidate elements: their tags, the theme title classes, the attributes of `headline`. */
const CANDIDATE_TAGS = ["title", "h1", "h2"];
const THEME_TITLE_KEYS = [...THEME_TITLE_CLASSES].map((token) => `.${token}`);
const HEADLINE_ATTRIBUTE_KEYS = ["[itemprop", "[property"];
const NO_POSITIONS: readonly number[] = [];

/**
 * The candidate elements in page order: `<title>`, `h1`, `h2` and theme titles. They are read from the
 * element lookup (tag lists, the theme classes' lists, the elements with `itemprop` or `property`), not by
 * testing every element of the page.
 */
function candidateElements(doc: Document): Element[] {
  const { elements } = pageIndex(doc);
  const lookup = elementLookup(doc);
  const positions: number[] = [];
  for (const key of CANDIDATE_TAGS) for (const position of lookup.get(key) ?? NO_POSITIONS) positions.push(position);
  for (const key of THEME_TITLE_KEYS) for (const position of lookup.get(key) ?? NO_POSITIONS) positions.push(position);
  for (const key of HEADLINE_ATTRIBUTE_KEYS) {
    for (const position of lookup.get(key) ?? NO_POSITIONS) if (isThemeTitle(elements[position]!)) positions.push(position);
  }
  positions.sort((a, b) => a - b);
  const candidates: Element[] = [];
  for (let i = 0; i < positions.length; i++) if (positions[i] !== positions[i - 1]) candidates.push(elements[positions[i]!]!);
  return candidates;
}

/** A heading's text without permalink marks and screen-reader labels; `<br>` is a space. */
function headingText(el: Element): string {
  let text = "";
  walk(el, (node) => {
    if (node.type === "text") {
      text += node.data;
      return true;
    }
    if (!isElement(node)) return true;
    const name = tagName(node);
    if (name === "br") text += " ";
    if (NOT_PAGE_TEXT.has(name) || hasToken(node, HEADING_NOISE_CLASS)) return false;
    return !(name === "a" && node.attribs.href?.startsWith("#") && HEADING_NOISE_TEXT.test(rawText(node)));
  });
  return cleanText(text);
}

/**
 * A site-name heading, not the article's title: a logo/branding class on it or close around it, its text the
 * site's name, its whole content one link to the front page (`<h1><a href="/">Site</a></h1>`), or inside one.
 */
function isLogoHeading(el: Element, text: string, siteNames: ReadonlySet<string>): boolean {
  let node: Element | undefined = el;
  for (let depth = 0; node && depth < 3; depth++) {
    if (hasToken(node, LOGO_TOKEN)) return true;
    node = node.parent && isElement(node.parent) ? node.parent : undefined;
  }
  if (siteNames.has(squash(text))) return true;
  const links = findElements(el, (e) => e.name === "a");
  if (links.length === 1 && squash(rawText(links[0]!)) === squash(text) && (isFrontPageHref(links[0]!.attribs.href, true) || hasToken(links[0]!, LOGO_CLASS))) return true;
  let parent = el.parent;
  for (let depth = 0; parent && depth < 3; depth++) {
    if (isElement(parent) && tagName(parent) === "a") return isFrontPageHref(parent.attribs.href, true);
    parent = parent.parent;
  }
  return false;
}

/**
 * The site's names: `og:site_name`, JSON-LD `WebSite` / `Organization` / `publisher` names, and the app-name
 * metadata unless it repeats one of the page's titles (`titles`, squashed): some pages put the article's
 * title in `application-name`.
 */
function collectSiteNames(doc: Document, titles: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  const add = (value: string | undefined, trusted: boolean) => {
    const s = value ? squash(value) : "";
    if (s.length >= 2 && (trusted || !titles.has(s))) names.add(s);
  };
  const meta = metaTags(doc);
  for (const key of SITE_NAME_KEYS) for (const value of meta.get(key) ?? []) add(value, key === "og:site_name");
  for (const node of jsonLdNodes(doc)) {
    if (jsonLdTypes(node).some((t) => SITE_TYPES.test(t))) add(jsonLdText(node.name), true);
    if (node.publisher && typeof node.publisher === "object") add(jsonLdText(node.publisher), true);
  }
  return names;
}

function headlineFacts(doc: Document): HeadlineFacts {
  const cached = factsCache.get(doc);
  if (cached) return cached;
  const elements = candidateElements(doc);

  // An <svg> may hold a <title> of its own; the document's is the first one outside any.
  const titleEl = elements.find((el) => tagName(el) === "title" && !(el.parent && isElement(el.parent) && tagName(el.parent) === "svg"));
  const titleText = titleEl ? cleanText(rawText(titleEl)) : "";
  const title = isTitleLike(titleText) ? candidate(titleText, "title") : undefined;

  const jsonLd: Candidate[] = [];
  const jsonLdPages: Candidate[] = [];
  const distinct = new Set<string>();
  for (const article of jsonLdArticles(doc)) {
    const headline = jsonLdText(article.headline) ?? "";
    const name = jsonLdText(article.name) ?? "";
    // A `WebPage` node's name is the page's SEO title (Yoast and its kin write it, `og:title` and <title> from
    // one field): it counts with the <title>, not as a second, independent source.
    const webPage = jsonLdTypes(article).includes("WebPage");
    if (!webPage && (headline || name)) distinct.add(squash(headline || name));
    // So is an article's `name` beside a different `headline`.
    const headlineTo = webPage ? jsonLdPages : jsonLd;
    if (headlineTo.length < MAX_STATED && isTitleLike(headline)) headlineTo.push(candidate(headline, webPage ? "title" : "json-ld"));
    const nameTo = webPage || headline ? jsonLdPages : jsonLd;
    if (nameTo.length < MAX_STATED && isTitleLike(name) && name !== headline) nameTo.push(candidate(name, webPage || headline ? "title" : "json-ld"));
  }

  const metaMap = metaTags(doc);
  const meta: Candidate[] = [];
  for (const key of META_TITLE_KEYS) {
    // A value that is still entity-encoded (`Don&#39;t`) was encoded twice by its CMS.
    const value = jsonLdText(metaMap.get(key)?.[0]);
    if (value && isTitleLike(value) && !meta.some((m) => m.text === value)) meta.push(candidate(value, "meta"));
  }

  const siteNames = collectSiteNames(doc, new Set([...meta, ...jsonLd, ...jsonLdPages, ...(title ? [title] : [])].map((c) => c.key)));
  const themeTitles: Candidate[] = [];
  const h1s: Candidate[] = [];
  const h2s: Candidate[] = [];
  const microdata: Candidate[] = [];
  let examined = 0;
  for (const el of elements) {
    const name = tagName(el);
    if (name === "title") continue;
    if (name === "meta") {
      if (microdata.length >= MAX_STATED) continue;
      const text = jsonLdText(el.attribs.content) ?? "";
      if (isTitleLike(text)) microdata.push(candidate(text, "microdata"));
      continue;
    }
    if ((name === "h1" && h1s.length >= MAX_HEADINGS) || (name === "h2" && h2s.length >= MAX_HEADINGS)) continue;
    // Pages with hundreds of widget headings: the article's title is among the first few dozen.
    if (++examined > 6 * MAX_HEADINGS || inChrome(el)) continue;
    const text = headingText(el);
    if (!isTitleLike(text) || isLogoHeading(el, text, siteNames)) continue;
    const found = candidate(text, "heading");
    if (name === "h1") h1s.push(found);
    else if (name === "h2") h2s.push(found);
    if (isThemeTitle(el)) themeTitles.push(found);
  }

  const pool = [...themeTitles, ...h1s.filter((c) => !themeTitles.includes(c)), ...h2s.filter((c) => !themeTitles.includes(c)), ...jsonLd, ...microdata, ...meta, ...jsonLdPages, ...(title ? [title] : [])];
  const facts: HeadlineFacts = { themeTitles, h1s, h2s, jsonLd, jsonLdDistinct: distinct.size, microdata, meta, title, siteNames, pool };
  factsCache.set(doc, facts);
  return facts;
}

// ---------------------------------------------------------------------------------------------------------
// Site names and affixes
// ---------------------------------------------------------------------------------------------------------

/** The name in the page's host (`www.csdn.net` → `csdn`, `news.bbc.co.uk` → `bbc`), when it has a URL. */
function hostName(page: PageContext): string | undefined {
  const url = pageUrl(page.doc, page.base);
  if (!url) return undefined;
  let labels: string[];
  try {
    labels = new URL(url).hostname.toLowerCase().split(".").filter((l) => l && l !== "www");
  } catch {
    return undefined;
  }
  // The public suffix the simple way: the last label, and a short generic one before it (`co.uk`, `com.cn`).
  labels.pop();
  if (labels.length > 1 && /^(com|co|org|net|gov|edu|ac|or|ne|go)$/.test(labels[labels.length - 1]!)) labels.pop();
  const label = labels.pop();
  return label && label.length >= 3 ? label : undefined;
}

const siteNamesCache = /* @__PURE__ */ new DocumentCache<{ base: string | undefined; names: ReadonlySet<string> }>();

/** The site's names for this page: the document's, and its host's. */
function siteNamesFor(page: PageContext): ReadonlySet<string> {
  const cached = siteNamesCache.get(page.doc);
  if (cached && cached.base === page.base) return cached.names;
  const documentNames = headlineFacts(page.doc).siteNames;
  const host = hostName(page);
  const names = host && !documentNames.has(host) ? new Set([...documentNames, host]) : documentNames;
  siteNamesCache.set(page.doc, { base: page.base, names });
  return names;
}

/**
 * True when `part` names the site: a site name, part of one, or one with a little more (`Factorio.com`,
 * `Bundeskanzleramt Österreich` on bundeskanzleramt.gv.at).
 */
function isSiteName(part: string, siteNames: ReadonlySet<string>): boolean {
  const s = squash(part);
  if (s.length < 2) return false;
  for (const name of siteNames) {
    if (s === name) return true;
    if (s.length >= 3 && name.includes(s)) return true;
    if (name.length >= 3 && s.startsWith(name) && s.length <= name.length + 12) return true;
  }
  return false;
}

/** `text` split at strong separators into parts, with the separators between them. */
function splitAtSeparators(text: string): { parts: string[]; separators: string[] } {
  const parts: string[] = [];
  const separators: string[] = [];
  let last = 0;
  for (const m of allMatches(CUT_SEPARATOR, text)) {
    parts.push(text.slice(last, m.index));
    separators.push(m[0]);
    last = m.index! + m[0].length;
  }
  parts.push(text.slice(last));
  return { parts, separators };
}

function joinParts(parts: readonly string[], separators: readonly string[], from: number, to: number): string {
  let out = parts[from] ?? "";
  for (let i = from + 1; i < to; i++) out += separators[i - 1]! + parts[i]!;
  return cleanText(out);
}

/**
 * `text` less leading and trailing parts that name the site (`Title | Site`, `Site - Title`), and less a
 * leading site name set off by a colon (`Site：Title`; a colon elsewhere is the headline's own).
 */
function cutSiteNames(text: string, siteNames: ReadonlySet<string>): string {
  const { parts, separators } = splitAtSeparators(text);
  let from = 0;
  let to = parts.length;
  while (to - from > 1 && isSiteName(parts[to - 1]!, siteNames)) to--;
  while (to - from > 1 && isSiteName(parts[from]!, siteNames)) from++;
  const cut = joinParts(parts, separators, from, to);
  const colon = /^([^:：]{1,40}?)\s*[:：]\s*(\S.*)$/u.exec(cut);
  return colon && isSiteName(colon[1]!, siteNames) ? colon[2]! : cut;
}

/**
 * A `<title>` nothing confirms, less its affixes: parts naming the site, wherever the site's name is known;
 * then the last part after a strong separator (again while the same separator repeats and the part is shorter
 * than what is left: `Title_Channel_Site`), or the first part when the rest would be too short for a headline (`Site | Title`).
 * `undefined` when no part reads as a headline (`Blog name | blog.example.com`).
 */
function cutTitle(text: string, siteNames: ReadonlySet<string>): string | undefined {
  const withoutSite = cutSiteNames(text, siteNames);
  const { parts, separators } = splitAtSeparators(withoutSite);
  if (parts.length === 1) return withoutSite;
  // `Blog name | blog.example.com`: no part is a headline.
  if (parts.every((p) => headlineLength(p) < 3)) return undefined;
  let end = parts.length - 1;
  if (headlineLength(joinParts(parts, separators, 0, end)) >= 3) {
    while (end > 1 && separators[end - 1]!.trim() === separators[end - 2]!.trim()) {
      const head = joinParts(parts, separators, 0, end - 1);
      if (headlineLength(head) < 3 || letterCount(parts[end - 1]!) >= letterCount(head)) break;
      end--;
    }
    return joinParts(parts, separators, 0, end);
  }
  const withoutFirst = joinParts(parts, separators, 1, parts.length);
  return headlineLength(withoutFirst) >= 3 ? withoutFirst : withoutSite;
}

// ---------------------------------------------------------------------------------------------------------
// Agreement between candidates, worked out once per document
// ---------------------------------------------------------------------------------------------------------

/** The readings of each candidate that state the winning title, and whether any two sources agree at all. */
interface Consensus {
  /** Candidate → its reading of the winning title (the visible supporter's, else the shortest). */
  readonly winners: ReadonlyMap<Candidate, string>;
  /** Squashed reading → how structured data and the `<title>` write it (affix cut), in page-source order. */
  readonly spellings: ReadonlyMap<string, readonly string[]>;
}

const consensusCache = /* @__PURE__ */ new DocumentCache<{ base: string | undefined; consensus: Consensus }>();

/**
 * Every pair of candidates from different sources is compared; each agreement is a reading (the title as one
 * of the two writes it, less any affix). Readings that are the same up to a letter or two form one title. A
 * title's support is the number of sources (families) stating it; the best-supported titles win, and the
 * order of the strategies chooses among them. A reading that is only the site's name counts for nothing.
 */
function consensus(page: PageContext): Consensus {
  const cached = consensusCache.get(page.doc);
  if (cached && cached.base === page.base) return cached.consensus;
  const { pool } = headlineFacts(page.doc);
  const siteNames = siteNamesFor(page);

  interface Reading {
    readonly subject: Candidate;
    readonly supporter: Candidate;
    readonly text: string;
    readonly key: string;
  }
  const readings: Reading[] = [];
  for (const subject of pool) {
    for (const supporter of pool) {
      if (supporter.family === subject.family) continue;
      const text = agreedReading(subject, supporter);
      if (text === undefined) continue;
      const key = text === subject.text ? subject.key : squash(text);
      if (isTitleLike(text, key) && !siteNames.has(key)) readings.push({ subject, supporter, text, key });
    }
  }

  // Titles: reading keys grouped when equal or nearly equal.
  const titleOf = new Map<string, number>();
  const titleKeys: string[] = [];
  for (const { key } of readings) {
    if (titleOf.has(key)) continue;
    const near = titleKeys.findIndex((k) => nearlyEqual(k, key));
    titleOf.set(key, near >= 0 ? near : titleKeys.length);
    if (near < 0) titleKeys.push(key);
  }
  const families = titleKeys.map(() => new Set<Family>());
  for (const r of readings) {
    families[titleOf.get(r.key)!]!.add(r.subject.family).add(r.supporter.family);
  }
  const score = families.map((f) => f.size);
  const best = Math.max(0, ...score);

  const winners = new Map<Candidate, string>();
  const shortest = new Map<Candidate, string>();
  for (const r of readings) {
    if (score[titleOf.get(r.key)!] !== best) continue;
    if (isVisible(r.supporter.family)) {
      if (!winners.has(r.subject)) winners.set(r.subject, r.text);
    } else {
      const known = shortest.get(r.subject);
      if (known === undefined || r.text.length < known.length) shortest.set(r.subject, r.text);
    }
  }
  for (const [subject, text] of shortest) if (!winners.has(subject)) winners.set(subject, text);
  const spellings = new Map<string, string[]>();
  for (const r of readings) {
    if (isVisible(r.subject.family)) continue;
    const list = spellings.get(r.key);
    if (!list) spellings.set(r.key, [r.text]);
    else if (!list.includes(r.text)) list.push(r.text);
  }
  const result: Consensus = { winners, spellings };
  consensusCache.set(page.doc, { base: page.base, consensus: result });
  return result;
}

/** A text cut short by its CMS (`…in Morocco...`): JSON-LD headlines are often cut at 110 characters. */
const CUT_SHORT = /(\.\.\.|…)$/;

/**
 * How to write a title several candidates state word for word: not a copy cut short with an ellipsis; then as
 * structured data or the `<title>` write it, affix cut (quotes, dashes, case: the publisher's text); then as
 * the page shows it.
 */
function bestSpelling(reading: string, page: PageContext): string {
  const key = squash(reading);
  const structured = consensus(page).spellings.get(key) ?? [];
  const visible = headlineFacts(page.doc).pool.filter((c) => c.key === key && isVisible(c.family)).map((c) => c.text);
  return [...structured, reading, ...visible].find((text) => !CUT_SHORT.test(text)) ?? reading;
}

/** The first of `candidates` that states the winning title, as `bestSpelling` writes it. */
function firstWinner(page: PageContext, candidates: readonly Candidate[]): string | undefined {
  const { winners } = consensus(page);
  for (const subject of candidates) {
    const reading = winners.get(subject);
    if (reading === undefined) continue;
    const spelled = isVisible(subject.family) || CUT_SHORT.test(reading) ? bestSpelling(reading, page) : reading;
    return cutSiteNames(spelled, siteNamesFor(page));
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Strategies that read the page beyond the candidates
// ---------------------------------------------------------------------------------------------------------

/**
 * Text on the page that the `<title>` (or a metadata title) opens or ends with, the rest being a short affix:
 * `<span class="Title"><b>Headline</b></span>` under `<title>Headline 东区办事处_中山网</title>`. One walk over
 * the body's text nodes; a node is compared only when its letters open or end a title, and must be most of it.
 */
function titleOnPage(page: PageContext): string | undefined {
  const facts = headlineFacts(page.doc);
  const siteNames = siteNamesFor(page);
  const sources = [facts.title, ...facts.meta].filter((c): c is Candidate => c !== undefined && c.key.length >= 4);
  if (sources.length === 0) return undefined;
  const longest = Math.max(...sources.map((s) => s.text.length));
  const lowered = sources.map((s) => s.text.toLowerCase());
  let best: string | undefined;
  let bestLength = 0;
  walk(page.doc, (node) => {
    if (isElement(node)) return !NOT_PAGE_TEXT.has(tagName(node));
    if (node.type !== "text") return true;
    const raw = node.data;
    if (raw.length < 4 || raw.length > longest + 40) return true;
    // Cheap test first: the text's first letters must occur in a title.
    const opening = raw.trimStart().slice(0, 2).toLowerCase();
    if (opening.length < 2 || !lowered.some((t) => t.includes(opening))) return true;
    const key = squash(raw);
    if (key.length <= bestLength || key.length < 4 || siteNames.has(key)) return true;
    for (const source of sources) {
      if (!source.key.startsWith(key) && !source.key.endsWith(key)) continue;
      if (2 * key.length <= source.key.length) continue;
      const reading = agreedReading({ text: cleanText(raw), key, family: "page-text" }, source);
      if (reading !== undefined && headlineLength(reading) >= 2) {
        best = reading;
        bestLength = key.length;
        break;
      }
    }
    return true;
  });
  return best === undefined ? undefined : cutSiteNames(best, siteNames);
}

/** The first candidate that is not just the site's name, less site-name affixes. */
function firstAlone(page: PageContext, candidates: readonly Candidate[]): string | undefined {
  const siteNames = siteNamesFor(page);
  const found = candidates.find((c) => !isSiteName(c.text, siteNames));
  return found ? cutSiteNames(found.text, siteNames) : undefined;
}

/** A heading that reads as a headline on its own: two words or more (`Lorem` alone is a label). */
function readsAsHeadline(text: string): boolean {
  return headlineLength(text) >= 2;
}

/** An `h1` whose words the `<title>` mostly shares: partly confirmed (`Diet - lose 10 kg` / `Diet (14 days) - …`). */
function h1SharingTitleWords(page: PageContext): string | undefined {
  const { h1s, title } = headlineFacts(page.doc);
  if (!title) return undefined;
  const titleWords = wordSet(title.text);
  return h1s.find((h1) => {
    const words = wordSet(h1.text);
    let shared = 0;
    for (const w of words) if (titleWords.has(w)) shared++;
    return words.size >= 2 && shared * 2 >= words.size;
  })?.text;
}

/** `<title>` less its affixes; with `headlineOnly`, only when that reads as a headline (two words or more). */
function documentTitle(page: PageContext, headlineOnly = true): string | undefined {
  const title = headlineFacts(page.doc).title;
  if (!title) return undefined;
  const siteNames = siteNamesFor(page);
  const cut = cutTitle(title.text, siteNames);
  return cut !== undefined && (!headlineOnly || readsAsHeadline(cut)) && !siteNames.has(squash(cut)) ? cut : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The strategies
// ---------------------------------------------------------------------------------------------------------

/** The headline strategies, in the order they are tried; the first valid value wins. */
export const headlineStrategies: readonly Strategy<string>[] = [
  // --- the title most sources agree on, as the most specific source writes it ------------------------------
  // Theme title markup: WordPress `h1.entry-title`, `.post-title`, `itemprop=headline` on the heading.
  { name: "theme-title", run: (page) => firstWinner(page, headlineFacts(page.doc).themeTitles) },
  // JSON-LD `headline` (or `name`) of the page's Article / NewsArticle / BlogPosting.
  { name: "json-ld", run: (page) => firstWinner(page, headlineFacts(page.doc).jsonLd) },
  // `<meta itemprop="headline" content>` inside the article's microdata.
  { name: "microdata", run: (page) => firstWinner(page, headlineFacts(page.doc).microdata) },
  // `og:title`, `twitter:title`, Dublin Core …, less an affix (`og:title` = "Title | Site").
  { name: "meta-title", run: (page) => firstWinner(page, headlineFacts(page.doc).meta) },
  // The article's `h1`: not a logo, not in navigation, sidebars or the footer.
  { name: "h1", run: (page) => firstWinner(page, headlineFacts(page.doc).h1s) },
  // Themes that set the title in an `h2`, the `h1` being the site's or a section's name.
  { name: "h2", run: (page) => firstWinner(page, headlineFacts(page.doc).h2s) },
  // Table layouts of Chinese CMSs: `<span class="Title">`, `<div class="title">`, `<p class="con-title">`.
  { name: "title-on-page", run: titleOnPage },

  // --- no two sources agree: structured data, then what the page shows --------------------------------------
  // The page's only JSON-LD article headline (several different ones are a listing, not an article).
  { name: "json-ld-alone", run: (page) => (headlineFacts(page.doc).jsonLdDistinct <= 1 ? firstAlone(page, headlineFacts(page.doc).jsonLd) : undefined) },
  { name: "microdata-alone", run: (page) => firstAlone(page, headlineFacts(page.doc).microdata) },
  { name: "meta-title-alone", run: (page) => firstAlone(page, headlineFacts(page.doc).meta) },
  // A theme's title markup, and an `h1` whose words the `<title>` mostly repeats.
  { name: "theme-title-alone", run: (page) => headlineFacts(page.doc).themeTitles[0]?.text },
  { name: "h1-like-title", run: h1SharingTitleWords },
  // `<title>` less its affixes. Before a heading nothing confirms, which is as often a section label
  // ("Allergies Health Center") or a site banner as the article's title.
  { name: "document-title", run: (page) => documentTitle(page) },
  { name: "h1-alone", run: (page) => headlineFacts(page.doc).h1s.find((c) => readsAsHeadline(c.text))?.text },
  // A one-word `<title>` is still the page's own ("Colophon"); an `h2` nothing confirms is the last resort.
  { name: "document-title-short", run: (page) => documentTitle(page, false) },
  // The `<title>` as it is, when no part of it reads as a headline (`Blog name | blog.example.com`): the page's
  // own name for itself is still a better answer than any `h2`.
  { name: "document-title-as-is", run: (page) => headlineFacts(page.doc).title?.text },
  { name: "h2-alone", run: (page) => headlineFacts(page.doc).h2s[0]?.text },
];

/** The headline with the strategy that found it, or `undefined`. */
export function findHeadline(page: PageContext): Explained<string> | undefined {
  const found = firstAccepted(headlineStrategies, page, (text) => isTitleLike(tidy(text)));
  return found && { value: tidy(found.value), strategy: found.strategy };
}

/** Whitespace collapsed, and stray separators at either end dropped (`Title - -` → `Title`). */
function tidy(text: string): string {
  return cleanText(text).replace(/^(?:[|｜\-–—_·•»:：/\\]\s*)+|(?:\s*[|｜\-–—_·•«:：/\\])+$/g, "");
}

/**
 * The article's own title, without a site-name affix; `undefined` when the page has none.
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
