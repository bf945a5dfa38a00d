/**
 * Finding the element that holds the article's text, shared by the body and dateline extractors. Theme markup
 * first (`itemprop=articleBody`, `.entry-content`, `div.entry` …); failing that, the element whose paragraphs
 * hold the most unlinked text. Cached per document.
 * @module
 */
import type { AnyNode, Document, Element, ParentNode } from "domhandler";
import { textBlocks, type TextBlock } from "./blocks.js";
import { DocumentCache } from "./document-cache.js";
import { contains, elementSignature, isElement, isHeadingName, isHidden, nextElement, NON_TEXT_TAGS, PAGE_LEVEL_TAGS, previousElement, tagName, textAlign, textWithout, walk } from "./dom.js";
import { elementsWithKey } from "./element-lookup.js";
import { IMAGE_SELECTOR } from "./images.js";
import { hasToken, hasWholeToken, holdsArticleText, inChrome, isChrome } from "./regions.js";
import { isRelatedBlock } from "./related-blocks.js";
import { elementsByTag, letterStats, pageIndex, pageIndexOf, positionOf, textMeasures, type PageIndex } from "./page-index.js";
import { selectSimple } from "./simple-select.js";
import { cleanText, letterCount } from "./text.js";

/** Content containers of common themes and CMSs, most specific first. */
const THEME_CONTAINERS = [
  "[itemprop~=articleBody]",
  ".entry-content",
  // Substack: the post's text, below its header (title, subtitle, byline) inside `.post-content`.
  ".available-content",
  ".post-content",
  ".article-content",
  ".article-body",
  ".article__body",
  ".story-body",
  ".post-body",
  ".td-post-content",
  ".single-post-content",
  "div.entry",
  ".news-content",
  "#article-content",
  "#content-body",
];

/**
 * Class/id tokens of blocks that are never article text, however much text they hold: comment threads,
 * related-post lists, share bars, newsletter boxes, recommendation widgets.
 */
const ALWAYS_NOISE_TOKEN =
  /^(comments?|comment-list|commentlist|respond|disqus|sharedaddy|addthis|sharethis|newsletter|subscribe|subscription|signup|outbrain|taboola|recommend|recommended|popular|most-read|trending|breadcrumbs?|pagination|nav-links|screen-reader-text|sr-only|visually-hidden|adsbygoogle|advertisement|advertising|sponsored|instagram-media|tiktok-embed|toc|ez-toc-container|toc_container|table-of-contents)$/;

/**
 * Class/id tokens of blocks that are usually not article text (ads, share and tool bars, notices, tag lists,
 * captions, bylines). Unlike the tokens above these are also parts of names that wrap whole pages
 * (`Page-ad-margins`, `has-share-bar`), so a block that holds much of the article's text is kept whatever
 * its class says.
 */
const USUALLY_NOISE_TOKEN =
  /^(share|shares|sharing|social|socials|tag-links|tags-links|ad|ads|adv|advert|adverts|banner|banners|promo|promotion|sponsor|notice|disclaimer|copyright|byline|author|authors|author-box|authorbox|author-bio|author-info|about-author|bio|tags|tag|tagged|meta|metadata|print|toolbar|tools|caption|wp-caption|hidden|hide|embed|video-player|videoplayer|videoblock|video-block|audio-player|gallery-nav|readmore|read-more|more-link|cta|donate|paywall-promo|paywall-teaser|paywall-message|paywall-prompt|introduction|standfirst|dek|deck|kicker)$/;

/** Inline elements: never noise by their class, so a tag link or a styled word keeps its place in the sentence. */
const NEVER_NOISE_TAGS = new Set(["a", "span", "b", "strong", "em", "i", "u", "font", "sup", "sub", "small", "code", "time", "abbr", "q", "cite", "mark"]);

/**
 * True for an element inside the article whose content is not article text: figures and captions, hidden
 * elements, share bars, ads, notices, tag lists, related blocks and page chrome. Inline elements never are,
 * so a tag link keeps its word in the sentence.
 */
export function isHiddenOrNoise(el: Element): boolean {
  // Asked of the same elements by every extractor that cuts the article into blocks (the container search,
  // the body, the dateline …): each element's answer is kept, by position, as 2 (noise), 1 (not) or 0 (not yet asked).
  const index = pageIndexOf(el);
  const at = index && positionOf(index, el);
  if (at === undefined) return judgedHiddenOrNoise(el);
  let answers = noiseAnswers.get(index!.doc);
  if (answers === undefined) noiseAnswers.set(index!.doc, (answers = new Uint8Array(index!.elements.length)));
  const known = answers[at];
  if (known !== 0) return known === 2;
  const noise = judgedHiddenOrNoise(el);
  answers[at] = noise ? 2 : 1;
  return noise;
}

const noiseAnswers = /* @__PURE__ */ new DocumentCache<Uint8Array>();

function judgedHiddenOrNoise(el: Element): boolean {
  const name = tagName(el);
  // A Gutenberg pull quote is a `figure` around a `blockquote`: text, not a picture; so is any such figure
  // without an image (Zeit's `figure.quote`), less its caption (the quote's source).
  if ((name === "figure" && !isPullQuote(el) && !isQuoteFigure(el)) || name === "figcaption" || (name === "table" && isLayoutNoise(el))) return true;
  // The attribution line of a quote (`<blockquote><p>…</p><cite>Name</cite></blockquote>`) is not the quote's text.
  if (name === "cite" && el.parent && isElement(el.parent) && tagName(el.parent) === "blockquote") return true;
  if (name === "p" && isImageCaptionParagraph(el)) return true;
  if (isHidden(el) || el.attribs["aria-hidden"] === "true") return true;
  if (NEVER_NOISE_TAGS.has(name)) return false;
  if (name === "aside" || name === "nav" || name === "footer") return true;
  if ((name === "article" ? hasWholeToken(el, ALWAYS_NOISE_TOKEN) : hasToken(el, ALWAYS_NOISE_TOKEN)) || isRelatedBlock(el)) return true;
  if (hasToken(el, USUALLY_NOISE_TOKEN) || isChrome(el)) return !holdsArticleText(el);
  return isFormBox(el);
}

/** The most letters a box built around a form may hold (its heading, blurb and the form's own labels). */
const FORM_BOX_MAX_LETTERS = 400;
/** How many times more letters than the box its parent must hold: the box is one small block among the article's. */
const FORM_BOX_SURROUNDINGS = 3;
const NO_BOXES: ReadonlySet<number> = /* @__PURE__ */ new Set();
const formBoxCache = /* @__PURE__ */ new DocumentCache<ReadonlySet<number>>();

/**
 * True for a signup or donation box inside the text, or a media player and its label: the largest block around a
 * `<form>`, `<audio>` or `<video>` that holds at most
 * `FORM_BOX_MAX_LETTERS` letters, when its parent holds several times more. Newspack sets its newsletter and
 * donate forms in an unnamed `wp-block-group` with a heading and a line of text ("Get our daily newsletter"),
 * so neither the form's nor the group's class says what they are. A page inside one big `<form>` (ASP.NET)
 * has no box: the form holds too much text.
 */
function isFormBox(el: Element): boolean {
  if (el.name !== "div" && el.name !== "section" && el.name !== "form") return false;
  const index = pageIndexOf(el);
  if (!index) return false;
  const boxes = formBoxCache.valueFor(index.doc, formBoxesOf);
  if (boxes.size === 0) return false;
  const at = positionOf(index, el);
  return at !== undefined && boxes.has(at);
}

/** What a box is built around: a form, or a media player with its label (`收聽本文` above an `<audio>`). */
const BOX_CORES = ["form", "audio", "video"];

/** `findFormBoxes` of a document (a function of the module, for the per-document cache). */
function formBoxesOf(doc: Document): ReadonlySet<number> {
  return findFormBoxes(pageIndex(doc));
}

function findFormBoxes(index: PageIndex): ReadonlySet<number> {
  const forms = BOX_CORES.flatMap((tag) => index.byTag.get(tag) ?? []);
  if (forms.length === 0) return NO_BOXES;
  const { letters } = textMeasures(index.doc);
  const { parents, elements } = index;
  const boxes = new Set<number>();
  for (const form of forms) {
    let box = form;
    while (parents[box]! >= 0 && letters[parents[box]!]! <= FORM_BOX_MAX_LETTERS && !PAGE_LEVEL_TAGS.has(tagName(elements[parents[box]!]!))) box = parents[box]!;
    const parent = parents[box]!;
    if (letters[box]! <= FORM_BOX_MAX_LETTERS && parent >= 0 && letters[parent]! >= FORM_BOX_SURROUNDINGS * letters[box]! && !PAGE_LEVEL_TAGS.has(tagName(elements[box]!))) boxes.add(box);
  }
  return boxes;
}

/** The most letters a caption set as a paragraph of its own may have. */
const PARAGRAPH_CAPTION_MAX_LETTERS = 150;

/**
 * True for a short centred paragraph, without links, right after a paragraph that holds only an image: the
 * image's caption, as Chinese portals set photos (`<p style="text-align: center;"><img></p><p style="text-align:
 * center;">图为…。新华社记者 王五 摄</p>` on people.cn and xinhua).
 */
export function isImageCaptionParagraph(el: Element): boolean {
  if (!isCentered(el)) return false;
  const { letters, linkLetters } = letterStats(el);
  if (letters < 2 || letters > PARAGRAPH_CAPTION_MAX_LETTERS || linkLetters > 0) return false;
  const image = previousElement(el);
  if (!image || !isImageParagraph(image)) return false;
  // Where the text itself is centred (a blog that centres every line), the line under a photo is text too.
  const before = previousElement(image);
  const after = nextElement(el);
  return !(before && isCenteredText(before)) && !(after && isCenteredText(after));
}

function isCentered(el: Element): boolean {
  return textAlign(el) === "center";
}

/** A centred paragraph with text. */
function isCenteredText(el: Element): boolean {
  return tagName(el) === "p" && isCentered(el) && letterStats(el).letters > 0;
}

/** A paragraph (or `div`) that holds an image and no text. */
function isImageParagraph(el: Element): boolean {
  const name = tagName(el);
  return (name === "p" || name === "div") && holdsOnlyImage(el);
}

/** An element with an image and no text of its own. */
export function holdsOnlyImage(el: Element): boolean {
  return letterStats(el).letters === 0 && selectSimple(IMAGE_SELECTOR, el).length > 0;
}

const PULL_QUOTE = /^(?:wp-block-pullquote|pullquote|pull-quote)$/;

/** True for a Gutenberg pull quote (`figure.wp-block-pullquote`) or a theme's `.pullquote` without an image. */
export function isPullQuote(el: Element): boolean {
  return hasToken(el, PULL_QUOTE) && selectSimple(IMAGE_SELECTOR, el).length === 0;
}

/** A `figure` that holds a quotation and no image: `<figure class="quote"><blockquote>…</blockquote><figcaption>`. */
export function isQuoteFigure(el: Element): boolean {
  return tagName(el) === "figure" && el.children.some((child) => isElement(child) && tagName(child) === "blockquote") && selectSimple(IMAGE_SELECTOR, el).length === 0;
}

/**
 * The page's pull quotes (`isPullQuote`), in document order. Every class token or id that makes one holds
 * "pull", so only the elements with such a name are tested: on most pages there are none to test.
 */
export function pullQuotes(doc: Document): Element[] {
  return elementsWithKey(doc, (name) => PULL_NAME.test(name)).filter(isPullQuote);
}

const PULL_NAME = /pull/i;

/** A table whose cells are mostly links is a menu, not data. */
function isLayoutNoise(el: Element): boolean {
  return linkDensity(el) > 0.5;
}

/** Share of an element's letters that sit inside links (0 to 1), read from the page index (no walk). */
export function linkDensity(el: AnyNode): number {
  if (!isElement(el)) return 0;
  const { letters, linkLetters } = letterStats(el);
  return letters === 0 ? 0 : linkLetters / letters;
}

/** A block's text, whitespace-collapsed, without the subtrees `skip` leaves out (by default `isHiddenOrNoise`'s). */
export function blockText(block: TextBlock, skip: (el: Element) => boolean = isHiddenOrNoise): string {
  // Without the parts `skip` leaves out (hidden spans), so text and HTML agree.
  let text = "";
  for (const node of block.nodes) text += textWithout(node, skip);
  return cleanText(text);
}

/**
 * The letters of `blockText(block)`, counted without building the text: an element's letters come from the
 * page index, less those of the descendants `skip` leaves out. The content detector scores every block of
 * the page this way.
 */
export function blockLetters(block: TextBlock, skip: (el: Element) => boolean = isHiddenOrNoise): number {
  let letters = 0;
  for (const node of block.nodes) {
    if (node.type === "text") letters += letterCount(node.data);
    else if (isElement(node) && tagName(node) !== "br" && !skip(node)) {
      letters += letterStats(node).letters;
      // The walk's state at module level (saved and given back, as `skip` may count another block): no
      // closure per block, and the content detector asks this of every block of the page.
      const outerSkipped = skippedLetters;
      const outerSkip = lettersSkip;
      skippedLetters = 0;
      lettersSkip = skip;
      try {
        walk(node, takeSkippedLetters);
        letters -= skippedLetters;
      } finally {
        skippedLetters = outerSkipped;
        lettersSkip = outerSkip;
      }
    }
  }
  return letters;
}

let skippedLetters = 0;
let lettersSkip: (el: Element) => boolean = isHiddenOrNoise;

/** `blockLetters`' visitor: the letters of the elements `lettersSkip` leaves out. */
function takeSkippedLetters(child: AnyNode): boolean {
  if (!isElement(child)) return true;
  // Non-text elements count for nothing in the index already; a skipped one is taken out.
  if (NON_TEXT_TAGS.has(tagName(child))) return false;
  if (lettersSkip(child)) {
    skippedLetters += letterStats(child).letters;
    return false;
  }
  return true;
}

/**
 * The content container by theme markup: the first selector whose match (outside page chrome) holds real
 * paragraphs. When several elements match one selector, the one with the most text wins.
 */
function themeContainer(doc: Document): Element[] | undefined {
  for (const selector of THEME_CONTAINERS) {
    const candidates = selectSimple(selector, doc).filter((el) => !inChrome(el));
    if (candidates.length === 0) continue;
    let best: Element | undefined;
    let bestLetters = 0;
    const letters = new Map<Element, number>();
    for (const el of candidates) {
      const count = letterStats(el).letters;
      letters.set(el, count);
      if (count > bestLetters) {
        best = el;
        bestLetters = count;
      }
    }
    if (!best || bestLetters < 80) continue;
    // Some templates cut the text into several containers of the same class (Wired's `article__body` chunks
    // between ads): every sizeable one that sits beside the best, under a common ancestor at most three
    // levels up, is part of the body.
    let region: Element = best;
    for (let level = 0; level < 3 && region.parent && isElement(region.parent); level++) region = region.parent;
    const parts = candidates.filter(
      (el) =>
        (el === best || (letters.get(el)! >= 80 && contains(region, el) && !insideNoise(el, region))) &&
        !candidates.some((outer) => outer !== el && contains(outer, el)),
    );
    return parts.includes(best) ? parts : [best];
  }
  return undefined;
}

/**
 * The generic detector: every paragraph-like block scores its unlinked letters (letters, not words, so CJK
 * text is not penalised); its parent gets the full score and its grandparent half. The best-scoring element
 * is the container.
 */
function densestContainer(doc: Document): Element[] | undefined {
  const body = elementsByTag(doc, "body")[0] ?? doc;
  const scores = new Map<Element, number>();
  for (const block of textBlocks(body as ParentNode, isHiddenOrNoise)) {
    const letters = blockLetters(block);
    if (letters < 20) continue;
    const density = block.nodes.reduce((sum, n) => sum + (isElement(n) ? letterStats(n).linkLetters : 0), 0) / letters;
    if (density > 0.5) continue;
    // List items are scored lightly: a list of teasers must not outweigh the article's paragraphs.
    const score = letters * (1 - density) * (block.kind === "li" || block.kind === "dd" || block.kind === "dt" ? 0.25 : isHeadingName(block.kind) ? 0 : 1);
    if (score === 0) continue;
    const holder = block.nodes.length === 1 && isElement(block.nodes[0]) ? block.nodes[0].parent : block.parent;
    let el: ParentNode | null = holder;
    let weight = 1;
    for (let level = 0; level < 3 && el && isElement(el); level++) {
      scores.set(el, (scores.get(el) ?? 0) + score * weight);
      weight /= 2;
      el = el.parent;
    }
  }
  // Among the leaders, a container that is mostly links (a teaser grid) loses to prose.
  const leaders = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 5);
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, score] of leaders) {
    const adjusted = score * (1 - linkDensity(el));
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  return best ? withSiblingChunks(best, scores, bestScore) : undefined;
}

/** How many single-child wrappers the search for sibling chunks climbs through. */
const MAX_WRAPPERS = 4;

/**
 * The best container and the siblings that continue it: templates that cut the text into sections between
 * figures and pull quotes repeat the same element with the same class (`section.outer > div.post__content`).
 * Siblings of the container, or of its parent, with the same tag and class and real prose join it; so do
 * siblings that scored at least a fifth of the best.
 */
function withSiblingChunks(best: Element, scores: Map<Element, number>, bestScore: number): Element[] {
  let anchor: Element = best;
  // A wrapper around nothing but the anchor is not a level (the NYT wraps each chunk of text in three `div`s).
  for (let level = 0, wrappers = 0; level < 2; level++) {
    const parent = anchor.parent;
    if (!parent || !isElement(parent)) break;
    if (wrappers < MAX_WRAPPERS && parent.children.every((child) => child === anchor || !isElement(child))) {
      wrappers++;
      level--;
      anchor = parent;
      continue;
    }
    const signature = elementSignature(anchor);
    const chunks = parent.children.filter(
      (sibling): sibling is Element =>
        isElement(sibling) &&
        (sibling === anchor ||
          (!isHiddenOrNoise(sibling) &&
            linkDensity(sibling) < 0.3 &&
            ((elementSignature(sibling) === signature && letterStats(sibling).letters >= 80) ||
              (level === 0 && (scores.get(sibling) ?? 0) >= Math.max(100, bestScore * 0.2))))),
    );
    if (chunks.length > 1) return chunks;
    anchor = parent;
  }
  return [best];
}

/** The content container and how it was found. */
export interface ContentContainer {
  /** The container that holds most of the text. */
  container: Element;
  /** Every container of the body in document order: `container`, and its sibling chunks when the text is split. */
  parts: Element[];
  strategy: "theme-container" | "densest-container";
}

const containers = /* @__PURE__ */ new DocumentCache<ContentContainer | undefined>();

/** The element that holds the article's text, or `undefined` for a page without one. */
export function contentContainer(doc: Document): ContentContainer | undefined {
  return containers.valueFor(doc, () => {
    const theme = themeContainer(doc);
    if (theme) return { container: largest(theme), parts: theme, strategy: "theme-container" };
    const dense = densestContainer(doc);
    return dense ? { container: largest(dense), parts: dense, strategy: "densest-container" } : undefined;
  });
}

/** True when an element between `el` and `stop` is not article text (a comment whose body reuses `.entry-content`). */
function insideNoise(el: Element, stop: Element): boolean {
  for (let parent = el.parent; parent && parent !== stop; parent = parent.parent) {
    if (isElement(parent) && isHiddenOrNoise(parent)) return true;
  }
  return false;
}

function largest(elements: Element[]): Element {
  let best = elements[0]!;
  let bestLetters = -1;
  for (const el of elements) {
    const count = letterStats(el).letters;
    if (count > bestLetters) {
      best = el;
      bestLetters = count;
    }
  }
  return best;
}
