/**
 * JSON-LD, read once per document: every `<script type="application/ld+json">` block, with `@graph`,
 * arrays and nested `mainEntity` / `mainEntityOfPage` flattened into one list of nodes.
 * @module
 */
import type { Document } from "domhandler";
import { DocumentCache } from "../core/document-cache.js";
import { rawText } from "../core/dom.js";
import { elementsByTag } from "../core/page-index.js";
import { buildTree } from "../core/tree-builder.js";
import { cleanText } from "../core/text.js";
import { canonicalUrl } from "./canonical.js";
import { metaTags } from "./meta.js";

/** One JSON-LD object. */
export type JsonLdNode = Record<string, unknown>;

/** What one pass over the blocks finds: the nodes of the blocks read, and the text of those that could not be. */
interface JsonLdBlocks {
  nodes: JsonLdNode[];
  unreadable: string[];
}

const jsonLdCache = /* @__PURE__ */ new DocumentCache<JsonLdBlocks>();

function jsonLdBlocks(doc: Document): JsonLdBlocks {
  let blocks = jsonLdCache.get(doc);
  if (blocks) return blocks;
  blocks = { nodes: [], unreadable: [] };
  for (const script of elementsByTag(doc, "script")) {
    if (script.attribs.type?.toLowerCase() !== "application/ld+json") continue;
    const text = script.children.map((child) => (child.type === "text" ? child.data : "")).join("");
    const parsed = parseJsonLenient(text);
    if (parsed !== undefined) flatten(parsed, blocks.nodes, 0);
    else blocks.unreadable.push(text);
  }
  jsonLdCache.set(doc, blocks);
  return blocks;
}

/** Every JSON-LD node on the page, flattened, in document order. Malformed blocks are skipped. */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  return jsonLdBlocks(doc).nodes;
}

/**
 * The text of the JSON-LD blocks that cannot be read as JSON even with the slips `parseJsonLenient` forgives, in
 * document order, for the sources that look into them as text.
 */
export function unreadableJsonLdTexts(doc: Document): readonly string[] {
  return jsonLdBlocks(doc).unreadable;
}

/**
 * Wrappers some CMSs (and XHTML-era templates) put around the JSON: `<!-- … -->`, `<![CDATA[ … ]]>`, and
 * the CDATA markers commented out with `//` or with a C-style comment.
 */
const LEADING_WRAPPER = /^\s*(?:<!--|(?:\/\/|\/\*)?\s*<!\[CDATA\[(?:\s*\*\/)?)\s*/;
const TRAILING_WRAPPER = /\s*(?:-->|(?:\/\/|\/\*)?\s*\]\]>(?:\s*\*\/)?)\s*$/;

/**
 * The text without its trailing wrapper. The pattern is tried on the last characters only: unanchored at the
 * start, its `\s*` runs make it cubic on a long run of whitespace (100 000 spaces never finished).
 */
function stripTrailingWrapper(text: string): string {
  const trimmed = text.trimEnd();
  const tail = trimmed.slice(-100);
  const wrapper = TRAILING_WRAPPER.exec(tail);
  return wrapper ? trimmed.slice(0, trimmed.length - tail.length + wrapper.index) : trimmed;
}

function parseJsonLenient(text: string): unknown {
  // A trailing `;` (the block was copied from a script) is not JSON either.
  const source = stripTrailingWrapper(text.replace(LEADING_WRAPPER, "")).trim().replace(/;$/, "");
  if (!source) return undefined;
  try {
    return JSON.parse(source);
  } catch {
    // Some CMSs emit raw control characters (literal newlines) inside strings, comments, or a comma before a
    // closing bracket; JSON forbids them all.
    try {
      return JSON.parse(withoutJsonSlips(source));
    } catch {
      return undefined;
    }
  }
}

/**
 * The JSON text without what JavaScript allows and JSON does not: control characters inside strings (made spaces),
 * `//` and `/* … *\/` comments, and a comma before `}` or `]`. Strings are copied as they are; one pass, no
 * backtracking.
 */
function withoutJsonSlips(text: string): string {
  let out = "";
  let from = 0;
  // The next character that may start a string, a comment or a trailing comma; what lies between is copied whole.
  const special = /["/,]/g;
  for (let m = special.exec(text); m; m = special.exec(text)) {
    const at = m.index;
    out += text.slice(from, at);
    let next = at + 1;
    if (text[at] === '"') {
      // A string, to its closing quote (a backslash escapes the next character).
      while (next < text.length && text[next] !== '"') next += text[next] === "\\" ? 2 : 1;
      next++;
      out += text.slice(at, next).replace(/[\u0000-\u001f]+/g, " ");
    } else if (text[next] === "/") {
      const end = text.indexOf("\n", next);
      next = end < 0 ? text.length : end;
    } else if (text[next] === "*") {
      const end = text.indexOf("*/", next + 1);
      next = end < 0 ? text.length : end + 2;
    } else if (!(text[at] === "," && /^\s*[}\]]/.test(text.slice(next, next + 200)))) {
      out += text[at];
    }
    from = next;
    special.lastIndex = next;
  }
  return out + text.slice(from);
}

function flatten(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 8 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  if (node["@type"] !== undefined || node["headline"] !== undefined) out.push(node);
  if (node["@graph"] !== undefined) flatten(node["@graph"], out, depth + 1);
  for (const key of ["mainEntity", "mainEntityOfPage", "itemReviewed"]) {
    const child = node[key];
    if (child && typeof child === "object") flatten(child, out, depth + 1);
  }
}

/** The node's `@type` values. */
export function jsonLdTypes(node: JsonLdNode): string[] {
  const type = node["@type"];
  if (typeof type === "string") return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === "string");
  return [];
}

/** Types that describe an article. */
const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|ScholarlyArticle|TechArticle|Report|SocialMediaPosting|WebPage)$/;

/** The article nodes in order (`jsonLdArticles`) and those that name the page's URL (`jsonLdPageArticles`). */
const articlesCache = /* @__PURE__ */ new DocumentCache<{ all: JsonLdNode[]; page: JsonLdNode[] }>();

/**
 * The JSON-LD nodes that describe an article: the page's own first, then the others, a `WebPage` last. The page's
 * own is the article whose `url`, `@id` or `mainEntityOfPage` is the page's canonical URL or `og:url`, when one
 * is: a portal's graph may list the articles it links to before the page's (Kyodo's, with their dates, authors
 * and keywords).
 */
export function jsonLdArticles(doc: Document): readonly JsonLdNode[] {
  return pageArticles(doc).all;
}

/**
 * The article nodes that name the page's URL (its own article, and its `WebPage`), in the order of
 * `jsonLdArticles`, when one of the articles does; else every article node. What the page states about itself
 * (its date, its authors, its keywords) is read from these, so that the date of an article it links to is not
 * taken for its own when its own node has none.
 */
export function jsonLdPageArticles(doc: Document): readonly JsonLdNode[] {
  return pageArticles(doc).page;
}

function pageArticles(doc: Document): { all: JsonLdNode[]; page: JsonLdNode[] } {
  return articlesCache.valueFor(doc, () => {
    const all = jsonLdNodes(doc).filter((node) => jsonLdTypes(node).some((t) => ARTICLE_TYPES.test(t)));
    if (all.length < 2) return { all, page: all };
    const urls = new Set([canonicalUrl(doc), ...(metaTags(doc).get("og:url") ?? [])].filter((url) => url !== undefined).map(urlKey));
    const own = new Set(all.filter((node) => namesUrl(node, urls)));
    const rank = (node: JsonLdNode): number => (jsonLdTypes(node).includes("WebPage") ? 2 : own.has(node) ? 0 : 1);
    all.sort((a, b) => rank(a) - rank(b));
    const page = all.filter((node) => own.has(node));
    return { all, page: page.some((node) => rank(node) === 0) ? page : all };
  });
}

/** True when the node's `url`, `@id` or `mainEntityOfPage` is one of `urls` (as `urlKey` gives them). */
function namesUrl(node: JsonLdNode, urls: ReadonlySet<string>): boolean {
  return [node.url, node["@id"], node.mainEntityOfPage].some((value) => {
    const url = typeof value === "object" && value !== null && !Array.isArray(value) ? jsonLdString((value as JsonLdNode)["@id"] ?? (value as JsonLdNode).url) : jsonLdString(value);
    return url !== undefined && urls.has(urlKey(url));
  });
}

/** A URL compared without its scheme, `www.`, query, fragment and trailing slash. */
function urlKey(url: string): string {
  return url.trim().replace(/^[a-z][a-z\d+.-]*:\/\/(?:www\.)?/i, "").replace(/[?#].*$/, "").replace(/\/+$/, "");
}

/** A string value of a JSON-LD property, or of its `name` when the value is an object. */
export function jsonLdString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return jsonLdString(value[0]);
  if (value && typeof value === "object") return jsonLdString((value as JsonLdNode)["name"] ?? (value as JsonLdNode)["@value"]);
  return undefined;
}

/** Entity references (`&#39;`, `&amp;`, `&#8211;`) or tags, which some CMSs leave in JSON-LD strings. */
const MARKUP_IN_TEXT = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|<\/?[a-z][^>]*>/i;

/**
 * A JSON-LD property as display text: `jsonLdString`, with entity references decoded and tags dropped (some
 * CMSs write `"headline": "Don&#39;t <em>panic</em>"`), whitespace collapsed. `undefined` when empty.
 */
export function jsonLdText(value: unknown): string | undefined {
  const raw = jsonLdString(value);
  if (raw === undefined) return undefined;
  const text = cleanText(MARKUP_IN_TEXT.test(raw) ? rawText(buildTree(raw)) : raw);
  return text || undefined;
}
