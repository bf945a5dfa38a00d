/**
 * The article's own text. First the content container is found — theme markup (`itemprop=articleBody`,
 * `.entry-content`, `div.entry` …) or, failing that, the element whose paragraphs hold the most unlinked
 * text — then its blocks are read in order, leaving out what is not the article's text: the headline,
 * a dateline-only paragraph, bylines, captions, notices, share bars, ads, newsletter boxes, reprint and
 * copyright notices, and everything from a related-articles heading on. The document is never changed.
 * @module
 */
import type { AnyNode, Document, Element, ParentNode } from "domhandler";
import { textBlocks, type TextBlock } from "../core/blocks.js";
import { blockText, contentContainer, isHiddenOrNoise, pullQuotes } from "../core/content.js";
import { TAG_LIST_LABEL, TAG_LIST_LINE } from "../core/tag-labels.js";
import { closest, isElement, isHeadingName, tagName, textAlign } from "../core/dom.js";
import { parseByline } from "../core/parse-byline.js";
import { parseDateline } from "../core/parse-dateline.js";
import { sanitizedInnerHtml } from "../core/sanitize.js";
import { isRelatedHeading, opensWithRelatedPhrase, startsWithRelatedHeading } from "../core/sections.js";
import { letterStats } from "../core/page-index.js";
import { matchesSimple } from "../core/simple-select.js";
import { pageContext, type Explained, type PageContext } from "../core/strategy.js";
import { cleanText, letterCount } from "../core/text.js";
import type { Body, ExtractOptions } from "../types.js";

/** Lines that are boilerplate by their words: reprint and copyright notices, editor and source credits, calls to share or subscribe. */
const NOT_TEXT_LINE =
  /^(?:本文章或节目经|本文章或節目經|转载请|轉載請|本文转载自|本文轉載自|转载自|轉載自|版权所有|版權所有|未经.{0,12}(?:授权|许可|同意)|未經.{0,12}(?:授權|許可|同意)|©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|分享到|责任编辑|責任編輯|责编|責編|编辑[:：]|編輯[:：]|校对[:：]|來源[:：]|来源[:：]|pewarta\s*:|penulis\s*:|editor\s*:|原文链接|原文鏈接|免责声明|免責聲明|作者简介|作者簡介|声明[:：]|聲明[:：]|disclaimer[:：]|무단 ?전재|저작권자|本文的图文|本文的圖文)/i;
/**
 * Calls to act and ad labels, only when they are the whole line or a short one (so "Subscribers will see
 * the change…" and "広告費の増加が…" stay). Themes often set the label between dashes: `- Advertisement -`
 * (tagDiv's `td-adspot-title`), `— Anzeige —`; an ad label in a script without ASCII word boundaries only alone
 * between its dashes (`- 광고 -`, not `광고 시장은…`).
 */
const SHORT_NOTICE =
  /^[-–—―·•*=~_\s]*(?:share this|share on|sign up|subscribe|follow us|advertisement|advertising|anzeige|publicité|publicidad|publicidade|pubblicità|advertentie|reklama|reklam|iklan|quảng cáo|реклама|إعلان|اعلان|広告|광고|転載)(?:\b|$)|^[-–—―·•*=~_\s]*(?:quảng cáo|реклама|إعلان|اعلان|広告|광고|广告|廣告)[-–—―·•*=~_\s]*$/i;

/**
 * The same notices when they stand later in a short line, a paywall's (`La suite est réservée aux abonnés.`), and
 * the opinion disclaimer of Chinese outlets:
 * `看中国版权所有，任何形式转载需看中国授权许可。`, `本文只代表作者本人观点，不代表看中国立场。`. Only a disclaimer
 * about the author or the outlet itself counts: "不代表政府立场" is a sentence of the story.
 */
const NOTICE_ANYWHERE =
  /转载请注明|轉載請註明|不得转载|不得轉載|禁止转载|禁止轉載|版权所有(?![者人])|版權所有(?![者人])|[只仅僅]代表作者|不代表本[网網站台报報刊](?:立场|立場)|all rights reserved|réservée? aux abonnés|reserved for subscribers|nur für abonnenten|exclusivo para (?:suscriptores|assinantes)|무단 ?전재|재배포 ?금지|無断転載/i;

/**
 * Credit lines that close Chinese articles: `医技药剂党支部供稿 摄影/张艳 编辑/苏芳`, `（实习生王金茹对此文亦有贡献）`,
 * `(责编：萧潇、张妍)`. Only short lines count, so a sentence that mentions an editor stays.
 */
const CREDIT_LINE = /(?:供稿|摄影|攝影|编辑|編輯|责编|責編|校对|校對|审校|審校|审核|審核|监制|監製|通讯员|通訊員)\s*[/／:：]|^[（(][^（）()]{0,40}(?:实习生|實習生|记者|記者|编辑|編輯|通讯员|通訊員|贡献|貢獻|供稿)[^（）()]{0,40}[）)]$/;

/** The article's title repeated inside the container: an `h1`, or the theme's title element. */
function isTitleBlock(block: TextBlock): boolean {
  const node = block.nodes[0];
  if (block.nodes.length !== 1 || !isElement(node)) return false;
  return block.kind === "h1" || matchesSimple(node, ".entry-title, .post-title, .article-title, [itemprop~=headline]");
}

/** True when the block's text and nothing else. */
function isDatelineOnly(text: string): boolean {
  const dateline = parseDateline(text);
  return !!dateline && cleanText(dateline.raw).length >= text.length - 1;
}

/** A short block that is only a byline (`By Jane Doe`, `记者 王明`) or only a date (`2024-06-11 14:20`, `11.06.2024, 14:20`). */
function isBylineOrDate(text: string): boolean {
  if (text.length > 80) return false;
  if (parseByline(text).length > 0) return true;
  return /^[\s\p{P}]*(?:(?:updated|published|posted|发布时间|發佈時間|发布|更新|日期)[:：]?\s*)?(?:\d{4}[-/.年]\s*\d{1,2}[-/.月]\s*\d{1,2}日?|\d{1,2}[./]\d{1,2}[./]\d{4},?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\s\p{P}]*$/iu.test(text);
}

/** The label of a share bar standing alone (Hueman's `Share` above its buttons). */
const SHARE_LABEL = /^(?:share|share this|teilen|partager|compartir|condividi|compartilhar|分享|シェア|공유)\s*[:：]?$/i;

/** The reporters' and editors' initials that close a story: detik's `(rw/aik)`, Lusa's `ACL // JMR`. */
const EDITOR_INITIALS = /^\([a-z]{2,5}(?:\/[a-z]{2,5})+\)$|^[A-Z]{2,4}(?: ?\/\/? ?[A-Z]{2,4})+$/;

/** A closing line that names the story's source: `Źródło: PAP`, `Quelle: dpa`, `Fuente: EFE` (short: not a sentence). */
const SOURCE_LINE = /^(?:źródło|quelle|fuente|fonte|source|bron|kaynak|zdroj|sumber)\s*[:：]\s*\S.{0,40}$/i;

/**
 * Where the story ran in print: `《 人民日报 》（ 2024年03月05日 02 版）` (people.cn), `A version of this article
 * appears in print on …` (NYT).
 */
const PRINT_EDITION_LINE = /^《\s*[^《》]{1,20}\s*》\s*[（(]\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:第?\s*\d{1,3}\s*版)?\s*[）)]$|^a version of this article appears in print/i;

/**
 * The note a syndicated story carries: `(Except for the headline, this story has not been edited by NDTV staff
 * and is published from a syndicated feed.)`, `(This story has not been edited by HT staff …)`.
 */
const SYNDICATION_NOTE = /^[(（]?(?:except for the headline, )?this (?:story|article|report) has not been edited by /i;

function isBoilerplateLine(text: string, block: TextBlock): boolean {
  if (text.length <= 200 && NOT_TEXT_LINE.test(text)) return true;
  if (text.length <= 300 && SYNDICATION_NOTE.test(text)) return true;
  if (text.length <= 300 && PRINT_EDITION_LINE.test(text)) return true;
  if (SOURCE_LINE.test(text) || EDITOR_INITIALS.test(text) || SHARE_LABEL.test(text)) return true;
  if (text.length <= 40 && (SHORT_NOTICE.test(text) || TAG_LIST_LABEL.test(text))) return true;
  // `Share this article: Facebook | Twitter | E-mail`: longer, but the rest is the links.
  if (text.length <= 100 && SHORT_NOTICE.test(text) && linkShare(block, text) >= 0.3) return true;
  if (text.length <= 300 && TAG_LIST_LINE.test(text) && linkShare(block, text) >= 0.5) return true;
  if (text.length <= 300 && NOTICE_ANYWHERE.test(text)) return true;
  // A block that is (almost) all links — a promo line, a "more" link list — is not prose.
  return linkShare(block, text) >= 0.8;
}

/** Letters and digits only, in lower case: a sentence compared whatever its quotes and punctuation. */
function squashText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * A reporter's name in brackets closing a Chinese or Japanese article, on a line of its own: Asahi's `（山田太郎）`,
 * `（袁源）`, `（完）`.
 */
const CLOSING_NAME_CREDIT = /^[（(][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・、\s]{1,30}[）)]$/u;

/** The most characters a right-aligned closing line may have to be a signature, not a sentence. */
const SIGNATURE_MAX = 40;

/** A short block of one element aligned right: a name or a source signing off the article. */
function isSignature(block: TextBlock, text: string): boolean {
  const node = block.nodes[0];
  if (text.length > SIGNATURE_MAX || block.nodes.length !== 1 || !isElement(node)) return false;
  return textAlign(node) === "right";
}

/** Share of a block's letters that sit inside links. */
function linkShare(block: TextBlock, text: string): number {
  let linked = 0;
  for (const node of block.nodes) {
    // Letters inside links, read from the page index (an <a> counts its own letters).
    if (isElement(node)) linked += letterStats(node).linkLetters;
  }
  // Most paragraphs hold no link: their text is not counted.
  if (linked === 0) return 0;
  const letters = letterCount(text);
  return letters === 0 ? 0 : linked / letters;
}

/** How many link blocks an inline related box may hold. */
const INLINE_BOX_LINKS = 3;
/** How many letters the paragraph after an inline related box must have to show that the article goes on. */
const RESUMING_PROSE = 80;

/**
 * Where the article goes on after the link blocks that start at `from`: the index of a paragraph of prose
 * right after at most `INLINE_BOX_LINKS` of them, else `undefined` (the links end the article, as the contract
 * says a related section does: only a box in the middle of the text, with a paragraph of prose after it, is
 * skipped).
 */
function proseAfterLinks(blocks: readonly { block: TextBlock; text: string }[], from: number): number | undefined {
  let at = from;
  while (at < blocks.length && at - from < INLINE_BOX_LINKS && linkShare(blocks[at]!.block, blocks[at]!.text) >= 0.6) at++;
  const after = blocks[at];
  if (!after || at === from || after.block.kind !== "p" || isRelatedHeading(after.text)) return undefined;
  return letterCount(after.text) >= RESUMING_PROSE && linkShare(after.block, after.text) < 0.3 ? at : undefined;
}

function blockHtml(block: TextBlock, base: string | undefined, skip: (el: Element) => boolean): string {
  // A block of one element is written as that element's content; a run of inline nodes as one run, so that the
  // spaces between its nodes (`the <b>union</b> said`) are collapsed with the rest, not cut at each node's ends.
  const only = block.nodes.length === 1 ? block.nodes[0]! : undefined;
  const html = sanitizedInnerHtml(only && isElement(only) ? only : runHolder(block.nodes), base, skip);
  const tag = isHeadingName(block.kind) ? block.kind : block.kind === "pre" ? "pre" : block.kind === "li" ? "li" : "p";
  const element = `<${tag}>${html}</${tag}>`;
  return block.quoted ? `<blockquote>${element}</blockquote>` : element;
}

function runHolder(nodes: readonly AnyNode[]): AnyNode {
  // A parent for the sanitizer to write the nodes themselves, not only their children; the nodes are not moved.
  return { type: "root", children: nodes } as unknown as AnyNode;
}

/** Groups consecutive list items into `<ul>`/`<ol>` so the HTML is well-formed. */
function joinHtml(blocks: TextBlock[], parts: string[]): string {
  const out: string[] = [];
  let openList: string | undefined;
  let openParent: ParentNode | undefined;
  blocks.forEach((block, i) => {
    const listParent = block.kind === "li" ? block.nodes[0]?.parent ?? undefined : undefined;
    if (openList && listParent !== openParent) {
      out.push(`</${openList}>`);
      openList = undefined;
    }
    if (listParent && !openList) {
      openList = isElement(listParent) && tagName(listParent) === "ol" ? "ol" : "ul";
      openParent = listParent;
      out.push(`<${openList}>`);
    }
    out.push(parts[i]!);
  });
  if (openList) out.push(`</${openList}>`);
  return out.join("");
}

/** The body with the way its container was found (`theme-container` or `densest-container`). */
export function findBody(page: PageContext): Explained<Body> | undefined {
  const found = contentContainer(page.doc);
  return found ? bodyOf(found.parts, page, found.strategy) : undefined;
}

/**
 * The body read from the given containers, in order, the way `findBody` reads the one it finds: the same
 * blocks are left out. `skip` prunes subtrees from both text and HTML (default `isHiddenOrNoise`); the
 * document is not changed. `undefined` when no paragraph is left.
 */
export function bodyOf(parts: readonly ParentNode[], page: PageContext, strategy: string, skip: (el: Element) => boolean = isHiddenOrNoise): Explained<Body> | undefined {
  const kept: TextBlock[] = [];
  const paragraphs: string[] = [];
  const blocks = parts
    .flatMap((part) => textBlocks(part, skip))
    .map((block) => ({ block, text: blockText(block, skip) }))
    .filter((entry) => entry.text !== "");
  for (let index = 0; index < blocks.length; index++) {
    const { block, text } = blocks[index]!;
    if (isRelatedHeading(text)) {
      // The body ends where a related-articles section begins ("相关报导：", "Related", "Read more") — when links
      // follow the heading. A lone "Read More" is an expand button in the middle of the text. A box of a link
      // or two under its heading with the article going on after it ("Leggi anche" in the middle of a story)
      // is skipped, not taken for the end.
      const next = blocks[index + 1];
      if (!next || linkShare(next.block, next.text) >= 0.6) {
        const resume = proseAfterLinks(blocks, index + 1);
        if (resume === undefined) break;
        index = resume - 1;
      }
      continue;
    }
    // `相关报导：<a>…</a>` or `READ MORE: <a>…</a>` in one block is a link to another story, not text. Tabloids
    // put such lines in the middle of the article, so the body goes on after it.
    // Le Monde writes the heading without a colon, the title linked after it: `Lire aussi Tramway : …`.
    if (linkShare(block, text) >= 0.5 && (startsWithRelatedHeading(text) || opensWithRelatedPhrase(text))) continue;
    if (index < 3 && isTitleBlock(block)) continue;
    if (index < 6 && (isDatelineOnly(text) || isBylineOrDate(text))) continue;
    // A short byline or credit line closes many articles (`扬子晚报记者 张楠`, `摄影/张艳 编辑/苏芳`).
    if (text.length <= 60 && (CREDIT_LINE.test(text) || parseByline(text).length > 0)) continue;
    if (isBoilerplateLine(text, block)) continue;
    kept.push(block);
    paragraphs.push(text);
  }
  // A pull quote that repeats a sentence of the text is a highlight, not more text.
  const quotes = new Set(pullQuotes(page.doc));
  // Each paragraph squashed once, on the page's first pull quote (most pages have none).
  let squashed: string[] | undefined;
  for (let i = kept.length - 1; quotes.size > 0 && i >= 0; i--) {
    const node = kept[i]!.nodes[0];
    if (!node || !closest(node, (el) => quotes.has(el))) continue;
    squashed ??= paragraphs.map(squashText);
    const quote = squashed[i]!;
    if (quote.length >= 20 && squashed.some((other, j) => j !== i && other.includes(quote))) {
      kept.splice(i, 1);
      paragraphs.splice(i, 1);
      squashed.splice(i, 1);
    }
  }
  // The reporter's signature set right-aligned under the text (VnExpress: `<p style="text-align:right;"><strong>Lan
  // Anh</strong></p>`) closes the article; it is not text.
  if (kept.length > 1 && (isSignature(kept[kept.length - 1]!, paragraphs[paragraphs.length - 1]!) || CLOSING_NAME_CREDIT.test(paragraphs[paragraphs.length - 1]!))) {
    kept.pop();
    paragraphs.pop();
  }
  if (paragraphs.length === 0) return undefined;
  const html = joinHtml(kept, kept.map((block) => blockHtml(block, page.base, skip)));
  const text = paragraphs.join("\n\n");
  return { value: { paragraphs: slicesOf(text, paragraphs), text, html }, strategy };
}

/**
 * `paragraphs` as slices of `text`, their join: a slice shares the characters of the string it is cut from
 * (V8, JavaScriptCore and SpiderMonkey all make it a view), so the body's text is held once, not twice. On a
 * page that is all article this is a third of the result's memory.
 */
function slicesOf(text: string, paragraphs: readonly string[]): string[] {
  let at = 0;
  return paragraphs.map((paragraph) => {
    const slice = text.slice(at, at + paragraph.length);
    at += paragraph.length + 2;
    return slice;
  });
}

/** An empty body. */
export function emptyBody(): Body {
  return { paragraphs: [], text: "", html: "" };
}

/**
 * The article's own text as paragraphs, plain text and sanitized HTML. Headline, dateline-only paragraphs,
 * captions, notices, share bars, ads, promos, newsletter boxes, reprint notices, comments and related
 * sections are left out.
 *
 * @example
 * ```ts
 * const body = extractBody(parseHtml(html), { url });
 * body.paragraphs[0]; // the first paragraph's text
 * body.html;          // "<p>…</p><p>…</p>", safe to insert into a page
 * ```
 */
export function extractBody(doc: Document, options?: ExtractOptions): Body {
  return findBody(pageContext(doc, options))?.value ?? emptyBody();
}
