/**
 * The breadcrumb trail: theme markup first (Breadcrumb NavXT, Yoast, Rank Math, Bootstrap, ARIA), then
 * schema.org `BreadcrumbList` in microdata and JSON-LD, then any element whose class says "breadcrumb".
 * @module
 */
import type { AnyNode, Document, Element } from "domhandler";
import { contains, isElement, tagName, walk } from "../core/dom.js";
import { selectAll } from "../core/select.js";
import { firstAccepted, pageContext, type Explained, type PageContext, type Strategy } from "../core/strategy.js";
import { cleanText } from "../core/text.js";
import { resolveUrl } from "../core/url.js";
import { jsonLdNodes, jsonLdString, jsonLdTypes, type JsonLdNode } from "../sources/json-ld.js";
import type { Crumb, ExtractOptions } from "../types.js";

/**
 * Containers of visible trails, most specific first: Yoast (`#breadcrumbs`, `.yoast-breadcrumbs`), Rank Math,
 * Breadcrumb NavXT (`.breadcrumbs` / `.breadcrumb` holding its links), Bootstrap `ol.breadcrumb`, and ARIA.
 */
const THEME_TRAILS = [
  ".rank-math-breadcrumb",
  "#breadcrumbs",
  ".yoast-breadcrumbs",
  "nav[aria-label*=breadcrumb i]",
  "ol.breadcrumb",
  "ul.breadcrumb",
  ".breadcrumbs",
  ".breadcrumb",
  "#breadcrumb",
];

/** Any element whose class or id mentions a breadcrumb: the last resort. */
const LOOSE_TRAILS = ["[class*=breadcrumb i]", "[id*=breadcrumb i]", "[class*=crumb i]"];

/** Separators between crumbs. They are never crumbs themselves. */
const SEPARATOR_ONLY = /^[\s>›»→＞|/\\·•:\-–—~]*$/;
/** Where a text run is split into crumbs: the arrow-like separators anywhere, slashes and dashes only between spaces. */
const SEPARATOR_SPLIT = /\s*[>›»→＞|]+\s*|\s+[/\\·•–—-]\s+/;
/** "You are here:" and its kin open some trails; they are not crumbs. */
const TRAIL_PREFIX = /^(you are here|current location|location|当前位置|您的位置|你的位置|你现在的位置|您现在的位置|所在位置|位置|現在位置|目前位置|現在の位置|현재 위치|sie sind hier|vous êtes ici)\s*[:：]\s*/i;

/**
 * Subtrees inside a breadcrumb container that are not part of the trail: language switchers (GTranslate,
 * WPML, Polylang), dropdown menus, search boxes and scripts.
 */
function isTrailNoise(el: Element): boolean {
  const name = tagName(el);
  if (name === "script" || name === "style" || name === "select" || name === "form" || name === "button" || name === "noscript") return true;
  const cls = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`.toLowerCase();
  return /switcher|gtranslate|language|lang-|wpml|polylang|notranslate|dropdown|search|sr-only|screen-reader/.test(cls);
}

function crumbsFromContainer(container: Element, base: string | undefined): Crumb[] {
  const crumbs: Crumb[] = [];
  walk(container, (node: AnyNode) => {
    if (isElement(node)) {
      if (isTrailNoise(node)) return false;
      if (tagName(node) === "a") {
        const label = cleanText(textWithoutNoise(node));
        if (label && !SEPARATOR_ONLY.test(label)) {
          const url = resolveUrl(node.attribs.href, base);
          crumbs.push(url ? { label, url } : { label });
        }
        return false;
      }
      return true;
    }
    if (node.type === "text") {
      for (const piece of node.data.split(SEPARATOR_SPLIT)) {
        const label = cleanText(piece).replace(TRAIL_PREFIX, "");
        if (label && !SEPARATOR_ONLY.test(label) && !/[:：]$/.test(label)) crumbs.push({ label });
      }
    }
    return true;
  });
  return crumbs;
}

function textWithoutNoise(root: Element): string {
  const parts: string[] = [];
  walk(root, (node) => {
    if (isElement(node)) return !isTrailNoise(node);
    if (node.type === "text") parts.push(node.data);
    return true;
  });
  return parts.join("");
}

/** A trail must have at least one link and not be a whole menu. */
function isPlausibleTrail(crumbs: Crumb[]): boolean {
  return crumbs.length >= 1 && crumbs.length <= 12 && crumbs.some((c) => c.url) && crumbs.every((c) => c.label.length <= 200);
}

function firstTrail(selectors: readonly string[], page: PageContext): Crumb[] | undefined {
  const seen: Element[] = [];
  for (const selector of selectors) {
    for (const container of selectAll(selector, page.doc)) {
      // An element inside a trail already tried (a Bootstrap `li.breadcrumb-item`) is not a trail of its own.
      if (seen.some((outer) => contains(outer, container))) continue;
      seen.push(container);
      const crumbs = crumbsFromContainer(container, page.base);
      if (isPlausibleTrail(crumbs)) return crumbs;
    }
  }
  return undefined;
}

/** schema.org BreadcrumbList in microdata: `itemListElement` items with `name`, `item` and `position`. */
function microdataTrail(page: PageContext): Crumb[] | undefined {
  for (const list of selectAll("[itemtype*=BreadcrumbList i]", page.doc)) {
    const items = selectAll("[itemprop~=itemListElement]", list);
    const crumbs: { crumb: Crumb; position: number }[] = [];
    items.forEach((item, index) => {
      const nameEl = selectAll("[itemprop~=name]", item)[0];
      const label = cleanText(nameEl ? (nameEl.attribs.content ?? textWithoutNoise(nameEl)) : textWithoutNoise(item));
      if (!label) return;
      const itemEl = selectAll("[itemprop~=item]", item)[0] ?? (item.attribs.itemprop && tagName(item) === "a" ? item : undefined);
      const href = itemEl ? (itemEl.attribs.href ?? itemEl.attribs.itemid ?? itemEl.attribs.content) : undefined;
      const url = resolveUrl(href, page.base);
      const positionEl = selectAll("[itemprop~=position]", item)[0];
      const position = Number(positionEl?.attribs.content ?? (positionEl ? cleanText(textWithoutNoise(positionEl)) : NaN));
      crumbs.push({ crumb: url ? { label, url } : { label }, position: Number.isFinite(position) ? position : index + 1 });
    });
    const sorted = crumbs.sort((a, b) => a.position - b.position).map((c) => c.crumb);
    if (sorted.length > 0) return sorted;
  }
  return undefined;
}

/** schema.org BreadcrumbList in JSON-LD. `item` may be a URL string or an object with `@id`/`url`/`name`. */
function jsonLdTrail(page: PageContext): Crumb[] | undefined {
  for (const node of jsonLdNodes(page.doc)) {
    if (!jsonLdTypes(node).includes("BreadcrumbList")) continue;
    const elements = Array.isArray(node.itemListElement) ? (node.itemListElement as unknown[]) : [];
    const crumbs: { crumb: Crumb; position: number }[] = [];
    elements.forEach((entry, index) => {
      if (!entry || typeof entry !== "object") return;
      const listItem = entry as JsonLdNode;
      const item = listItem.item;
      const itemObj = item && typeof item === "object" ? (item as JsonLdNode) : undefined;
      const label = cleanText(jsonLdString(listItem.name) ?? jsonLdString(itemObj?.name) ?? "");
      if (!label) return;
      const href = typeof item === "string" ? item : (jsonLdString(itemObj?.["@id"]) ?? jsonLdString(itemObj?.url));
      const url = resolveUrl(href, page.base);
      const position = Number(listItem.position);
      crumbs.push({ crumb: url ? { label, url } : { label }, position: Number.isFinite(position) ? position : index + 1 });
    });
    const sorted = crumbs.sort((a, b) => a.position - b.position).map((c) => c.crumb);
    if (sorted.length > 0) return sorted;
  }
  return undefined;
}

/** The breadcrumb strategies, in the order they are tried. */
export const breadcrumbStrategies: readonly Strategy<Crumb[]>[] = [
  { name: "theme-trail", run: (page) => firstTrail(THEME_TRAILS, page) },
  { name: "microdata", run: microdataTrail },
  { name: "json-ld", run: jsonLdTrail },
  { name: "class-trail", run: (page) => firstTrail(LOOSE_TRAILS, page) },
];

/** The breadcrumb with the strategy that found it, or `undefined`. */
export function findBreadcrumb(page: PageContext): Explained<Crumb[]> | undefined {
  return firstAccepted(breadcrumbStrategies, page);
}

/**
 * The page's breadcrumb trail, home first; `[]` when it has none. Separators and language switchers beside
 * the trail are left out; the current page may be a crumb without a `url`.
 *
 * @example
 * ```ts
 * extractBreadcrumb(parseHtml(html), { url: "https://example.com/a/1.html" });
 * // [{ label: "Home", url: "https://example.com/" }, { label: "World", url: "…" }, { label: "Article" }]
 * ```
 */
export function extractBreadcrumb(doc: Document, options?: ExtractOptions): Crumb[] {
  return findBreadcrumb(pageContext(doc, options))?.value ?? [];
}
