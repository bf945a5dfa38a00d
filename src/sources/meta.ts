/**
 * `<meta>` tags (OpenGraph, `article:*`, Dublin Core, `name=author` …), read once per document.
 * @module
 */
import type { Document, Element } from "domhandler";
import { DocumentCache } from "../core/document-cache.js";
import { closest } from "../core/dom.js";
import { elementsByTag } from "../core/page-index.js";
import { cleanText } from "../core/text.js";

const metaCache = /* @__PURE__ */ new DocumentCache<Map<string, string[]>>();

/**
 * The keys one `<meta>` states: every token of its `property`, `name` and `itemprop`, lower-cased. RDFa lets
 * one tag state several (`property="og:title twitter:title"`), and some pages give both `name` and `property`.
 */
function metaKeys(el: Element): string[] {
  const keys: string[] = [];
  for (const attr of [el.attribs.property, el.attribs.name, el.attribs.itemprop]) {
    if (!attr) continue;
    for (const token of attr.trim().toLowerCase().split(/\s+/)) if (token && !keys.includes(token)) keys.push(token);
  }
  return keys;
}

/**
 * Every `<meta>` value keyed by its lower-cased `property`, `name` or `itemprop` (each space-separated token
 * of them), in document order.
 */
export function metaTags(doc: Document): Map<string, string[]> {
  let map = metaCache.get(doc);
  if (map) return map;
  const found = new Map<string, string[]>();
  for (const node of elementsByTag(doc, "meta")) {
    if (node.attribs.content === undefined) continue;
    // A <meta> inside a script or template is text, not a tag of the page.
    if (closest(node, (parent) => parent.name === "template" || parent.name === "script" || parent.name === "style")) continue;
    const value = cleanText(node.attribs.content!);
    if (!value) continue;
    for (const key of metaKeys(node)) {
      const list = found.get(key);
      if (list) list.push(value);
      else found.set(key, [value]);
    }
  }
  map = found;
  metaCache.set(doc, map);
  return map;
}

/** The first non-empty value of the first key in `keys` that the page has. */
export function metaValue(doc: Document, ...keys: string[]): string | undefined {
  const map = metaTags(doc);
  for (const key of keys) {
    const value = map.get(key)?.[0];
    if (value) return value;
  }
  return undefined;
}
