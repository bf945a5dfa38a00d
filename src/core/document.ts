/**
 * Parsing, and the per-document facts every extractor needs (the base URL).
 * @module
 */
import type { Document } from "domhandler";
import type { ExtractOptions } from "../types.js";
import { DocumentCache } from "./document-cache.js";
import { elementsByTag } from "./page-index.js";
import { buildTree } from "./tree-builder.js";
import { resolveUrl } from "./url.js";

/**
 * Parses HTML into a read-only document tree: the tree htmlparser2's `parseDocument` gives (domhandler's node
 * types), built faster (see `core/tree-builder.ts`). Parse once and hand the document to
 * as many extractors as you need.
 *
 * Read-only because the index of the page is recorded as the tree is built (each element knows its place in
 * it) and the extractors remember what they work out per document: a tree changed afterwards gets answers
 * about the page as it was parsed. To extract from a changed page, serialize it and parse it again.
 *
 * @example
 * ```ts
 * const doc = parseHtml(html);
 * const crumbs = extractBreadcrumb(doc, { url });
 * const tags = extractTags(doc, { url });
 * ```
 */
export function parseHtml(html: string): Document {
  if (typeof html !== "string") {
    // Not `describeValue`: this entry is in every extractor's bundle, kept small.
    throw new TypeError(`parseHtml expects a string of HTML, got ${html === null ? "null" : Array.isArray(html) ? "an array" : typeof html}`);
  }
  // htmlparser2's HTML defaults: entities decoded, tag and attribute names lower-cased.
  return buildTree(html);
}

/** A short description of a value for error messages: `null`, `undefined`, `number 3`, `an array`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return typeof value === "string" ? "a string" : `${typeof value} ${String(value)}`;
}

const baseHrefs = /* @__PURE__ */ new DocumentCache<string | undefined>();

/**
 * The URL relative links on this page resolve against: `<base href>` (itself resolved against the `url`
 * option) when the page has one, else the `url` option.
 */
export function baseUrl(doc: Document, options: ExtractOptions | undefined): string | undefined {
  const href = baseHrefs.valueFor(doc, () => elementsByTag(doc, "base").find((base) => base.attribs.href !== undefined)?.attribs.href?.trim() || undefined);
  if (href) return resolveUrl(href, options?.url) ?? options?.url;
  return options?.url;
}
