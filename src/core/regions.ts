/**
 * Which parts of a page are chrome (navigation, sidebars, footers, widgets) rather than the article, judged
 * from tag names and class/id tokens. Shared by the extractors that must ignore look-alike markup outside
 * the article: a tag cloud widget is not the article's tags, a sidebar thumbnail is not its figure.
 * @module
 */
import type { AnyNode, Element } from "domhandler";
import { closest, isElement, tagName } from "./dom.js";
import { letterStats } from "./page-index.js";

/** Tags that are page chrome wherever they appear. */
const CHROME_TAGS = new Set(["nav", "aside", "footer", "header", "menu"]);

/**
 * Class/id tokens of page chrome. Matched against whole tokens or their `-`/`_`-separated parts, so
 * `sidebar-left` and `widget_tag_cloud` match but `shadow` does not match `ad`.
 */
const CHROME_TOKEN = /^(sidebar|side-bar|widget|widgets|footer|site-footer|masthead|site-header|navbar|nav|menu|topbar|comments?|comment-list|respond|popular|most-read|trending|outbrain|taboola)$/;

/**
 * One distinct class value (or id value): its tokens, split once, and the answers of the patterns asked of it
 * so far. Keyed by the attribute's value, not by element: a page repeats a few class lists over hundreds of
 * elements (menu items, list entries, teaser cards), and the content detector asks several patterns of each
 * element. Classes and ids are kept apart: ids are mostly unique, and a key joining the two would be a new
 * string for every element with an id.
 */
interface TokenRecord {
  /** The value, as a string of its own (see `tokenRecord`). */
  readonly value: string;
  readonly tokens: readonly string[];
  readonly answers: Map<RegExp, boolean>;
}

/** Bounded: a page made of 100 000 distinct class names must not grow them without end. */
const MAX_RECORDS = 20_000;
/**
 * The records of one attribute (class or id), and the last one asked for: the content detector asks several
 * patterns of one element in a row (noise, chrome, related block …), and the same value answers at once,
 * without a lookup in the map.
 */
interface Records {
  readonly byValue: Map<string, TokenRecord>;
  lastValue: string | undefined;
  lastRecord: TokenRecord | undefined;
}

const classRecords: Records = { byValue: /* @__PURE__ */ new Map(), lastValue: undefined, lastRecord: undefined };
const idRecords: Records = { byValue: /* @__PURE__ */ new Map(), lastValue: undefined, lastRecord: undefined };

function tokenRecord(records: Records, value: string): TokenRecord {
  if (value === records.lastValue) return records.lastRecord!;
  const { byValue } = records;
  let record = byValue.get(value);
  if (!record) {
    if (byValue.size >= MAX_RECORDS) byValue.clear();
    // The records outlive the document, and an attribute value is a slice of the page's HTML: kept as it is, it
    // would keep the whole page alive (72 MB retained after 200 corpus pages). A copy of its own is kept instead.
    const own = ` ${value}`.slice(1);
    record = { value: own, tokens: splitTokens(own), answers: new Map() };
    byValue.set(own, record);
  }
  records.lastValue = record.value;
  records.lastRecord = record;
  return record;
}

function splitTokens(value: string): string[] {
  const out: string[] = [];
  for (const token of value.toLowerCase().split(/\s+/)) {
    if (!token) continue;
    out.push(token);
    // WordPress post classes (`category-native-advertising`, `tag-social-media`) carry the author's words, not
    // the block's role: they are matched whole, never by their parts. So are classes that say a *label* is
    // hidden (Drupal's `field--label-hidden`, on every body field): the element itself is not.
    if (/[-_]/.test(token) && !WHOLE_ONLY.test(token)) for (const part of token.split(/[-_]+/)) if (part) out.push(part);
  }
  return out;
}

/** Class tokens matched whole, never by their `-`/`_` parts (see `splitTokens`). */
const WHOLE_ONLY = /^(?:category|tag|post|postid|format|type|status|author|term|page|parent-pageid|elementor)-|(?:label|title)-hidden$/;

function recordMatches(record: TokenRecord, pattern: RegExp): boolean {
  let answer = record.answers.get(pattern);
  if (answer === undefined) {
    answer = record.tokens.some((token) => pattern.test(token));
    // A handful of patterns are asked of a record; more means a caller builds patterns on the fly.
    if (record.answers.size < 32) record.answers.set(pattern, answer);
  }
  return answer;
}

/**
 * True when the element's class or id has a token matching `pattern` (whole token or a `-`/`_` part).
 * `pattern` must be a module-level constant without the `g` or `y` flag: answers are remembered per pattern
 * object (a regex literal inside a function is a new object on every call, and would only be recomputed).
 */
export function hasToken(el: Element, pattern: RegExp): boolean {
  const { class: cls, id } = el.attribs;
  return (!!cls && recordMatches(tokenRecord(classRecords, cls), pattern)) || (!!id && recordMatches(tokenRecord(idRecords, id), pattern));
}

/**
 * True when a whole word of the element's class or id matches `pattern`, not only a `-`/`_` part of one: an
 * `<article>` named for what it is (`class="comment"`) against one whose name holds such a word
 * (Substack's `newsletter-post`).
 */
export function hasWholeToken(el: Element, pattern: RegExp): boolean {
  const words = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`.toLowerCase().split(/\s+/);
  return words.some((word) => word !== "" && pattern.test(word));
}

const BLOG_TOKEN = /^blog$/;
const WIDGET_TOKEN = /^widget$/;
const HENTRY_TOKEN = /^(?:hentry|h-entry)$/;

/** Blogger wraps the post itself in `div.widget.Blog`: that widget is the article, not a sidebar box. */
function isBloggerPostWidget(el: Element): boolean {
  return hasToken(el, BLOG_TOKEN) && hasToken(el, WIDGET_TOKEN);
}

/** The root of one post: an `<article>`, an hAtom `.hentry` / `.h-entry`, or Blogger's post widget. */
export function isPostRoot(el: Element): boolean {
  return tagName(el) === "article" || hasToken(el, HENTRY_TOKEN) || isBloggerPostWidget(el);
}

/** True when the element itself is page chrome. */
export function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(tagName(el))) return true;
  if (isBloggerPostWidget(el)) return false;
  if (el.attribs.role === "navigation" || el.attribs.role === "complementary" || el.attribs.role === "contentinfo") return true;
  return hasToken(el, CHROME_TOKEN);
}

/**
 * True when the node sits inside page chrome. An `<article>` or `<main>` ancestor closer than the chrome
 * wins: a `<header>` inside the article is part of it.
 */
export function inChrome(node: AnyNode): boolean {
  let parent = node.parent;
  // Above an <article>, only chrome elements by their tag count: a teaser card is an <article> too, in a sidebar's
  // <aside> (Newspack's "Most read"), while class names above the article say nothing of it.
  let aboveArticle = false;
  while (parent) {
    if (isElement(parent)) {
      const name = tagName(parent);
      if (name === "main" || name === "body") return false;
      if (name === "article") aboveArticle = true;
      else if (aboveArticle) {
        // Above a teaser card, a chrome element by its tag is chrome unless an <article> holds it (`<main>` may
        // hold the sidebar too: Newspack's `aside#secondary`).
        if (CHROME_TAGS.has(name) && !closest(parent, (el) => tagName(el) === "article")) return true;
      }
      // The article's own <header>, <footer> and <aside> (title block, tag list, a "Read more" box) are part of it.
      else if ((name === "header" || name === "footer" || name === "aside") && hasArticleAncestor(parent)) {
        parent = parent.parent;
        continue;
      } else if (isChrome(parent) && (CHROME_TAGS.has(name) || !holdsArticleText(parent))) return true;
    }
    parent = parent.parent;
  }
  return false;
}

function hasArticleAncestor(el: Element): boolean {
  return closest(el, (parent) => tagName(parent) === "article" || tagName(parent) === "main") !== undefined;
}

/**
 * True when an element holds a real amount of prose: 400+ letters outside links. Guards the class-based
 * rules against wrappers with misleading names (`Page-ad-margins` wrapping a whole page, Blogger's
 * `div.widget.Blog` and Elementor's `elementor-widget-theme-post-content` wrapping the post).
 */
export function holdsArticleText(el: Element): boolean {
  // Two reads from the page index: no faster when remembered per element.
  const { letters, linkLetters } = letterStats(el);
  return letters - linkLetters >= 400;
}
