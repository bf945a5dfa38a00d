/**
 * Related-article links: theme blocks (`ul.op-related-articles`, YARPP, Jetpack, Contextual Related Posts,
 * `.related-posts`), and sections introduced by a heading word ("相关报导：", "Related", "Read more",
 * "関連記事" …) followed by a list of links. Every section found contributes, in document order.
 * @module
 */
import type { Document, Element } from "domhandler";
import { childElements, contains, elementSignature, isElement, rawText, tagName, textWithout } from "../core/dom.js";
import { inChrome } from "../core/regions.js";
import { isRelatedBlock, relatedBlocks } from "../core/related-blocks.js";
import { isRelatedHeading, mayBeRelatedInitial, mayStartWithRelatedPhrase, startsWithRelatedHeading, startsWithRelatedWord } from "../core/sections.js";
import { selectSimple } from "../core/simple-select.js";
import { pageContext, type Explained, type PageContext } from "../core/strategy.js";
import { cleanText, letterCount, uniqueBy } from "../core/text.js";
import { firstVisibleCharacter, leadingText, letterStats, outermost, pageIndex, positionOf, tagKinds, textMeasures } from "../core/page-index.js";
import { resolveUrl } from "../core/url.js";
import type { ExtractOptions, RelatedLink } from "../types.js";

/**
 * The links of a block that name an article: their own text, else their `title`. Image-only links are skipped,
 * and so are a post card's links to archives: its category, tag and author links (`rel="category tag"`,
 * `rel="author"`), the date or byline linked to a month or author page (`ARCHIVE_PATH`), and the count of its
 * comments (`COMMENTS_ANCHOR`).
 */
export function linksIn(block: Element, page: PageContext): { link: RelatedLink; node: Element }[] {
  const out: { link: RelatedLink; node: Element }[] = [];
  for (const a of selectSimple("a[href]", block)) {
    if (ARCHIVE_REL.test(a.attribs.rel ?? "")) continue;
    const title = cardTitle(a) || cleanText(a.attribs.title ?? "");
    if (letterCount(title) < 2) continue;
    const url = resolveUrl(a.attribs.href, page.base);
    if (url && !ARCHIVE_PATH.test(url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, "")) && !COMMENTS_ANCHOR.test(url)) out.push({ link: { title, url }, node: a });
  }
  if (tagName(block) === "a" && block.attribs.href) {
    const title = cleanText(rawText(block)) || cleanText(block.attribs.title ?? "");
    const url = resolveUrl(block.attribs.href, page.base);
    if (url && letterCount(title) >= 2) out.push({ link: { title, url }, node: block });
  }
  return out;
}

/**
 * The title of a link: its text, or, when a card is written as one link with its category, kicker, date or teaser
 * beside the title (Zox News's `span.mvp-cd-cat`, `span.mvp-cd-date`, `<p>Title</p>`; FOCUS's `h3` kicker and `h4`
 * title), the longest heading inside it, else an element named for the title, else its first paragraph.
 */
function cardTitle(a: Element): string {
  if (!a.children.some(isElement)) return cleanText(rawText(a));
  let best = "";
  for (const heading of selectSimple("h1, h2, h3, h4, h5, h6", a)) {
    const text = cleanText(rawText(heading));
    if (text.length > best.length) best = text;
  }
  if (best) return best;
  // An element named for the title (National Geographic's `div.transp__title` after `div.transp__tags`), else the
  // first paragraph.
  const named = selectSimple("[class*=title i]", a)[0] ?? selectSimple("p", a)[0];
  return cleanText(rawText(named ?? a));
}

const ARCHIVE_REL = /(?:^|\s)(?:category|tag|author)(?:\s|$)/i;

/** A link to a post's comments (`0 Commenti` → `…/#respond`), which a related card shows beside its title. */
const COMMENTS_ANCHOR = /#(?:respond|comments?|disqus_thread)$/i;

/**
 * The path of an archive page rather than an article: an author's (`/author/lucia-ferrer/`), a category's, a
 * tag's or a topic's (`/category/haute-savoie/`, `/tag/energy/`, `/thema/hochwasser/`), a year, month or day
 * (`/2023/11/`).
 */
const ARCHIVE_PATH = /^\/(?:[^?#]*\/)?(?:author|category|tag|topics?|thema|themen)\/[^/?#]+\/?(?:[?#]|$)|^\/\d{4}(?:\/\d{2}){0,2}\/?(?:[?#]|$)/;

/** Theme related-post blocks outside page chrome, outermost only. */
function themeBlocks(page: PageContext): Element[] {
  return outermost(page.doc, relatedBlocks(page.doc).filter((block) => !inChrome(block)));
}

/** Elements that may hold a related heading. */
const HEADING_HOLDERS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "em", "header", "li", "dt", "section"]);
/** Elements whose subtree the heading search passes over: code, and links (a heading is not a link). */
const PASSED_OVER_TAGS = new Set(["script", "style", "a"]);
/** The groups of `tagKinds` for the heading search. */
const PASSED_OVER_OR_HOLDERS = [PASSED_OVER_TAGS, HEADING_HOLDERS];
const PASSED_OVER = 1;
const HOLDER = 2;

/**
 * True when most of a block's text is link text: a list of links rather than prose. Dates and times beside the
 * links do not count against it (`<li><a>…</a><div class="date">2024/02/20 11:05</div></li>`, CNA's 延伸閱讀).
 */
function isLinkList(el: Element): boolean {
  const { letters, linkLetters } = letterStats(el);
  if (letters === 0 || linkLetters === 0) return false;
  if (linkLetters / letters >= 0.6) return true;
  return linkLetters / letters >= 0.3 && DATES_ONLY.test(textWithout(el, (child) => tagName(child) === "a"));
}

/** Text that is only dates and times: digits, punctuation, and the CJK date units. */
const DATES_ONLY = /^[\d\s\p{P}\p{S}年月日時时分秒]*$/u;

/**
 * Elements whose whole text is a related heading, and the link blocks that follow each: the heading's next
 * siblings (of the heading, or of the block that holds it) while they are lists of links.
 */
function headedSections(page: PageContext): Element[] {
  const blocks: Element[] = [];
  // Every element in document order; `i = subtreeEnd[i]` jumps past an element's subtree (written out, not as
  // a closure: a closure over the loop variable is a new object per element).
  const index = pageIndex(page.doc);
  const { elements, subtreeEnd } = index;
  const { letters } = textMeasures(page.doc);
  // Each position's kind of tag, read from an array: most elements are passed over without being visited.
  const kinds = tagKinds(index, PASSED_OVER_OR_HOLDERS);
  for (let i = 0; i < elements.length; i++) {
    const tagKind = kinds[i];
    if (tagKind === PASSED_OVER) {
      i = subtreeEnd[i]!;
      continue;
    }
    if (tagKind !== HOLDER) continue;
    // Read the text only of short blocks, and of longer ones only when they open with a heading word.
    if (letters[i] === 0) {
      i = subtreeEnd[i]!;
      continue;
    }
    if (letters[i]! > 2000) continue;
    const node = elements[i]!;
    const name = tagName(node);
    // Both kinds of heading open with a heading word: test the block's first characters before reading it all.
    if (!mayBeRelatedInitial(firstVisibleCharacter(node, 80))) continue;
    const head = leadingText(node, 80);
    if (!mayStartWithRelatedPhrase(head)) continue;
    const lead = cleanText(head.slice(0, 200));
    if (!startsWithRelatedWord(lead) || (letters[i]! > 40 && !startsWithRelatedHeading(lead))) continue;
    const text = cleanText(rawText(node));
    // `<p>相关报导：<a>…</a></p>`: the heading and its first links share one block; more may follow in blocks of
    // the same kind (`<p><a>…</a></p>`).
    if (name === "p" || name === "div" || name === "li") {
      if (!isRelatedHeading(text) && startsWithRelatedHeading(text) && isLinkList(node) && !inChrome(node)) {
        blocks.push(node);
        linkBlocksAfter(node, elementSignature(node), blocks);
        i = subtreeEnd[i]!;
        continue;
      }
    }
    if (!isRelatedHeading(text) || inChrome(node)) continue;
    // The heading may be inline (`<p><strong>相关报导：</strong></p>`): its list follows the enclosing block.
    let anchor: Element = node;
    // Equal letter counts first (an O(1) lookup): reading the text of every enclosing block is quadratic on a page of many headings.
    while (anchor.parent && isElement(anchor.parent) && letters[positionOf(index, anchor.parent)!] === letters[i] && cleanText(rawText(anchor.parent)) === text) anchor = anchor.parent;
    // A related block by its class holds its own list, which the theme-block strategy reads: when it holds only
    // its heading (`<div class="related"><h4>leia também</h4><div class="row"></div></div>`, filled by a script),
    // the links after it are the page's, not its.
    if (isRelatedBlock(anchor)) {
      i = subtreeEnd[i]!;
      continue;
    }
    const taken = linkBlocksAfter(anchor, undefined, blocks);
    // A heading at the top of a container whose other children are the links (`<div><h3>Related</h3><ul>…`).
    if (taken === 0 && anchor.parent && isElement(anchor.parent)) {
      const rest = childElements(anchor.parent).filter((el) => el !== anchor && isLinkList(el));
      for (const el of rest) blocks.push(el);
    }
    i = subtreeEnd[i]!;
  }
  return blocks;
}

/**
 * Adds to `blocks` the link lists that follow `anchor` among its siblings, up to 20, and returns how many. The list
 * is one kind of block (`kind`, else the first one's): `<p>` after `<p>`. A block of another tag or class after it
 * is something else (bannedbook's `p.texttj` promotion of circumvention software after the `相关报导：` links), and
 * so is any text that is not a link list.
 */
function linkBlocksAfter(anchor: Element, kind: string | undefined, blocks: Element[]): number {
  let taken = 0;
  for (let sibling = anchor.next; sibling && taken < 20; sibling = sibling.next) {
    if (isElement(sibling)) {
      if (isLinkList(sibling)) {
        const signature = elementSignature(sibling);
        if (kind !== undefined && signature !== kind) break;
        kind = signature;
        blocks.push(sibling);
        taken++;
      } else if (cleanText(rawText(sibling)) !== "") break;
    } else if (sibling.type === "text" && cleanText(sibling.data) !== "") break;
  }
  return taken;
}

/** A URL without its fragment and trailing slash: two spellings of the same page compare equal. */
export function sameDocumentKey(url: string): string {
  return url.replace(/#.*$/, "").replace(/\/+$/, "");
}

/** The related links with the strategies that found them, or `undefined` when there are none. */
export function findRelated(page: PageContext): Explained<RelatedLink[]> | undefined {
  const found: { link: RelatedLink; node: Element; strategy: string }[] = [];
  const theme = themeBlocks(page);
  for (const block of theme) for (const item of linksIn(block, page)) found.push({ ...item, strategy: "theme-block" });
  for (const block of headedSections(page)) {
    if (theme.some((t) => contains(t, block))) continue;
    for (const item of linksIn(block, page)) found.push({ ...item, strategy: "heading-section" });
  }
  if (found.length === 0) return undefined;
  const index = pageIndex(page.doc);
  found.sort((a, b) => positionOf(index, a.node)! - positionOf(index, b.node)!);
  const own = page.options.url ? sameDocumentKey(page.options.url) : undefined;
  const links = uniqueBy(
    found.filter((f) => sameDocumentKey(f.link.url) !== own),
    (f) => f.link.url,
  );
  const strategies = [...new Set(links.map((l) => l.strategy))];
  return { value: links.map((l) => l.link), strategy: strategies.join("+") };
}

/**
 * Related-article links in document order, without duplicate URLs; `[]` when there are none.
 *
 * @example
 * ```ts
 * extractRelated(parseHtml("<h3>Related</h3><ul><li><a href='/b'>Other story</a></li></ul>"), { url: "https://example.com/a" });
 * // [{ title: "Other story", url: "https://example.com/b" }]
 * ```
 */
export function extractRelated(doc: Document, options?: ExtractOptions): RelatedLink[] {
  return findRelated(pageContext(doc, options))?.value ?? [];
}
