/**
 * The publication date, from one ordered list of strategies: the dateline's date; then structured data
 * (JSON-LD, `<meta>`, microdata, hAtom, `<time datetime>`, see `structuredDateSources`); then dates printed in
 * the page — after a "published" label, in an element whose class says date or time, next to the headline;
 * a date labelled as an update only when the page prints no other; and as a last resort the first date that
 * stands on a line of its own in the article. Dates in page chrome (navigation, sidebars, site footers,
 * comments) and copyright lines are never read.
 *
 * The winner is then made precise by a second source that names the same day or instant: a dateline's day
 * gets the metadata's time, a metadata day gets the printed time, and a metadata instant in UTC is given in
 * the local time the page prints.
 * @module
 */
import type { AnyNode, Document, Element, ParentNode } from "domhandler";
import { contentContainer } from "../core/content.js";
import { DocumentCache } from "../core/document-cache.js";
import { closest, isElement, isHidden, NON_TEXT_TAGS, rawText, tagName } from "../core/dom.js";
import { elementsByTag, pageIndexOf, positionOf } from "../core/page-index.js";
import { findDatesInText, type DateTextOptions, type TextDate } from "../core/parse-date-text.js";
import { isChrome } from "../core/regions.js";
import { selectSimple } from "../core/simple-select.js";
import { firstAccepted, once, pageContext, type Explained, type PageContext, type Strategy } from "../core/strategy.js";
import { allMatches, cleanText, firstVisibleIndex, squeezeSpaces, visibleEnd } from "../core/text.js";
import { metadataPublished, normalizeDate, structuredDateSources, type DateSource } from "../sources/dates.js";
import { jsonLdArticles, jsonLdPageArticles, jsonLdString } from "../sources/json-ld.js";
import { metaValue } from "../sources/meta.js";
import type { ExtractOptions } from "../types.js";
import { findDateline } from "./dateline.js";

// ---- the page's printed text, read once ------------------------------------------------------------------

/** A stretch of the printed text: an element's text runs from `start` to `end`. */
interface Span {
  start: number;
  end: number;
}

/** A heading: `h1`, `h2` or a theme title element. */
interface Heading extends Span {
  h1: boolean;
}

/** An element that may hold a printed date, by its tag or its class/id. */
interface DateElement extends Span {
  /** Its class/id or tag says date/time/published (`.date`, `.pubtime`, `<time>`); else meta/info/byline. */
  strong: boolean;
}

/** The body's visible text outside page chrome, whitespace-collapsed, with the spans the strategies read. */
interface PrintedPage {
  text: string;
  /** Elements that may hold a printed date, in document order. */
  dateElements: DateElement[];
  /** Short elements whose class says they print some other date: `.updated`, `.lastChangeDate`, `.calendar`. */
  otherDates: Span[];
  /** Those of them that print an update (`.updated-date`, `.lastChangeDate`), in document order. */
  updateElements: Span[];
  /** `h1`/`h2` and theme title elements, in document order. */
  headings: Heading[];
  /** The article's content container, when there is one. */
  container?: Span;
  /** How ambiguous numeric dates are read (month first on `lang="en-US"` pages). */
  dateOptions: DateTextOptions;
}

/** Elements whose text is never printed page text. */
const SKIPPED_TAGS = /* @__PURE__ */ new Set([...NON_TEXT_TAGS, "input", "option"]);

/** Inline elements: no word break at their edges (`2019年<b>9</b>月`). */
const INLINE_TAGS = new Set(["a", "span", "b", "strong", "em", "i", "u", "font", "small", "big", "sup", "sub", "time", "abbr", "cite", "q", "mark", "code", "nobr", "label", "wbr", "s", "strike", "ins", "del"]);

/**
 * Class/id parts of an element that prints the date: `.date`, `.pubtime`, `#pubtime_baidu`, `.post-date`,
 * `.entry-date`, `.publish-text`, `.content-time`, `.field--name-field-publishing-date`, `.datum`, `.fecha`.
 */
const DATE_PART = /date|time|publish|posted|datum|fecha|riqi|shijian|dateline|timestamp/;

/** Class/id parts of an element that holds the byline or the article's particulars, the date among them. */
const INFO_PART = /^(info|infos|meta|metadata|byline|source|author|details|subline|subtitle|dachzeile|article-?info|post-?info|entry-?meta|post-?meta|tit[_-]?bar)$/;

/** Class/id parts of an update's date. */
const UPDATE_PART = /update|modif|change|revis/;

/** Class/id parts that say the element is about something else than the publication. */
const NOT_PUBLISHED_PART = /update|modif|change|edit|revis|expir|runtime|timeline|reading|readtime|read-time|lifetime|times?tamp-?ago|countdown|weather|clock|today|calendar/;

/** An element that says it prints some other date is that only when short; a long one is a container. */
const OTHER_DATE_MAX = 200;

/** Theme title classes that mark the headline element (besides `h1`/`h2`). */
const TITLE_PART = /^(entry-title|post-title|article-title|story-title|headline|title|tit|biaoti|news-title|content-title|art-title)$/;

/** Splits a class/id string into lower-cased parts: tokens, their `-`/`_` parts and camelCase words. */
function classParts(raw: string): string[] {
  const parts: string[] = [];
  for (const token of raw.split(/\s+/)) {
    if (!token || token.length > 80) continue;
    parts.push(token.toLowerCase());
    for (const part of token.replace(/([a-z])([A-Z])/g, "$1-$2").split(/[-_]+/)) if (part && part.length < token.length) parts.push(part.toLowerCase());
  }
  return parts;
}

/** What the walk needs to know of an element, read from its tag and class/id in one go. */
type Role = "strong" | "weak" | "update" | "other" | "title" | "h1" | undefined;

/** Quick tests on the raw class/id string, so that most elements are settled without splitting it. */
const MAY_BE_DATE = /date|time|publish|posted|datum|fecha|riqi|shijian|info|meta|byline|source|author|details|subline|subtitle|dachzeile|bar|modif|change|edit|revis|expir|reading|countdown|weather|clock|today|calendar/i;
const MAY_BE_TITLE = /tit|headline/i;
const MAY_BE_CHROME = /sidebar|side-bar|widget|footer|masthead|header|nav|menu|topbar|comment|respond|popular|most-read|trending|outbrain|taboola/i;
const CHROME_TAGS = new Set(["nav", "aside", "footer", "header", "menu"]);

/**
 * Whether an element prints the date (`strong`), may print it among other particulars (`weak`), prints some
 * other date (`other`: an update, a calendar, a clock), or none of these. The hAtom class `updated` alone does
 * not make a date an update: WordPress themes write `class="entry-date published updated"`.
 */
function dateRole(raw: string, name: string): "strong" | "weak" | "update" | "other" | undefined {
  const tokens = raw.toLowerCase().split(/\s+/).filter(Boolean);
  const other = tokens.filter((token) => NOT_PUBLISHED_PART.test(token));
  const parts = classParts(raw);
  const strong = name === "time" || parts.some((part) => DATE_PART.test(part) && !NOT_PUBLISHED_PART.test(part));
  if (other.length > 0 && !(strong && other.every((token) => token === "updated"))) return other.some((token) => UPDATE_PART.test(token)) ? "update" : "other";
  if (strong) return "strong";
  if (parts.some((part) => INFO_PART.test(part))) return "weak";
  return undefined;
}

/** Microdata / RDFa-lite `datePublished` whose value is written out, not machine-readable. */
const DATE_PUBLISHED_PROP = /(^|\s)(schema:)?datePublished(\s|$)/;

/** The element's role for the printed-text strategies: heading, date element, or nothing. */
function roleOf(el: Element, name: string, raw: string): Role {
  if (name === "h1") return "h1";
  const prop = el.attribs.itemprop ?? el.attribs.property;
  if (prop !== undefined && DATE_PUBLISHED_PROP.test(prop)) return "strong";
  const title = name === "h2";
  if (!raw) return title ? "title" : name === "time" ? "strong" : undefined;
  const date = MAY_BE_DATE.test(raw) ? dateRole(raw, name) : name === "time" ? "strong" : undefined;
  // Blogger's `<h2 class="date-header">` is a date, not a heading.
  if (date === "strong" || date === "update" || date === "other") return date;
  if (title || (MAY_BE_TITLE.test(raw) && classParts(raw).some((part) => TITLE_PART.test(part)))) return "title";
  return date;
}

/**
 * Page chrome for the printed text, as far as the tag, `role` and class/id tell: as `isChrome`, except that a
 * list styled as a nav that names itself the article's particulars (`<ul class="nav meta">`) is not, nor the
 * article's own side column or header. (An element that holds the page's `h1` is not chrome either; the walk
 * checks that.)
 */
function isChromeByClass(el: Element, name: string, raw: string): boolean {
  if (!CHROME_TAGS.has(name) && el.attribs.role === undefined && !MAY_BE_CHROME.test(raw)) return false;
  if (!isChrome(el)) return false;
  if (ARTICLE_OWN_CHROME.test(el.attribs.class ?? "")) return false;
  return !(raw && MAY_BE_DATE.test(raw) && /^(strong|weak)$/.test(dateRole(raw, name) ?? ""));
}

/** What the tag, `role` and class/id of an element say, worked out once per distinct combination on a page. */
interface ElementKind {
  chrome: boolean;
  role: Role;
}

/** The kind of `el`, from its tag `name` and `raw`, its class and id joined by a space. */
function elementKind(el: Element, name: string, raw: string): ElementKind {
  return { chrome: isChromeByClass(el, name, raw), role: roleOf(el, name, raw) };
}

/**
 * Classes of the article's own side column, header or footer (`article__sidebar-left`, `post-header`,
 * `entry-footer`), which hold its byline and date; and Blogger's posts widget (`widget Blog`).
 */
const ARTICLE_OWN_CHROME = /(^|\s)((article|post|entry|story)(-|_|__)(sidebar|side|aside|header|head|footer|foot)|Blog)(\s|-|_|$)/;

/**
 * The root of one article, like `<article>`: microdata `itemtype=…/Article|BlogPosting|NewsArticle` or the hAtom
 * `hentry`. Blogger puts its posts in `<div class="widget Blog">`, which is chrome by its class.
 */
function isArticleRoot(el: Element, name: string): boolean {
  if (name === "article" || name === "main") return true;
  if (el.attribs.itemtype !== undefined && /schema\.org\/\w*(Article|BlogPosting|Posting|Report)\b/.test(el.attribs.itemtype)) return true;
  return el.attribs.class !== undefined && /(^|\s)(hentry|h-entry)(\s|$)/.test(el.attribs.class);
}

/** How many `h1` elements are taken as the article's title (pages with more are listings). */
const MAX_TITLES = 3;

/** A site logo or name set as a heading: `<h1 class="site-title">`, `<div class="logo"><h1>`. */
const LOGO = /logo|site-title|site-name|brand/i;

/** Elements the printed-text walk must not lose inside page chrome, found by one quick walk ahead of it. */
interface Landmarks {
  /** Ancestors of the page's `h1` headings (less logos and breadcrumb crumbs): never chrome. */
  titleHolders: Set<Element>;
  /** Ancestors of article roots and of the content container: chrome around them is walked, not skipped. */
  rootHolders: Set<Element>;
}

function landmarks(root: ParentNode, container: Element | undefined): Landmarks {
  const titleHolders = new Set<Element>();
  const rootHolders = new Set<Element>();
  const addAncestors = (el: Element, into: Set<Element>): void => {
    for (let node = el.parent; node && isElement(node) && !into.has(node); node = node.parent) into.add(node);
  };
  let titles = 0;
  // Only h1s and possible article roots matter: they are read from the page's lookup, not found by a walk.
  const candidates = selectSimple(LANDMARK_CANDIDATES, root);
  if (container && !candidates.includes(container)) {
    const index = pageIndexOf(container)!;
    candidates.push(container);
    candidates.sort((a, b) => positionOf(index, a)! - positionOf(index, b)!);
  }
  for (const node of candidates) {
    if (closest(node, (el) => SKIPPED_TAGS.has(tagName(el)))) continue;
    const name = tagName(node);
    if (name === "h1" && titles < MAX_TITLES && isArticleTitle(node)) {
      titles++;
      addAncestors(node, titleHolders);
    } else if (node === container || isArticleRoot(node, name)) addAncestors(node, rootHolders);
  }
  return { titleHolders, rootHolders };
}

/** Every element `landmarks` may act on, besides the content container. */
const LANDMARK_CANDIDATES = "h1, article, main, [itemtype], .hentry, .h-entry";

/** An `h1` that may be the article's title: not a logo, not the last crumb of a breadcrumb or menu. */
function isArticleTitle(h1: Element): boolean {
  if (LOGO.test(`${h1.attribs.class ?? ""} ${h1.attribs.id ?? ""}`)) return false;
  if (isElement(h1.parent) && LOGO.test(`${h1.parent.attribs.class ?? ""} ${h1.parent.attribs.id ?? ""}`)) return false;
  for (let node = h1.parent; node && isElement(node); node = node.parent) {
    if (tagName(node) === "nav" || tagName(node) === "menu" || /breadcrumb|menu/i.test(node.attribs.class ?? "")) return false;
  }
  return true;
}

/** Walk state of a node: inside page chrome, inside an article root. */
const CHROME = 1;
const IN_ARTICLE = 2;
/** Marks a stack entry as the end of an element. */
const EXIT = 4;

const printedCache = /* @__PURE__ */ new DocumentCache<PrintedPage>();

/**
 * The printed text of the page's `<body>`, one walk per document: text outside page chrome (navigation,
 * sidebars, site footers, comments), with the spans of date elements, headings and the content container.
 */
function printedPage(doc: Document): PrintedPage {
  const cached = printedCache.get(doc);
  if (cached) return cached;
  const root = elementsByTag(doc, "body")[0] ?? doc;
  const container = contentContainer(doc)?.container;
  const { titleHolders, rootHolders } = landmarks(root, container);
  const kinds = new Map<string, ElementKind>();
  const plainKinds = new Map<string, ElementKind>();
  const classKinds = new Map<string, Map<string, ElementKind>>();
  const parts: string[] = [];
  let length = 0;
  let endsWithSpace = true;
  // Each run of whitespace as one space, none at the start of a line or after a space. The spaces at the ends
  // of a piece are pushed on their own: its text between them is then a slice, or the piece itself.
  const space = (): void => {
    if (endsWithSpace) return;
    parts.push(" ");
    length += 1;
    endsWithSpace = true;
  };
  const append = (text: string): void => {
    const start = firstVisibleIndex(text);
    // Whitespace between tags, the most common text node of all, is one space at most.
    if (start < 0) {
      if (text !== "") space();
      return;
    }
    if (start > 0) space();
    const end = visibleEnd(text);
    const inner = squeezeSpaces(start === 0 && end === text.length ? text : text.slice(start, end));
    parts.push(inner);
    length += inner.length;
    endsWithSpace = false;
    if (end < text.length) space();
  };
  // Blocks and `<br>` end a line of the printed text: a date alone on its line is a date line, not a sentence.
  const lineBreak = (): void => {
    const last = parts[parts.length - 1];
    if (last === undefined) return;
    const code = last.charCodeAt(last.length - 1);
    if (code === 10) return;
    if (code === 32) parts[parts.length - 1] = `${last.slice(0, -1)}\n`;
    else {
      parts.push("\n");
      length += 1;
    }
    endsWithSpace = true;
  };
  const page: PrintedPage = { text: "", dateElements: [], otherDates: [], updateElements: [], headings: [], dateOptions: { monthFirst: isUsEnglish(doc) } };
  // An iterative walk: nodes and their state flags on two parallel stacks; what to do on leaving an element on
  // three more (no object per element).
  const nodes: AnyNode[] = [];
  const flags: number[] = [];
  // Where the element's text starts, its role, and whether it is a block (whose end ends a line).
  const exitStarts: number[] = [];
  const exitRoles: (Role | "container" | undefined)[] = [];
  const exitBlocks: boolean[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) nodes.push(root.children[i]!), flags.push(0);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const flag = flags.pop()!;
    if (flag & EXIT) {
      const start = exitStarts.pop()!;
      const role = exitRoles.pop();
      if (exitBlocks.pop()) lineBreak();
      // `<time class="published">…</time><time class="updated">…</time>`: two dates, not one run of digits.
      else if (role === "strong" || role === "weak" || role === "update" || role === "other") space();
      if (role === "strong" || role === "weak") page.dateElements.push({ start, end: length, strong: role === "strong" });
      else if (role === "title" || role === "h1") page.headings.push({ start, end: length, h1: role === "h1" });
      else if (role === "container") page.container = { start, end: length };
      else if ((role === "other" || role === "update") && length - start <= OTHER_DATE_MAX) {
        page.otherDates.push({ start, end: length });
        if (role === "update") page.updateElements.push({ start, end: length });
      }
      continue;
    }
    if (node.type === "text") {
      if (!(flag & CHROME)) append(node.data);
      continue;
    }
    if (!isElement(node)) continue;
    const name = tagName(node);
    if (SKIPPED_TAGS.has(name) || isHidden(node)) continue;
    if (name === "br") {
      lineBreak();
      continue;
    }
    // Pages repeat a few class names thousands of times: each combination is worked out once. Most elements
    // have a class or nothing else, so those are looked up by class, then tag, without building a key.
    const { class: cls, id, role: ariaRole, itemprop, property } = node.attribs;
    let kind: ElementKind | undefined;
    if (id === undefined && ariaRole === undefined && itemprop === undefined && property === undefined) {
      let byTag = cls === undefined ? plainKinds : classKinds.get(cls);
      if (byTag === undefined) classKinds.set(cls!, (byTag = new Map()));
      kind = byTag.get(name);
      if (!kind) byTag.set(name, (kind = elementKind(node, name, cls === undefined ? "" : `${cls} `)));
    } else {
      const raw = cls === undefined && id === undefined ? "" : `${cls ?? ""} ${id ?? ""}`;
      const key = `${name} ${ariaRole ?? ""} ${itemprop ?? ""} ${property ?? ""} ${raw}`;
      kind = kinds.get(key);
      if (!kind) kinds.set(key, (kind = elementKind(node, name, raw)));
    }
    let state = flag;
    if (isArticleRoot(node, name)) state = IN_ARTICLE;
    else if (!(state & CHROME) && kind.chrome && !((name === "header" || name === "footer" || name === "aside") && state & IN_ARTICLE) && !titleHolders.has(node)) state |= CHROME;
    const block = !INLINE_TAGS.has(name);
    if (block) lineBreak();
    // Chrome prints nothing: its subtree is skipped unless an article root or the content container is inside.
    if (state & CHROME && !rootHolders.has(node)) continue;
    const role = node === container ? "container" : state & CHROME ? undefined : kind.role;
    if (block || role) {
      exitStarts.push(length);
      exitRoles.push(role);
      exitBlocks.push(block);
      nodes.push(node);
      flags.push(EXIT);
    }
    for (let i = node.children.length - 1; i >= 0; i--) nodes.push(node.children[i]!), flags.push(state);
  }
  page.text = parts.join("");
  page.otherDates.sort((a, b) => a.start - b.start);
  printedCache.set(doc, page);
  return page;
}

/** `lang="en-US"` (or plain `en`): numeric dates like `05/07/2021` are month first there. */
function isUsEnglish(doc: Document): boolean {
  const lang = elementsByTag(doc, "html")[0]?.attribs.lang ?? "";
  return /^en(-us)?$/i.test(lang.trim());
}

// ---- reading dates from the printed text -----------------------------------------------------------------

/**
 * Labels that introduce the publication date: zh (发布时间, 發佈時間, 发表于, 日期), en (Published, Posted on),
 * de (Veröffentlicht, Erschienen), fr (Publié le), es/pt (Publicado), it (Pubblicato), nl (Gepubliceerd),
 * ja (投稿日, 公開日, 配信日), ko (입력, 등록, 작성일). Matched where a date follows within a few characters.
 */
const PUBLISHED_LABEL =
  /(?:发布时间|发布日期|发布于|發佈時間|發布時間|發佈日期|發布日期|發佈於|發布於|发表时间|发表日期|发表于|發表時間|發表於|发稿时间|刊发时间|出版日期|时间|時間|日期|published(?: on| at)?|first published|posted(?: on| at)?|date published|publication date|release date|(?:erst)?veröffentlicht(?: am)?|(?:erst)?veröffentlichung(?:sdatum)?|erschienen(?: am)?|publiziert(?: am)?|erstellt(?: am)?|datum|publié le|mis en ligne le|date de publication|publicado(?: el| em| a las)?|fecha de publicación|fecha|pubblicato(?: il)?|gepubliceerd(?: op)?|投稿日時?|公開日時?|掲載日時?|配信日時?|作成日|기사입력|입력|등록일?|작성일|게시일|발행일)/gi;

/**
 * Labels of a modification, which a date must not follow: 更新 (最后更新, 更新时间), 修改, Updated, Last updated,
 * Modified, Aktualisiert, Geändert, Stand, Mis à jour, Actualizado, Aggiornato, Bijgewerkt, Atualizado,
 * 更新日, 수정, 업데이트.
 */
const UPDATED_WORDS =
  "(?:更新|修改|修訂|updated|last updated|modified|last modified|revised|aktualisiert|zuletzt geändert|geändert|letzte änderung|stand|mis à jour|modifié|actualizado|modificado|aggiornato|bijgewerkt|atualizado|수정|업데이트)(?: am| on| at| le| el| em| il| op|时间|時間|日期|日時?)?";
const UPDATED_LABEL = /* @__PURE__ */ new RegExp(`${UPDATED_WORDS}\\s{0,2}[:：]?\\s{0,2}$`, "iu");
/** The update labels wherever they stand in a text. */
const UPDATE_LABEL_ANYWHERE = /* @__PURE__ */ new RegExp(UPDATED_WORDS, "giu");

/** A copyright notice just before a date: `© 2019`, `Copyright 2004-2008`, `版权所有`. */
const COPYRIGHT_BEFORE = /(?:©|\(c\)|copyright|版权|版權|all rights reserved)/i;

/**
 * True when the date at `index` is labelled as a modification, sits in a copyright notice, or in an element
 * whose class says it prints some other date.
 */
function isExcluded(page: PrintedPage, index: number): boolean {
  const before = page.text.slice(Math.max(0, index - 32), index);
  if (UPDATED_LABEL.test(before) || COPYRIGHT_BEFORE.test(before)) return true;
  for (const span of page.otherDates) {
    if (span.start > index) break;
    if (index < span.end) return true;
  }
  return false;
}

/** The dates printed in `text` between `start` and `end`, with offsets in `text`; excluded ones left out. */
function datesBetween(page: PrintedPage, start: number, end: number, options?: DateTextOptions): TextDate[] {
  const from = Math.max(0, start);
  const to = Math.min(page.text.length, end);
  if (to <= from) return [];
  return findDatesInText(page.text.slice(from, to), options ?? page.dateOptions)
    .map((d) => ({ ...d, index: d.index + from }))
    .filter((d) => !isExcluded(page, d.index));
}

/** How far past a label its date may start: `发布时间：`, `Published: 10:55 EDT, 7 May 2020`. */
const LABEL_GAP = 16;

/** How many characters after (and before) the headline count as "next to" it. */
const AFTER_HEADLINE = 240;
const BEFORE_HEADLINE = 160;

/** How far from the headline a date element may sit. */
const DATE_ELEMENT_REACH = 2500;

/** How much of the article text the last-resort strategy reads, and how much before it (the byline line). */
const ARTICLE_REACH = 3000;
const ARTICLE_LEAD = 200;

/** A weak date element (`.meta`, `.info`, `.byline`) longer than this is a container, not a particulars line. */
const WEAK_ELEMENT_MAX = 300;

/** A strong date element longer than this is a wrapper: a `.date` that holds a whole section is not about the date. */
const STRONG_ELEMENT_MAX = 200;

/** The span of the headline in the printed text: the heading that states it, else its first occurrence. */
function headlineSpan(page: PageContext, printed: PrintedPage): Span | undefined {
  return once(page, "headline-span", () => findHeadlineSpan(page, printed));
}

function findHeadlineSpan(page: PageContext, printed: PrintedPage): Span | undefined {
  const titles = statedTitles(page.doc);
  // A heading that states a title, then the title anywhere in the printed text (table layouts have no h1).
  for (const wanted of titles) {
    for (const span of printed.headings) {
      const at = printed.text.slice(span.start, span.end).indexOf(wanted);
      if (at >= 0) return { start: span.start + at, end: span.start + at + wanted.length };
    }
  }
  for (const wanted of titles) {
    const at = printed.text.indexOf(wanted);
    if (at >= 0) return { start: at, end: at + wanted.length };
  }
  // No stated title is printed: the first h1, else title element.
  return printed.headings.find((h) => h.h1) ?? printed.headings[0];
}

/** Separators between a title and the site's name in `<title>` and `og:title`. */
const TITLE_SEPARATOR = /\s[|\-–—:·•»]\s|\s?[｜_]\s?|\s::\s/;

/** A title part shorter than this is a site or section name, not the headline. */
const MIN_TITLE_PART = 6;

/**
 * The titles the page states for itself (JSON-LD `headline`, `og:title`, `<title>`), each also without a
 * trailing bracket (`(页 1)`, `[Video]`) and split at site-name separators, longest first. Read from metadata
 * rather than from the headline extractor, so that this entry does not bundle it.
 */
function statedTitles(doc: Document): string[] {
  const stated: string[] = [];
  for (const article of jsonLdArticles(doc)) {
    const headline = jsonLdString(article.headline);
    if (headline) stated.push(headline);
  }
  const og = metaValue(doc, "og:title", "twitter:title");
  if (og) stated.push(og);
  const title = elementsByTag(doc, "title")[0];
  if (title) stated.push(rawText(title));
  const out = new Set<string>();
  for (const raw of stated) {
    const text = cleanText(raw);
    if (text.length > 300) continue;
    out.add(text);
    out.add(text.replace(TRAILING_BRACKET, ""));
    for (const part of text.split(TITLE_SEPARATOR)) if (cleanText(part).length >= MIN_TITLE_PART) out.add(cleanText(part));
  }
  return [...out].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
}

/** A bracketed tail of a title: `(页 1)`, `（图）`, `[Video]`, `【组图】`. */
const TRAILING_BRACKET = /\s?[(（[【][^()（）[\]【】]{1,16}[)）\]】]$/;

/** Dates after a publication label (`发布时间：2019-09-23 14:34:05`, `Veröffentlicht am 23.09.2019`). */
function labelledDate(page: PageContext): string | undefined {
  const printed = printedPage(page.doc);
  const area = articleArea(page, printed);
  const text = printed.text.slice(area.start, area.end);
  for (const m of allMatches(PUBLISHED_LABEL, text)) {
    const at = area.start + m.index;
    const end = at + m[0].length;
    // A whole word in alphabetic scripts: "Datum" but not "Aktualisierungsdatum" or "Datumsgrenze".
    if (/^[a-z]/i.test(m[0]) && (isLetter(printed.text, at - 1) || isLetter(printed.text, end))) continue;
    // 更新日期, Zuletzt aktualisiert am: the label names an update.
    if (UPDATED_LABEL.test(printed.text.slice(Math.max(0, at - 16), end))) continue;
    const date = datesBetween(printed, end, end + LABEL_GAP + 40).find((d) => d.index - end <= LABEL_GAP);
    if (date) return date.value;
  }
  return undefined;
}

function isLetter(text: string, index: number): boolean {
  return index >= 0 && index < text.length && /\p{L}/u.test(text[index]!);
}

/** How far around the article labels are looked for: the byline above, a post footer below. */
const AREA_BEFORE = 400;
const AREA_AFTER = 2000;
/** Without a headline or content container, how much of the page's text is read. */
const AREA_DEFAULT = 30_000;

/**
 * The part of the printed text that belongs to the article: from just before the headline (or the content
 * container) to a little past the container's end. Labels are looked for there only, so a long page costs
 * no more than its article.
 */
function articleArea(page: PageContext, printed: PrintedPage): Span {
  const headline = headlineSpan(page, printed);
  const container = printed.container;
  if (!headline && !container) return { start: 0, end: Math.min(printed.text.length, AREA_DEFAULT) };
  const start = Math.min(headline?.start ?? Infinity, container?.start ?? Infinity);
  const end = Math.max(headline ? headline.end + AREA_AFTER : 0, container ? container.end + AREA_AFTER : 0);
  return { start: Math.max(0, start - AREA_BEFORE), end: Math.min(printed.text.length, end) };
}

/**
 * The date in an element whose class or id says so (`.date`, `.pubtime`, `<time>`, `.post-meta`), the one
 * nearest the headline first; a date element before the headline counts double its distance.
 */
function dateElementDate(page: PageContext): string | undefined {
  const printed = printedPage(page.doc);
  const headline = headlineSpan(page, printed);
  const distance = (el: Span): number => {
    if (!headline) return el.start;
    if (el.start >= headline.end) return el.start - headline.end;
    if (el.end <= headline.start) return 2 * (headline.start - el.end);
    return 0;
  };
  // A date element that holds the headline, or a long text, is a wrapper: its date elements are read instead.
  const candidates = printed.dateElements
    .filter((el) => el.end > el.start && el.end - el.start <= (el.strong ? STRONG_ELEMENT_MAX : WEAK_ELEMENT_MAX))
    .filter((el) => !headline || (distance(el) <= DATE_ELEMENT_REACH && !(el.start <= headline.start && el.end >= headline.end)))
    .sort((a, b) => distance(a) - distance(b) || Number(b.strong) - Number(a.strong));
  for (const el of candidates) {
    // A short element that says it holds the date may write the year in two digits: `31.10.23`.
    const options = { ...printed.dateOptions, twoDigitYears: true };
    const date = datesBetween(printed, el.start, el.end, options)[0];
    if (date) return date.value;
  }
  return undefined;
}

/** A date printed right under the headline (`<h1>…</h1><p>2019-09-23 14:34 来源：…</p>`), else right above it. */
function nearHeadlineDate(page: PageContext): string | undefined {
  const printed = printedPage(page.doc);
  const headline = headlineSpan(page, printed);
  if (!headline) return undefined;
  const after = datesBetween(printed, headline.end, headline.end + AFTER_HEADLINE)[0];
  if (after) return after.value;
  const before = datesBetween(printed, headline.start - BEFORE_HEADLINE, headline.start);
  return before[before.length - 1]?.value;
}

/**
 * A date labelled as an update (`Aktualisiert: 31 Okt 2023`, `Last updated: January 7, 2025`) or printed in an
 * element whose class says so, when the page prints no other: the publication is no later, and pages that
 * print only this date mean it as theirs.
 */
function updatedDate(page: PageContext): string | undefined {
  const printed = printedPage(page.doc);
  const area = articleArea(page, printed);
  const text = printed.text.slice(area.start, area.end);
  for (const m of allMatches(UPDATE_LABEL_ANYWHERE, text)) {
    const at = area.start + m.index;
    const end = at + m[0].length;
    if (/^[a-z]/i.test(m[0]) && (isLetter(printed.text, at - 1) || isLetter(printed.text, end))) continue;
    const window = printed.text.slice(end, end + LABEL_GAP + 40);
    const date = findDatesInText(window, printed.dateOptions).find((d) => d.index <= LABEL_GAP);
    if (date && !COPYRIGHT_BEFORE.test(printed.text.slice(Math.max(0, at - 32), at))) return date.value;
  }
  // `<div class="updated-date">April 5, 2018 | 6:00 PM</div>` under the headline.
  const headline = headlineSpan(page, printed);
  for (const el of printed.updateElements) {
    if (headline && Math.abs(el.start - headline.end) > DATE_ELEMENT_REACH) continue;
    const date = findDatesInText(printed.text.slice(el.start, el.end), printed.dateOptions)[0];
    if (date) return date.value;
  }
  return undefined;
}

/** A date line is short: `Christian Kahle, 03.11.2023 15:32 Uhr`, `2003-5-29 09:07 高山流水`, not a paragraph. */
const DATE_LINE_MAX = 100;

/** True when the line of printed text around `index` (lines end at blocks and `<br>`) is at most `max` long. */
function onShortLine(text: string, index: number, max: number): boolean {
  let from = index;
  while (from > 0 && text.charCodeAt(from - 1) !== 10) if (index - --from > max) return false;
  let to = index;
  while (to < text.length && text.charCodeAt(to) !== 10) if (++to - from > max) return false;
  return true;
}

/**
 * The last resort: the first date in the article text (or on the line just above it) that stands on a short
 * line of its own (a date or byline line), not one a sentence mentions ("Am 31.10.2023, gegen 23 Uhr …", "2004年11月14日，回国…").
 */
/**
 * A month with no day, printed on a line of its own in the article: a magazine reprint's issue
 * (`——《北京之春》1996年6月号`) or a report's date line (`2003年5月`). ISO 8601 allows a date of month
 * precision, `1996-06`; no day is invented.
 */
const ISSUE_MONTH = /(?:^|[》」』\s—-])((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月(?:号|號|刊|期)?\s*$/;

function issueMonth(page: PageContext): string | undefined {
  const printed = printedPage(page.doc);
  const area = printed.container;
  if (!area) return undefined;
  const text = printed.text.slice(Math.max(0, area.start - ARTICLE_LEAD), area.end);
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed.length === 0 || trimmed.length > 40) continue;
    const m = ISSUE_MONTH.exec(trimmed);
    if (m) return `${m[1]}-${m[2]!.padStart(2, "0")}`;
  }
  return undefined;
}

function articleFirstDate(page: PageContext): string | undefined {
  const printed = printedPage(page.doc);
  const area = printed.container;
  if (!area) return undefined;
  const dates = datesBetween(printed, area.start - ARTICLE_LEAD, Math.min(area.end, area.start + ARTICLE_REACH));
  return dates.find((d) => onShortLine(printed.text, d.index, DATE_LINE_MAX))?.value;
}

// ---- the strategies --------------------------------------------------------------------------------------

/** The structured-data sources as strategies, in their order. */
function fromSources(sources: readonly DateSource[]): Strategy<string>[] {
  return sources.map((source) => ({ name: source.name, run: (page: PageContext) => source.read(page.doc) }));
}

/** The publication date strategies, in the order they are tried. */
export const publishedStrategies: readonly Strategy<string>[] = [
  { name: "dateline", run: (page) => findDateline(page)?.value.date },
  ...(/* @__PURE__ */ fromSources(structuredDateSources)),
  { name: "labelled-text", run: labelledDate },
  { name: "date-element", run: dateElementDate },
  { name: "near-headline", run: nearHeadlineDate },
  { name: "updated-date", run: updatedDate },
  { name: "article-first-date", run: articleFirstDate },
  { name: "issue-month", run: issueMonth },
];

/** The strategies that read printed dates, used to make a metadata date precise. */
const PRINTED = new Set(["labelled-text", "date-element", "near-headline"]);

/** The strategies that read the printed text: their dates are as precise as the page prints them. */
const TEXT_STRATEGIES = new Set([...PRINTED, "updated-date", "article-first-date"]);

/** `2024-05-02T14:30`: a date-time without a zone. */
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A bare midnight, which CMSs write for "no time". */
const BARE_MIDNIGHT = /T00:00(:00)?$/;
/** A midnight in any zone, which says no more than the day either. */
const ANY_MIDNIGHT = /T00:00(?::00)?(?:\.0+)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Makes a date precise with a printed one. A date alone (or at a bare midnight, which CMSs write for "no
 * time") takes the time of a printed date-time on the same day. A UTC instant that the page prints in local
 * time (`12:48:06Z` printed as `13:48`) is restated in that local time with its offset (`13:48:06+01:00`):
 * the same instant, as the page shows it.
 */
function refine(found: Explained<string>, printed: string, suffix: string): Explained<string> | undefined {
  if (printed.length <= 10) return undefined;
  const value = found.value;
  if (value.length === 10 || BARE_MIDNIGHT.test(value)) {
    return printed.slice(0, 10) === value.slice(0, 10) ? { value: printed, strategy: `${found.strategy}+${suffix}` } : undefined;
  }
  const local = LOCAL_TIME.exec(printed);
  if (!local || !/(Z|[+-]00:00)$/.test(value)) return undefined;
  const instant = Date.parse(value);
  const [, y, mo, d, h, mi] = local;
  const shown = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  const offset = Math.round((shown - Math.floor(instant / 60_000) * 60_000) / 60_000);
  if (Number.isNaN(offset) || offset === 0 || Math.abs(offset) > 14 * 60 || offset % 15 !== 0) return undefined;
  const seconds = /T\d{2}:\d{2}:(\d{2})/.exec(value)?.[1] ?? "00";
  const sign = offset < 0 ? "-" : "+";
  const zone = `${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0")}:${String(Math.abs(offset) % 60).padStart(2, "0")}`;
  return { value: `${y}-${mo}-${d}T${h}:${mi}:${seconds}${zone}`, strategy: `${found.strategy}+${suffix}` };
}

/** A date `refine` may make precise: a day alone, a bare midnight, or an instant in UTC. */
function refinable(value: string): boolean {
  return value.length === 10 || BARE_MIDNIGHT.test(value) || /(Z|[+-]00:00)$/.test(value);
}

/**
 * Makes a structured date precise with another structured source that states the same moment more fully: a day
 * alone (or at a bare midnight) takes the time of another source on the same day (JSON-LD `"2024-06-12"` beside
 * `<time datetime="2024-06-12T09:15:00+07:00">`), and a time without a zone the offset of another source that
 * states the same wall time (JSON-LD `2024-06-12T08:30:00` beside `article:published_time`
 * `2024-06-12T08:30:00+07:00`).
 */
function fromOtherSource(found: Explained<string>, page: PageContext): Explained<string> | undefined {
  const value = found.value;
  const day = value.length === 10 || BARE_MIDNIGHT.test(value);
  if (!day && !LOCAL_TIME.test(value)) return undefined;
  // The other JSON-LD nodes the page states about itself (Yoast's `WebPage` beside a theme's `Article`), then the
  // other sources.
  const others: [string, () => string | undefined][] = jsonLdPageArticles(page.doc).map((node) => ["json-ld", () => normalizeDate(jsonLdString(node.datePublished))]);
  for (const source of structuredDateSources) if (source.name !== found.strategy) others.push([source.name, () => source.read(page.doc)]);
  for (const [name, read] of others) {
    const other = read();
    if (!other || other.length <= 16 || ANY_MIDNIGHT.test(other)) continue;
    const same = day ? other.slice(0, 10) === value.slice(0, 10) : other.slice(0, 16) === value.slice(0, 16) && /(?:Z|[+-]\d{2}:?\d{2})$/.test(other);
    if (same) return { value: other, strategy: `${found.strategy}+${name}` };
  }
  return undefined;
}

/** The printed dates, from the strategies that read them, for `refine`; read one at a time as needed. */
function* printedDates(page: PageContext): Generator<string> {
  for (const strategy of publishedStrategies) {
    if (!PRINTED.has(strategy.name)) continue;
    const value = strategy.run(page);
    if (value) yield value;
  }
}

/** The publication date with the strategy that found it, or `undefined`. */
export function findPublished(page: PageContext): Explained<string> | undefined {
  let found = firstAccepted(publishedStrategies, page);
  if (!found) return undefined;
  if (found.strategy === "dateline") {
    // Same day in both: the metadata knows the time too.
    const meta = metadataPublished(page.doc);
    if (meta && meta.date.slice(0, 10) === found.value.slice(0, 10) && meta.date.length > found.value.length) {
      return { value: meta.date, strategy: `dateline+${meta.source}` };
    }
    return found;
  }
  if (TEXT_STRATEGIES.has(found.strategy)) return found;
  found = fromOtherSource(found, page) ?? found;
  if (!refinable(found.value)) return found;
  for (const printed of printedDates(page)) {
    const refined = refine(found, printed, "printed-time");
    if (refined) return refined;
  }
  return found;
}

/**
 * The article's publication date in ISO 8601 (`2021-07-28`, or `2024-05-02T14:30:00-04:00` when a time is
 * known); `undefined` when the page states none.
 */
export function extractPublished(doc: Document, options?: ExtractOptions): string | undefined {
  return findPublished(pageContext(doc, options))?.value;
}
