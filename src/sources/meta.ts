/**
 * `<meta>` tags (OpenGraph, `article:*`, Dublin Core, `name=author` …), read once per document.
 * @module
 */
import type { Document } from "domhandler";
import { walk, isElement, tagName } from "../core/dom.js";
import { cleanText } from "../core/text.js";

const metaCache = /* @__PURE__ */ new WeakMap<Document, Map<string, string[]>>();

/** Every `<meta>` value keyed by its lower-cased `property`, `name` or `itemprop`, in document order. */
export function metaTags(doc: Document): Map<string, string[]> {
  let map = metaCache.get(doc);
  if (map) return map;
  map = new Map();
  walk(doc, (node) => {
    if (!isElement(node)) return true;
    const name = tagName(node);
    if (name === "body") return true;
    if (name !== "meta") return true;
    const key = (node.attribs.property ?? node.attribs.name ?? node.attribs.itemprop ?? "").trim().toLowerCase();
    const content = node.attribs.content;
    if (!key || content === undefined) return false;
    const value = cleanText(content);
    if (!value) return false;
    const list = map!.get(key);
    if (list) list.push(value);
    else map!.set(key, [value]);
    return false;
  });
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
