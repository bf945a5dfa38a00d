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

/** One JSON-LD object. */
export type JsonLdNode = Record<string, unknown>;

const jsonLdCache = /* @__PURE__ */ new DocumentCache<JsonLdNode[]>();

/** Every JSON-LD node on the page, flattened, in document order. Malformed blocks are skipped. */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  let nodes = jsonLdCache.get(doc);
  if (nodes) return nodes;
  nodes = [];
  for (const script of elementsByTag(doc, "script")) {
    if (script.attribs.type?.toLowerCase() !== "application/ld+json") continue;
    const parsed = parseJsonLenient(script.children.map((child) => (child.type === "text" ? child.data : "")).join(""));
    if (parsed !== undefined) flatten(parsed, nodes, 0);
  }
  jsonLdCache.set(doc, nodes);
  return nodes;
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
    // Some CMSs emit raw control characters (literal newlines) inside strings; JSON forbids them.
    try {
      return JSON.parse(source.replace(/[\u0000-\u001f]+/g, " "));
    } catch {
      return undefined;
    }
  }
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

/** The JSON-LD nodes that describe an article, the most specific type first. */
export function jsonLdArticles(doc: Document): JsonLdNode[] {
  const articles = jsonLdNodes(doc).filter((node) => jsonLdTypes(node).some((t) => ARTICLE_TYPES.test(t)));
  return articles.sort((a, b) => Number(jsonLdTypes(a).includes("WebPage")) - Number(jsonLdTypes(b).includes("WebPage")));
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
