/**
 * schema.org items written in the page's markup: microdata (`itemscope` / `itemtype` / `itemprop`) and RDFa
 * Lite (`typeof` / `property`), read in one walk per document and cached. A property belongs to the nearest
 * item around it; a property that is itself an item (`itemprop="item" itemscope`) is both a value of the
 * outer item and an item of its own.
 * @module
 */
import type { AnyNode, Document, Element } from "domhandler";
import { DocumentCache } from "../core/document-cache.js";
import { closest, rawText, tagName } from "../core/dom.js";
import { elementLookup } from "../core/element-lookup.js";
import { outermost, pageIndex, pageIndexOf } from "../core/page-index.js";
import { cleanText } from "../core/text.js";

/** One item: its types and its properties, each property's elements in document order. */
export interface MicrodataItem {
  /** Short type names (`NewsArticle`, `BreadcrumbList`): the last path segment of each `itemtype` / `typeof` URL. */
  readonly types: readonly string[];
  /** The element that opens the item (`itemscope` or `typeof`). */
  readonly element: Element;
  /** Property name (without an RDFa `schema:` prefix) → the elements that state it, in document order. */
  readonly properties: ReadonlyMap<string, readonly Element[]>;
}

interface MutableItem {
  types: string[];
  element: Element;
  properties: Map<string, Element[]>;
}

/** A document's items, and the item each opening element opens. */
interface DocumentItems {
  readonly items: readonly MicrodataItem[];
  readonly byElement: ReadonlyMap<Element, MicrodataItem>;
}

const itemsCache = /* @__PURE__ */ new DocumentCache<DocumentItems>();
/** Each document's property values read so far, by element. */
const valueCache = /* @__PURE__ */ new DocumentCache<Map<Element, string>>();
const newValueMap = (): Map<Element, string> => new Map();

/** The short name of an `itemtype` / `typeof` token: `https://schema.org/NewsArticle` → `NewsArticle`. */
function shortType(token: string): string {
  const cut = Math.max(token.lastIndexOf("/"), token.lastIndexOf("#"), token.lastIndexOf(":"));
  return cut >= 0 ? token.slice(cut + 1) : token;
}

/**
 * Property names an element states. RDFa `property` values may carry a vocabulary prefix: `schema:` is kept
 * (without the prefix); other prefixes (`og:`, `dc:`) are page metadata, read by `sources/meta.ts`.
 * A `<meta property="position" content="1">` inside an RDFa item is a property like any other.
 */
function propertyNames(el: Element): string[] {
  const names: string[] = [];
  const itemprop = el.attribs.itemprop;
  if (itemprop) for (const token of itemprop.split(/\s+/)) if (token) names.push(shortType(token));
  const property = el.attribs.property;
  if (property) {
    for (const token of property.split(/\s+/)) {
      if (!token) continue;
      const colon = token.indexOf(":");
      if (colon < 0) names.push(token);
      else if (/^(schema|https?)$/i.test(token.slice(0, colon))) names.push(shortType(token));
    }
  }
  return names;
}

/** True when the element opens an item: microdata `itemscope`, or RDFa Lite `typeof`. */
function opensItem(el: Element): boolean {
  return el.attribs.itemscope !== undefined || el.attribs.typeof !== undefined;
}

/**
 * Every microdata / RDFa Lite item on the page, in document order (outer items before the items inside them).
 * `itemref` is not followed.
 */
export function microdataItems(doc: Document): readonly MicrodataItem[] {
  return documentItems(doc).items;
}

function documentItems(doc: Document): DocumentItems {
  return itemsCache.valueFor(doc, readItems);
}

function readItems(doc: Document): DocumentItems {
  const found: MutableItem[] = [];
  const byElement = new Map<Element, MicrodataItem>();
  // Only the subtrees of the outermost elements that open an item are walked: a property outside every item
  // belongs to none, and most pages have no item at all (a walk of every element cost 3 % of a parse).
  const lookup = elementLookup(doc);
  const { elements } = pageIndex(doc);
  const openers = [...(lookup.get("[itemscope") ?? []), ...(lookup.get("[typeof") ?? [])].sort((a, b) => a - b);
  // Iterative walk over elements carrying the item each one's properties belong to (two parallel stacks), so
  // a deep page cannot overflow the stack.
  const nodes: Element[] = [];
  const owners: (MutableItem | undefined)[] = [];
  const pushChildren = (children: readonly AnyNode[], owner: MutableItem | undefined) => {
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (child.type === "tag") {
        nodes.push(child as Element);
        owners.push(owner);
      }
    }
  };
  for (const root of outermost(doc, openers.map((at) => elements[at]!))) {
    // As the walk of the whole document this replaces: it went down through `tag` elements only (never a
    // <script> or <style>) and never into a <template>.
    if (root.type !== "tag" || closest(root, (el) => el.name === "template")) continue;
    nodes.push(root);
    owners.push(undefined);
    while (nodes.length > 0) {
      const node = nodes.pop()!;
      const owner = owners.pop();
      if (node.name === "template") continue;
      if (owner) {
        for (const prop of propertyNames(node)) {
          const list = owner.properties.get(prop);
          if (list) list.push(node);
          else owner.properties.set(prop, [node]);
        }
      }
      let inner = owner;
      if (opensItem(node)) {
        const typeText = `${node.attribs.itemtype ?? ""} ${node.attribs.typeof ?? ""}`;
        const item: MutableItem = { types: typeText.split(/\s+/).filter(Boolean).map(shortType), element: node, properties: new Map() };
        found.push(item);
        byElement.set(node, item);
        inner = item;
      }
      pushChildren(node.children, inner);
    }
  }
  return { items: found, byElement };
}

/** The item an element opens (after `microdataItems` has read its document), or `undefined`. */
export function microdataItemOf(el: Element): MicrodataItem | undefined {
  const doc = pageIndexOf(el)?.doc;
  return doc && itemsCache.get(doc)?.byElement.get(el);
}

/** Items of the given short type (`BreadcrumbList`, `NewsArticle` …), in document order. */
export function microdataItemsOfType(doc: Document, type: RegExp): MicrodataItem[] {
  return microdataItems(doc).filter((item) => item.types.some((t) => type.test(t)));
}

/**
 * A property element's value as the microdata spec reads it: `content` when present (also RDFa `content`),
 * the URL of links and media (`href`, `src`, `data`), `datetime` of `<time>`, `value` of `<data>`/`<meter>`,
 * else the element's text, whitespace-collapsed. URLs are returned as written, not resolved.
 */
export function microdataValue(el: Element): string {
  // Kept per document; an element outside any is read each time.
  const doc = pageIndexOf(el)?.doc;
  const values = doc ? valueCache.valueFor(doc, newValueMap) : undefined;
  const cached = values?.get(el);
  if (cached !== undefined) return cached;
  const a = el.attribs;
  let value: string | undefined;
  if (a.content !== undefined) value = a.content;
  else {
    switch (tagName(el)) {
      case "a":
      case "area":
      case "link":
        value = a.href ?? a.resource;
        break;
      case "img":
      case "audio":
      case "video":
      case "source":
      case "iframe":
      case "embed":
      case "track":
        value = a.src;
        break;
      case "object":
        value = a.data;
        break;
      case "time":
        value = a.datetime;
        break;
      case "data":
      case "meter":
        value = a.value;
        break;
    }
    if (value === undefined && a.resource !== undefined && opensItem(el)) value = a.resource;
    if (value === undefined) value = rawText(el);
  }
  const clean = cleanText(value);
  values?.set(el, clean);
  return clean;
}

/** The first value of `prop` on `item`, or `undefined` when the item does not state it (or states it empty). */
export function microdataProperty(item: MicrodataItem, prop: string): string | undefined {
  for (const el of item.properties.get(prop) ?? []) {
    const value = microdataValue(el);
    if (value) return value;
  }
  return undefined;
}
