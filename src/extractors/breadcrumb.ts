/**
 * The breadcrumb trail: theme markup first (Breadcrumb NavXT, Yoast, Rank Math, Bootstrap, ARIA), then
 * schema.org `BreadcrumbList` in microdata / RDFa and JSON-LD, then any element whose class says "breadcrumb",
 * and last a trail recognised by its shape: a short run of links separated by `>` `›` `»` `/` `→` that starts
 * with a home link (`首页`, `Home` …) or follows a "you are here" label (`当前位置：`), whatever its class.
 * @module
 */
import type { AnyNode, Document, Element } from "domhandler";
import { DocumentCache } from "../core/document-cache.js";
import { closest, contains, isElement, isHidden, NON_TEXT_TAGS, tagName, textWithout, walk } from "../core/dom.js";
import { elementLookup, elementsWithKey } from "../core/element-lookup.js";
import { pageIndex } from "../core/page-index.js";
import { matchesSimple, selectSimple } from "../core/simple-select.js";
import { firstAccepted, pageContext, type Explained, type PageContext, type Strategy } from "../core/strategy.js";
import { allMatches, cleanText } from "../core/text.js";
import { isFrontPageHref, resolveUrl } from "../core/url.js";
import { jsonLdNodes, jsonLdString, jsonLdText, jsonLdTypes, type JsonLdNode } from "../sources/json-ld.js";
import { microdataItemOf, microdataItemsOfType, microdataProperty, microdataValue, type MicrodataItem } from "../sources/microdata.js";
import type { Crumb, ExtractOptions } from "../types.js";

// ---------------------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------------------

/**
 * Containers of visible trails, most specific first: Yoast (`#breadcrumbs`, `.yoast-breadcrumbs`), Rank Math,
 * Breadcrumb NavXT (`.breadcrumbs` / `.breadcrumb` holding its links), Bootstrap `ol.breadcrumb`, ARIA, and the
 * news themes' own: tagDiv Newspaper's `.entry-crumbs`, Sahifa's and Jannah's `#crumbs`.
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
  ".entry-crumbs",
  "#crumbs",
];

/** Any element whose class or id mentions a breadcrumb: the last resort among class names. */
const LOOSE_TRAILS = ["[class*=breadcrumb i]", "[id*=breadcrumb i]", "[class*=crumb i]"];

/** Separators between crumbs. They are never crumbs themselves. */
const SEPARATOR_CLASS = "[\\s>›»→＞|/\\\\·•:\\-–—~]";
const SEPARATOR_ONLY = new RegExp(`^${SEPARATOR_CLASS}*$`);
const LEADING_SEPARATORS = new RegExp(`^${SEPARATOR_CLASS}+`);
/** Where a text run is split into crumbs: the arrow-like separators anywhere, slashes and dashes only between spaces. */
// `(?<!\s)`: a match starts only where a whitespace run starts; tried inside a long run of spaces, the
// unguarded pattern was quadratic.
const SEPARATOR_SPLIT = /(?<!\s)\s*[>›»→＞|]+\s*|(?<!\s)\s+[/\\·•–—-]\s+/;
/**
 * The same inside a list item, which is one crumb already: only the arrows split it, so the current page's title
 * keeps its dash (`<li aria-current="page"><span>Der Windstrom ist da – nur die Leitungen fehlen</span></li>`).
 */
const ARROW_SPLIT = /(?<!\s)\s*[>›»→＞|]+\s*/;
/** "You are here:" and its kin open some trails; they are not crumbs. */
const TRAIL_PREFIX = /^(you are here|current location|location|当前位置|您的位置|你的位置|你现在的位置|您现在的位置|现在位置|所在位置|您所在的位置|位置|現在位置|目前位置|現在の位置|현재 위치|sie sind hier|vous êtes ici)\s*[:：]\s*/i;

/**
 * The label that opens a trail of any markup, at the end of a text (`当前位置：`, `您现在的位置是:`,
 * `You are here:`); crumbs follow it, in the same text or in the links after it.
 */
const TRAIL_LABEL = /(?:^|[\s|｜】\]）)])(?:当前位置|当前的位置|您的位置|你的位置|您现在的位置|你现在的位置|您所在的位置|你所在的位置|所在位置|现在位置|目前位置|位置|現在位置|現在の位置|현재\s?위치|you are here|current location|sie sind hier|vous êtes ici|usted está aquí)(?:是|为)?\s*[:：]?\s*/iu;
/** Texts worth testing against `TRAIL_LABEL` (a cheap substring test first: it runs on every text of the page). */
const LABEL_HINT = /位置|위치|here|location|hier|ici|aquí/i;

/** Home crumbs: the front page's usual names, or `…首页` (`CSDN首页`, `网站首页`). */
const HOME_LABEL = /^(?:首页|主页|首頁|主頁|网站首页|本站首页|返回首页|home|homepage|home page|start|startseite|accueil|inicio|início|inizio|ホーム|トップ|홈|главная|trang chủ|beranda|anasayfa|\S{1,8}首页|\S{1,8}首頁)$/i;

/** Separators of a trail recognised by its shape (not `|` or `·`: those separate menu items). */
const SHAPE_SEPARATOR = /[>›»→＞〉]+|\/+/g;

/** A shape trail has at most this many crumbs; a longer run is a menu. */
const MAX_SHAPE_CRUMBS = 8;
/** Nodes read after a trail's start before giving up. */
const MAX_SHAPE_STEPS = 120;

/** Elements a shape trail never reads into; reaching a heading or a form ends the trail. */
const SKIPPED = /* @__PURE__ */ new Set([...NON_TEXT_TAGS, "option"]);
const TRAIL_ENDS = new Set(["h1", "h2", "h3", "h4", "form", "input", "p", "article", "main", "header", "footer"]);

/** Class/id tokens of trail containers in Chinese and other templates that do not say "breadcrumb". */
const TRAIL_CONTAINER_TOKEN = /^(position|location|crumbs?|path|nav-?path|weizhi|dqwz|bread|bread-?nav|brea-?nav|mbx|current-?position|curpos|site-?path|place)$/i;
const CONTAINER_HINT = /position|location|crumb|path|weizhi|dqwz|brea|mbx|curpos|place/i;

// ---------------------------------------------------------------------------------------------------------
// Trails in theme and class-named containers
// ---------------------------------------------------------------------------------------------------------

/**
 * Subtrees inside a breadcrumb container that are not part of the trail: language switchers (GTranslate,
 * WPML, Polylang), dropdown menus, search boxes, screen-reader labels and scripts.
 */
function isTrailNoise(el: Element): boolean {
  const name = tagName(el);
  if (name === "script" || name === "style" || name === "select" || name === "form" || name === "button" || name === "noscript") return true;
  return namesTrailNoise(el.attribs.class) || namesTrailNoise(el.attribs.id);
}

// Screen-reader-only text labels the trail for assistive technology (Drupal's `h2.visually-hidden`
// "Breadcrumb"): it is not a crumb.
const TRAIL_NOISE_NAME = /switcher|gtranslate|language|lang-|wpml|polylang|notranslate|dropdown|search|sr-only|screen-reader|visually-hidden|visuallyhidden|element-invisible/;
const TRAIL_NOISE_NAME_ANY_CASE = /* @__PURE__ */ new RegExp(TRAIL_NOISE_NAME.source, "i");
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * A class or id naming trail noise, in any case. An ASCII name (nearly every one) is tested as it is; any other is
 * lower-cased first, as `toLowerCase` reads it (U+212A, the Kelvin sign, is a `k` to it and not to the `i` flag).
 * This is asked of every link of a page (the home-link test), so most calls build no string.
 */
function namesTrailNoise(value: string | undefined): boolean {
  if (!value) return false;
  return ASCII_ONLY.test(value) ? TRAIL_NOISE_NAME_ANY_CASE.test(value) : TRAIL_NOISE_NAME.test(value.toLowerCase());
}

/** The crumbs of a trail container: its links and text runs, less separators and noise (language switchers). */
export function crumbsFromContainer(container: Element, base: string | undefined): Crumb[] {
  const crumbs: Crumb[] = [];
  walk(container, (node: AnyNode) => {
    if (isElement(node)) {
      if (isTrailNoise(node)) return false;
      if (tagName(node) === "a") {
        const label = cleanText(textWithout(node, isTrailNoise));
        if (label && !SEPARATOR_ONLY.test(label)) crumbs.push(crumb(label, node.attribs.href, base));
        return false;
      }
      return true;
    }
    if (node.type === "text") {
      // A text that is an element's whole content (`<span class="current">A – B</span>`, tagDiv's
      // `span.td-bred-no-url-last`) or inside a list item is one crumb: only an arrow splits it, not a dash.
      const parent = node.parent;
      const own = parent !== container && parent !== null && parent.children.length === 1;
      const inItem = own || closest(node, (el) => tagName(el) === "li" || el === container) !== container;
      for (const piece of node.data.split(inItem ? ARROW_SPLIT : SEPARATOR_SPLIT)) {
        const label = cleanText(piece).replace(TRAIL_PREFIX, "");
        if (label && !SEPARATOR_ONLY.test(label) && !/[:：]$/.test(label)) crumbs.push({ label });
      }
    }
    return true;
  });
  return crumbs;
}

function crumb(label: string, href: string | undefined, base: string | undefined): Crumb {
  const url = resolveUrl(href, base);
  return url ? { label, url } : { label };
}

/** A trail must have at least one link and not be a whole menu. */
function isPlausibleTrail(crumbs: Crumb[]): boolean {
  return crumbs.length >= 1 && crumbs.length <= 12 && crumbs.some((c) => c.url) && crumbs.every((c) => c.label.length <= 200);
}

const crumbElementsCache = /* @__PURE__ */ new DocumentCache<Element[]>();

/**
 * Elements whose class, id or `aria-label` mentions a crumb: every selector in `THEME_TRAILS` and
 * `LOOSE_TRAILS` matches only such elements, so the page is scanned once and each selector tests only these.
 */
function crumbElements(doc: Document): Element[] {
  let found = crumbElementsCache.get(doc);
  if (!found) {
    // Each distinct class token and id is tested once (a token mentions a crumb exactly when its class value
    // does); `aria-label`s are read only on the elements that have one.
    found = elementsWithKey(doc, mentionsCrumb, ["[aria-label"]).filter(
      (el) => mentionsCrumb(el.attribs.class) || mentionsCrumb(el.attribs.id) || mentionsCrumb(el.attribs["aria-label"]),
    );
    crumbElementsCache.set(doc, found);
  }
  return found;
}

/** `crumb` in any case, by substring tests (this runs on every element of the page). */
function mentionsCrumb(value: string | undefined): boolean {
  return value !== undefined && (value.includes("rumb") || value.includes("RUMB"));
}

function firstTrail(selectors: readonly string[], page: PageContext): Crumb[] | undefined {
  const candidates = crumbElements(page.doc);
  if (candidates.length === 0) return undefined;
  const seen: Element[] = [];
  for (const selector of selectors) {
    for (const container of candidates.filter((el) => matchesSimple(el, selector))) {
      // An element inside a trail already tried (a Bootstrap `li.breadcrumb-item`) is not a trail of its own.
      if (seen.some((outer) => contains(outer, container))) continue;
      seen.push(container);
      const crumbs = crumbsFromContainer(container, page.base);
      if (isPlausibleTrail(crumbs)) return crumbs;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Structured data
// ---------------------------------------------------------------------------------------------------------

/** Crumbs with their stated `position`, sorted by it (page order where a position is missing). */
function byPosition(entries: { crumb: Crumb; position: number }[]): Crumb[] | undefined {
  const sorted = entries.sort((a, b) => a.position - b.position).map((e) => e.crumb);
  return sorted.length > 0 ? sorted : undefined;
}

/**
 * One microdata / RDFa `itemListElement`: a `ListItem` whose `name` is on it or on its `item` (`<a itemprop="item"
 * href><span itemprop="name">`), or a plain element (its text and link).
 */
function microdataCrumb(el: Element, index: number, base: string | undefined): { crumb: Crumb; position: number } | undefined {
  const item = microdataItemOf(el);
  if (!item) {
    const label = cleanText(textWithout(el, isTrailNoise));
    return label ? { crumb: crumb(label, el.attribs.href, base), position: index + 1 } : undefined;
  }
  const itemEl = item.properties.get("item")?.[0];
  const thing: MicrodataItem | undefined = itemEl ? microdataItemOf(itemEl) : undefined;
  const label = microdataProperty(item, "name") ?? (thing && microdataProperty(thing, "name")) ?? (itemEl ? microdataValue(itemEl) : cleanText(textWithout(el, isTrailNoise)));
  if (!label) return undefined;
  const href = itemEl ? (itemEl.attribs.href ?? itemEl.attribs.itemid ?? itemEl.attribs.resource ?? itemEl.attribs.content) : el.attribs.href;
  const position = Number(microdataProperty(item, "position"));
  return { crumb: crumb(label, href, base), position: Number.isFinite(position) ? position : index + 1 };
}

/** The attributes that name an item's type: microdata `itemtype`, RDFa Lite `typeof`. */
const TYPE_ATTRIBUTES = ["itemtype", "typeof"];

/** schema.org `BreadcrumbList` in microdata or RDFa Lite: `itemListElement` items with `name`, `item`, `position`. */
function microdataTrail(page: PageContext): Crumb[] | undefined {
  // Most pages have none: a look at the type attributes is cheaper than reading the page's items.
  const { elements } = pageIndex(page.doc);
  const lookup = elementLookup(page.doc);
  const hasList = TYPE_ATTRIBUTES.some((name) => (lookup.get(`[${name}`) ?? []).some((i) => elements[i]!.attribs[name]!.includes("BreadcrumbList")));
  if (!hasList) return undefined;
  for (const list of microdataItemsOfType(page.doc, /^BreadcrumbList$/)) {
    const items = list.properties.get("itemListElement") ?? [];
    const entries = items
      .map((el, index) => microdataCrumb(el, index, page.base))
      .filter((e): e is { crumb: Crumb; position: number } => e !== undefined);
    const crumbs = byPosition(entries);
    if (!crumbs) continue;
    // The page's own crumb printed after the last item, not marked up as one (MH Magazine:
    // `…<span itemprop="itemListElement">…</span><span class="mh-breadcrumb-delimiter">»</span>Annecy : …</nav>`).
    const tail = textAfter(list.element, items[items.length - 1]!);
    if (tail && tail !== crumbs[crumbs.length - 1]!.label) crumbs.push({ label: tail });
    return crumbs;
  }
  return undefined;
}

/** The visible text after `last` inside `container`, without the separators before it; "" when there is none. */
function textAfter(container: Element, last: Element): string {
  let text = "";
  for (let node: AnyNode | null = last; node && node !== container; node = node.parent) {
    for (let next = node.next; next; next = next.next) {
      if (isElement(next)) text += isTrailNoise(next) ? " " : ` ${textWithout(next, isTrailNoise)} `;
      else if (next.type === "text") text += next.data;
    }
  }
  const label = cleanText(text.replace(LEADING_SEPARATORS, ""));
  return label.length <= 200 ? label : "";
}

/** `node` when it is a `BreadcrumbList`. */
function asBreadcrumbList(node: unknown): JsonLdNode | undefined {
  return node && typeof node === "object" && jsonLdTypes(node as JsonLdNode).includes("BreadcrumbList") ? (node as JsonLdNode) : undefined;
}

/**
 * schema.org BreadcrumbList in JSON-LD, a node of its own or held inline by a `WebPage` (`"breadcrumb": {"@type":
 * "BreadcrumbList", …}`, Arc XP's `mainEntityOfPage`). `item` may be a URL string or an object with
 * `@id`/`url`/`name`.
 */
function jsonLdTrail(page: PageContext): Crumb[] | undefined {
  for (const found of jsonLdNodes(page.doc)) {
    const node = asBreadcrumbList(found) ?? asBreadcrumbList(found.breadcrumb);
    if (!node) continue;
    const elements = Array.isArray(node.itemListElement) ? (node.itemListElement as unknown[]) : [];
    const entries: { crumb: Crumb; position: number }[] = [];
    elements.forEach((entry, index) => {
      if (!entry || typeof entry !== "object") return;
      const listItem = entry as JsonLdNode;
      const item = listItem.item;
      const itemObj = item && typeof item === "object" ? (item as JsonLdNode) : undefined;
      const label = jsonLdText(listItem.name) ?? jsonLdText(itemObj?.name);
      if (!label) return;
      const href = typeof item === "string" ? item : (jsonLdString(itemObj?.["@id"]) ?? jsonLdString(itemObj?.url));
      const position = Number(listItem.position);
      entries.push({ crumb: crumb(label, href, page.base), position: Number.isFinite(position) ? position : index + 1 });
    });
    const crumbs = byPosition(entries);
    if (crumbs) return crumbs;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Trails recognised by their shape
// ---------------------------------------------------------------------------------------------------------

/** The node after `node` in document order; with `skipChildren`, after its subtree. */
function nextNode(node: AnyNode, skipChildren: boolean): AnyNode | null {
  if (!skipChildren && isElement(node) && node.children.length > 0) return node.children[0]!;
  let current: AnyNode | null = node;
  while (current) {
    if (current.next) return current.next;
    current = current.parent;
  }
  return null;
}

/**
 * A link's text as a crumb label, without separators at its ends (`« Apr`, `院校招生资讯>`); a separator at its
 * end separates it from the next crumb.
 */
function linkLabel(a: Element): { label: string; separatorAfter?: string } {
  const text = cleanText(textWithout(a, isTrailNoise));
  const trailing = /\s*([>›»→＞〉]+|\/+)$/.exec(text);
  const label = cleanText((trailing ? text.slice(0, text.length - trailing[0].length) : text).replace(/^[\s>›»→＞〉«‹/]+/, ""));
  if (!trailing || !label) return { label };
  return { label, separatorAfter: trailing[1]!.startsWith("/") ? "/" : ">" };
}

/** A link that opens a trail: named like a front page, or a short name linking to one. */
function isHomeLink(a: Element): boolean {
  if (a.attribs.href === undefined) return false;
  const text = shortText(a, 40);
  if (text === undefined) return false;
  const label = cleanText(text);
  if (!label) return false;
  return HOME_LABEL.test(label) || (label.length <= 20 && isFrontPageHref(a.attribs.href));
}

/**
 * The text of a link when it is short (at most `max` characters, noise left out), else `undefined`: home links
 * are tested on every link of the page, and most are longer.
 */
function shortText(root: Element, max: number): string | undefined {
  shortRead = "";
  shortMax = max;
  shortTooLong = false;
  walk(root, readShortText);
  const text = shortTooLong ? undefined : shortRead;
  shortRead = "";
  return text;
}

// `shortText`'s walk: its state and visitor at module level, so a call (one per link of the page) makes no closure.
// The visitor reads no other text (`isTrailNoise` looks at names only), so no walk of it nests in another.
let shortRead = "";
let shortMax = 0;
let shortTooLong = false;

function readShortText(node: AnyNode): boolean {
  if (shortTooLong) return false;
  if (isElement(node)) return !isTrailNoise(node);
  if (node.type === "text") {
    shortRead += node.data;
    if (shortRead.length > shortMax && shortRead.trim().length > shortMax) shortTooLong = true;
  }
  return true;
}

/**
 * Reads a trail forward from its start: crumbs (links, or a short text) alternating with separators, across
 * element boundaries (trails in table cells). The run ends at the first thing that breaks the alternation (a
 * link right after a crumb, text that is not a separator after one), at a heading or paragraph, or after
 * `MAX_SHAPE_STEPS` nodes. Returns the crumbs with the separators seen.
 */
function readShapeTrail(start: AnyNode, first: Crumb | undefined, rest: string, base: string | undefined): ShapeRun {
  const crumbs: Crumb[] = first ? [first] : [];
  const separators = new Set<string>();
  // Links, counted apart from URLs: a relative link on a page whose URL is unknown has none.
  let links = first ? 1 : 0;
  let expectSeparator = crumbs.length > 0;
  let done = false;

  /** Takes a text run; returns false when it ends the trail. */
  const readText = (text: string): boolean => {
    let last = 0;
    const pieces: { separator?: string; text?: string }[] = [];
    for (const m of allMatches(SHAPE_SEPARATOR, text)) {
      pieces.push({ text: text.slice(last, m.index) }, { separator: m[0][0] });
      last = m.index! + m[0].length;
    }
    pieces.push({ text: text.slice(last) });
    for (const piece of pieces) {
      if (piece.separator !== undefined) {
        // A separator right after the label, or doubled (`> >`), separates nothing.
        if (expectSeparator) separators.add(piece.separator === "/" ? "/" : ">");
        expectSeparator = false;
        continue;
      }
      const label = cleanText(piece.text ?? "");
      if (!label) continue;
      // An unlinked crumb: the current page (`正文`, the article's title), or an unlinked home or section. A bare
      // number is a calendar's or a pager's, not a crumb.
      if (expectSeparator || label.length > 100 || /^[\d\s.,:|«»‹›]+$/.test(label)) return false;
      crumbs.push({ label });
      expectSeparator = true;
    }
    return true;
  };

  if (rest && !readText(rest)) return { crumbs, separators, links };
  let node = nextNode(start, true);
  for (let steps = 0; node && !done && steps < MAX_SHAPE_STEPS && crumbs.length <= MAX_SHAPE_CRUMBS; steps++) {
    if (isElement(node)) {
      const name = tagName(node);
      if (TRAIL_ENDS.has(name)) break;
      if (SKIPPED.has(name) || isHidden(node)) {
        node = nextNode(node, true);
        continue;
      }
      if (name === "a") {
        const { label, separatorAfter } = linkLabel(node);
        if (label) {
          if (expectSeparator) break;
          crumbs.push(crumb(label, node.attribs.href, base));
          links++;
          // `<a>院校招生资讯&gt;</a><a>中央美术学院</a>`: the separator is inside the link.
          expectSeparator = !separatorAfter;
          if (separatorAfter) separators.add(separatorAfter);
        }
        node = nextNode(node, true);
        continue;
      }
    } else if (node.type === "text" && !readText(node.data)) {
      done = true;
    }
    node = nextNode(node, false);
  }
  return { crumbs, separators, links };
}

/** What `readShapeTrail` read: the crumbs, the kinds of separator between them, and how many were links. */
interface ShapeRun {
  readonly crumbs: Crumb[];
  readonly separators: ReadonlySet<string>;
  readonly links: number;
}

/**
 * A shape trail is kept when it has two crumbs or more, a link among them, at most `MAX_SHAPE_CRUMBS`, and one
 * kind of separator. A run that slashes separate and that neither a label opens nor an unlinked current page
 * ends is more likely a menu (`首页 / 新闻 / 体育`), so it is not kept.
 */
function isShapeTrail({ crumbs, separators, links }: ShapeRun, labelled: boolean): boolean {
  if (crumbs.length < 2 || crumbs.length > MAX_SHAPE_CRUMBS || separators.size !== 1 || links === 0) return false;
  // An unlinked last crumb is the current page; every other one, here, was a link.
  if (separators.has("/") && !labelled && links === crumbs.length) return false;
  return crumbs.every((c) => c.label.length <= 100);
}

interface ShapeStart {
  readonly node: AnyNode;
  /** The home crumb, when the trail starts at a home link. */
  readonly home?: Crumb;
  /** Text after a "you are here" label, in the same text node. */
  readonly rest: string;
}

/**
 * Where shape trails may start, in page order: home links, and texts ending with a "you are here" label.
 * Found one at a time, as the caller asks: the page is read only as far as its trail.
 */
function* shapeStarts(page: PageContext): Generator<ShapeStart> {
  const stack: AnyNode[] = [...page.doc.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) {
      // The parser lower-cases tag names; this runs on every element of the page.
      const name = node.name;
      if (name === "head" || SKIPPED.has(name) || isHidden(node)) continue;
      if (name === "a") {
        if (isHomeLink(node)) yield { node, home: crumb(linkLabel(node).label, node.attribs.href, page.base), rest: "" };
        continue;
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    } else if (node.type === "text" && LABEL_HINT.test(node.data)) {
      const m = TRAIL_LABEL.exec(node.data);
      if (m) yield { node, rest: node.data.slice(m.index + m[0].length) };
    } else if (node.type === "root" || node.type === "cdata") for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/**
 * A trail of any markup: a short run of links separated by `>` `›` `»` `/` `→` that starts with a home link or
 * follows a "you are here" label (`首页 > 要闻 > 正文`, `当前位置：首页 > 新闻动态`). Menus (links with no
 * separators between them, or too many) and tag lists (no home link, no label) are not trails.
 */
function shapeTrail(page: PageContext): Crumb[] | undefined {
  for (const start of shapeStarts(page)) {
    const run = readShapeTrail(start.node, start.home, start.rest, page.base);
    if (isShapeTrail(run, start.home === undefined)) return run.crumbs;
  }
  return undefined;
}

/**
 * Containers whose class names a trail in other words (`position`, `location`, `weizhi`, `dqwz`, `crumbs`,
 * `nav-path` …): their first link opens a shape trail even without a home link or a label.
 */
function namedContainerTrail(page: PageContext): Crumb[] | undefined {
  // The test runs once per distinct class token and id of the page, not on every element.
  for (const container of elementsWithKey(page.doc, hasContainerTokenIn)) {
    const link = selectSimple("a[href]", container)[0];
    if (!link) continue;
    const label = cleanText(textWithout(link, isTrailNoise));
    if (!label) continue;
    const run = readShapeTrail(link, crumb(label, link.attribs.href, page.base), "", page.base);
    if (isShapeTrail(run, true) && run.crumbs.every((c) => containsCrumb(container, c))) return run.crumbs;
  }
  return undefined;
}

/** True when a class token or an id names a trail container; a token holding other spaces is split at them. */
function hasContainerTokenIn(value: string | undefined): boolean {
  // A substring test first: most names hold none of the words.
  if (value === undefined || !CONTAINER_HINT.test(value)) return false;
  for (const token of value.split(/\s+/)) if (token && TRAIL_CONTAINER_TOKEN.test(token)) return true;
  return false;
}

/** The crumb's text is inside the container (a run read past the container's end is not its trail). */
function containsCrumb(container: Element, c: Crumb): boolean {
  return cleanText(textWithout(container, isTrailNoise)).includes(c.label);
}

// ---------------------------------------------------------------------------------------------------------
// The strategies
// ---------------------------------------------------------------------------------------------------------

/** The breadcrumb strategies, in the order they are tried; the first valid value wins. */
export const breadcrumbStrategies: readonly Strategy<Crumb[]>[] = [
  // Theme markup: Yoast, Rank Math, Breadcrumb NavXT, Bootstrap `ol.breadcrumb`, `nav[aria-label=breadcrumb]`.
  { name: "theme-trail", run: (page) => firstTrail(THEME_TRAILS, page) },
  // schema.org `BreadcrumbList` written in the markup (microdata `itemscope`, RDFa Lite `typeof`).
  { name: "microdata", run: microdataTrail },
  // schema.org `BreadcrumbList` in JSON-LD (Yoast, Rank Math and most news CMSs).
  { name: "json-ld", run: jsonLdTrail },
  // Any element whose class or id says "breadcrumb" / "crumb".
  { name: "class-trail", run: (page) => firstTrail(LOOSE_TRAILS, page) },
  // `首页 > 要闻 > 正文` after a home link or `当前位置：`, in a div, a table cell or anywhere.
  { name: "shape-trail", run: shapeTrail },
  // `<div class="location">新闻中心 > 国内新闻 > 正文</div>`: a container named for a trail in other words.
  { name: "named-container", run: namedContainerTrail },
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
