/**
 * Publication dates stated by structured data, as one ordered list of small sources: JSON-LD `datePublished` of
 * the page's article, then of any other node but an article the page links to, the same read from blocks JSON
 * cannot parse, `article:published_time` / Dublin Core and kin `<meta>`, JSON-LD
 * `dateCreated`, microdata and RDFa-lite `datePublished`, hAtom `<abbr class="published">`, and `<time datetime>`.
 * Each value is normalised to ISO 8601. Modified dates (`article:modified_time`, `og:updated_time`,
 * `dateModified`) are never read, so published and modified cannot be swapped.
 * @module
 */
import type { Document, Element } from "domhandler";
import { DocumentCache } from "../core/document-cache.js";
import { rawText } from "../core/dom.js";
import { elementsByTag } from "../core/page-index.js";
import { hasToken, inChrome } from "../core/regions.js";
import { selectSimple } from "../core/simple-select.js";
import { cleanText } from "../core/text.js";
import { jsonLdArticles, jsonLdNodes, jsonLdPageArticles, jsonLdString, unreadableJsonLdTexts, type JsonLdNode } from "./json-ld.js";
import { metaTags } from "./meta.js";

/** Earliest year taken for a publication date: older values are CMS defaults (`1970-01-01`), not dates. */
const MIN_YEAR = 1990;

/**
 * Normalises a machine-readable date to ISO 8601: `2024-05-02`, `2024-05-02T14:30:00-04:00`,
 * `2024-05-02T14:30:00Z`. A time without a zone is kept without one. Returns `undefined` for anything that is
 * not a plausible calendar date.
 */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = cleanText(value);
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]{1,3}(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2})?)?/i.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s, zone] = m;
    const date = isoDate(Number(y), Number(mo), Number(d));
    if (!date) return undefined;
    if (h === undefined) return date;
    if (Number(h) > 23 || Number(mi) > 59) return date;
    const time = `${h!.padStart(2, "0")}:${mi}:${s ?? "00"}`;
    const tz = zone ? (zone.toUpperCase() === "Z" ? "Z" : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone) : "";
    return `${date}T${time}${tz}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/.exec(text);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // RFC 2822 and other forms Date can read, only when they carry a zone (so the clock's zone is not assumed).
  if (text.length <= 64 && /[a-z]{3},?\s{1,3}\d{1,2}\s{1,3}[a-z]{3}\s{1,3}\d{4}.{0,30}(?:GMT|UTC|[+-]\d{4})/i.test(text)) {
    const ms = Date.parse(text);
    const d = new Date(ms);
    if (!Number.isNaN(ms) && isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())) return d.toISOString().replace(".000Z", "Z");
  }
  return undefined;
}

/** `YYYY-MM-DD` for a real calendar date between 1990 and 2100, else `undefined`. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= MIN_YEAR && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A date with the source it came from. */
export interface SourcedDate {
  date: string;
  source: string;
}

/** One structured-data source of a publication date. */
export interface DateSource {
  /** Short stable name, reported by `explain`. */
  readonly name: string;
  readonly read: (doc: Document) => string | undefined;
}

/** JSON-LD `datePublished` of the page's own article nodes (`jsonLdPageArticles`: Article, NewsArticle, BlogPosting …). */
function jsonLdPublished(doc: Document): string | undefined {
  return firstDatePublished(jsonLdPageArticles(doc));
}

/**
 * JSON-LD `datePublished` of any other node (a `ClaimReview`, a `Recipe`), but never of an article the page only
 * links to (one `jsonLdPageArticles` leaves out, when it knows the page's own).
 */
function jsonLdOtherPublished(doc: Document): string | undefined {
  // Sets, not `includes`: a listing page may hold thousands of article nodes.
  const page = new Set(jsonLdPageArticles(doc));
  const linked = new Set(jsonLdArticles(doc).filter((node) => !page.has(node)));
  return firstDatePublished(jsonLdNodes(doc).filter((node) => !linked.has(node)));
}

/** The first `datePublished` of `nodes` that is a date. */
function firstDatePublished(nodes: readonly JsonLdNode[]): string | undefined {
  for (const node of nodes) {
    const date = normalizeDate(jsonLdString(node.datePublished));
    if (date) return date;
  }
  return undefined;
}

/**
 * `"datePublished": "…"` read from the text of JSON-LD blocks that cannot be read as JSON even with the slips
 * `jsonLdNodes` forgives (a missing comma, a quote left open). A block that is read is left to `json-ld`, which
 * knows which of its articles is the page's.
 */
function jsonLdTextPublished(doc: Document): string | undefined {
  for (const text of unreadableJsonLdTexts(doc)) {
    const m = /"datePublished"\s{0,5}:\s{0,5}"([^"]{4,64})"/.exec(text);
    const date = m ? normalizeDate(m[1]) : undefined;
    if (date) return date;
  }
  return undefined;
}

/**
 * `<meta>` names that state the publication date, most specific first: OpenGraph `article:`, Parse.ly, Sailthru,
 * Dublin Core (`DC.date.issued`, `dcterms.issued`, `DC.date`), Highwire `citation_*`, PRISM, Cxense, and the
 * CMS names seen on Chinese portals (`PubDate`, `publishdate`, `apub:time`, `og:time`). `<meta itemprop=
 * datePublished>` is read here too. Never `og:updated_time`, `article:modified_time` or `dateModified`.
 */
const PUBLISHED_META = [
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "article:published",
  "shareaholic:article_published_time",
  "datepublished",
  "publishdate",
  "publish-date",
  "publish_date",
  "publication_date",
  "pubdate",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc:date.issued",
  "dcterms:issued",
  "dc.date.created",
  "dcterms.created",
  "dc.date",
  "dcterms.date",
  "dc:date",
  "citation_publication_date",
  "citation_date",
  "prism.publicationdate",
  "cxenseparse:recs:publishtime",
  "cxenseparse:publishtime",
  "apub:time",
  "og:time",
  "date",
];

function metaPublished(doc: Document): string | undefined {
  const tags = metaTags(doc);
  for (const key of PUBLISHED_META) {
    for (const value of tags.get(key) ?? []) {
      const date = normalizeDate(value);
      if (date) return date;
    }
  }
  return undefined;
}

/** JSON-LD `dateCreated`: after the `<meta>` tags, as some CMSs fill it with the draft's creation time. */
function jsonLdCreated(doc: Document): string | undefined {
  for (const article of jsonLdPageArticles(doc)) {
    const date = normalizeDate(jsonLdString(article.dateCreated));
    if (date) return date;
  }
  return undefined;
}

/**
 * A date element's own machine-readable value: `content`, `datetime`, `title` (hAtom `<abbr>`), or its text
 * when that is ISO 8601. A date written out (`<span itemprop="datePublished">September 23, 2019</span>`) is read
 * with the printed dates (`extractors/published.ts`), which keeps the text parser out of this module.
 */
function elementDate(el: Element): string | undefined {
  const value = el.attribs.content ?? el.attribs.datetime ?? el.attribs.title;
  return normalizeDate(value) ?? normalizeDate(cleanText(rawText(el)).slice(0, 80));
}

/**
 * Microdata `itemprop=datePublished` and RDFa-lite `property=datePublished` (also `schema:` / Dublin Core): the
 * date of the outermost item that states one, the first of them. A teaser of another story inside the article is
 * an item inside the article's item, and its date comes before the article's own in many templates.
 */
function microdataPublished(doc: Document): string | undefined {
  const selector = '[itemprop~=datePublished], [property~=datePublished], [property~="schema:datePublished"], [property~="dc:date"], [property~="dcterms:issued"], [property~="dcterms:created"]';
  let best: string | undefined;
  let bestDepth = Infinity;
  for (const el of selectSimple(selector, doc)) {
    if (el.name === "meta" || inChrome(el)) continue;
    const depth = itemDepth(el);
    if (depth >= bestDepth) continue;
    const date = elementDate(el);
    if (!date) continue;
    best = date;
    bestDepth = depth;
  }
  return best;
}

/** How many items (`itemscope` or RDFa `typeof`) enclose `el`. */
function itemDepth(el: Element): number {
  let depth = 0;
  for (let p = el.parent; p && p.type === "tag"; p = p.parent) {
    const { itemscope, typeof: type } = (p as Element).attribs;
    if (itemscope !== undefined || type !== undefined) depth++;
  }
  return depth;
}

/** hAtom / Blogger: `<abbr class="published" title="2019-10-16T14:33:00-07:00">2:33 PM</abbr>`. */
function hAtomPublished(doc: Document): string | undefined {
  for (const el of selectSimple("abbr.published[title], .published[title]", doc)) {
    if (inChrome(el)) continue;
    const date = normalizeDate(el.attribs.title);
    if (date) return date;
  }
  return undefined;
}

/** Class or itemprop tokens of a modified date: `time.updated`, `itemprop=dateModified`. */
const MODIFIED_TOKEN = /^(updated?|modified|datemodified|last-?modified|lastmod|changed|edited)$/;

/**
 * `<time datetime>` outside page chrome: the one marked as the publication (`pubdate`, `.published`,
 * `.entry-date`, `.posted-on`) first, else the first one that is not marked as a modification.
 */
function timeElementPublished(doc: Document): string | undefined {
  const marked = (el: Element): boolean => el.attribs.pubdate !== undefined || /publish|posted|entry-date|pubdate/i.test(el.attribs.class ?? "");
  // WordPress writes `class="entry-date published updated"`: `updated` next to a publication mark is hAtom, not a modification.
  const times = selectSimple("time[datetime]", doc).filter((el) => !inChrome(el) && (marked(el) || !hasToken(el, MODIFIED_TOKEN)) && !/modified/i.test(el.attribs.itemprop ?? ""));
  const preferred = times.find(marked) ?? times[0];
  return normalizeDate(preferred?.attribs.datetime);
}

/** The structured-data sources, in the order they are tried. */
export const structuredDateSources: readonly DateSource[] = [
  { name: "json-ld", read: jsonLdPublished },
  { name: "json-ld-other", read: jsonLdOtherPublished },
  { name: "json-ld-text", read: jsonLdTextPublished },
  { name: "meta", read: metaPublished },
  { name: "json-ld-created", read: jsonLdCreated },
  { name: "microdata", read: microdataPublished },
  { name: "abbr-published", read: hAtomPublished },
  { name: "time", read: timeElementPublished },
];

const cache = /* @__PURE__ */ new DocumentCache<SourcedDate | undefined>();

/** The publication date stated by the page's structured data, most reliable source first. */
export function metadataPublished(doc: Document): SourcedDate | undefined {
  return cache.valueFor(doc, () => {
    for (const source of structuredDateSources) {
      const date = source.read(doc);
      if (date) return { date, source: source.name };
    }
    return undefined;
  });
}

/**
 * The page's own day, from the sources that state it on nearly every page that states one (JSON-LD, `<meta>`,
 * `<time datetime>`): what a dateline that omits its year or month is completed with. The other sources rarely
 * stand alone, and leaving them out keeps their readers out of the dateline's bundle, as does reading any JSON-LD
 * node's date (the page's related articles are of the same days).
 */
export function referenceDay(doc: Document): string | undefined {
  // Any node's date will do for a year, and only a value that opens with an ISO day (`parseDateline` checks it is
  // a real one): the article nodes' order and the other date formats are not needed here.
  const meta = metaTags(doc);
  const values = [
    ...jsonLdNodes(doc).map((node) => jsonLdString(node.datePublished)),
    ...PUBLISHED_META.flatMap((key) => meta.get(key) ?? []),
    ...elementsByTag(doc, "time").map((el) => el.attribs.datetime),
  ];
  return values.find((value) => value !== undefined && /^\s*\d{4}-\d{2}-\d{2}/.test(value))?.trim().slice(0, 10);
}
