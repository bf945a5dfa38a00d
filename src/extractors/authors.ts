/**
 * Authors: one ordered list of small strategies, the first valid list of names wins.
 *
 * 1. the dateline's reporters;
 * 2. theme byline markup that holds a labelled byline (`.byline` "By A and B", `.author` "记者 X");
 * 3. structured data: JSON-LD `author` (people, not organisations), microdata `itemprop=author`;
 * 4. the text around the article: a byline, a bar of fields or a bracketed credit under the headline or at the
 *    start of the text (`澎湃新闻记者 X Y`, `来源：X 作者：Y`, `本站讯（通讯员 X）`), then at its end
 *    (`（记者 X）`, `(文/图 X Y)`, `扬子晚报记者 X`);
 * 5. theme author markup with a bare name (`rel=author`, `.author-name`);
 * 6. a bare Chinese name on the line under the headline;
 * 7. `<meta>` author tags, unless they name the site or an organisation.
 *
 * A labelled byline printed on the page beats a bare name in markup or metadata, which often names the site
 * ("CSDN.NET", "证券时报网") or the account that posted the story. Editors (`编辑`, `责任编辑`), sources
 * (`来源`) and photographers are never authors. The text regions read are bounded (the lines around the
 * headline and around the ends of the content container); the page is cut into lines once per document, and
 * author markup is selected once per document. The byline grammar itself is `core/parse-byline.ts`.
 * @module
 */
import type { AnyNode, Document, Element, ParentNode } from "domhandler";
import { eachTextBlock, type TextBlock } from "../core/blocks.js";
import { contentContainer } from "../core/content.js";
import { DocumentCache } from "../core/document-cache.js";
import { contains, isElement, isHidden, isParent, NON_TEXT_TAGS as NOT_TEXT, rawText, tagName, walk } from "../core/dom.js";
import { creditReporters, parseBareNames, parseBracketCredit, parseByline, parseInfoLine } from "../core/parse-byline.js";
import { isLatinAgency } from "../core/parse-dateline.js";
import { hasToken, holdsArticleText, inChrome } from "../core/regions.js";
import { isRelatedBlock } from "../core/related-blocks.js";
import { elementsWithKey } from "../core/element-lookup.js";
import { matchesSimple, selectSimple } from "../core/simple-select.js";
import { elementsByTag } from "../core/page-index.js";
import { firstAccepted, pageContext, type Explained, type PageContext, type Strategy } from "../core/strategy.js";
import { cleanText, isBlank, uniqueBy } from "../core/text.js";
import { jsonLdArticles, jsonLdNodes, jsonLdPageArticles, jsonLdText, jsonLdTypes, type JsonLdNode } from "../sources/json-ld.js";
import { metaTags } from "../sources/meta.js";
import type { ExtractOptions } from "../types.js";
import { findDateline } from "./dateline.js";

// ---------------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------------

/**
 * Elements that may hold a byline or an author's name: theme classes and ids with an `author` or `byline`
 * part (`.byline`, `.article__author`, `.pb-byline`, `.author-name`, `#author`), `rel=author`, `itemprop=author`.
 * The class test is narrowed by `AUTHOR_TOKEN` below.
 */
const AUTHOR_MARKUP = "[class*=author i], [class*=byline i], [class*=writer i], [id*=author i], [id*=byline i], [rel~=author], [itemprop~=author], [property~=author]";
/** A class or id part that marks author markup. */
const AUTHOR_TOKEN = /^(?:author|authors|byline|bylines|by-line|writer|writers|autor|auteur|author-name|author-link)$/;
/**
 * Class or id parts of the element that holds the name itself. Such an element is read even when another of its
 * classes is one of `NOT_NAME_TOKEN` (Jannah writes `<a class="author-name tie-icon">`, the icon drawn by CSS).
 */
const NAME_TOKEN = /^(?:name|fn|author-name|authorname)$/;
/** Parts that mark something about the author that is not the name: a photo, a bio, a follow button, a comment. */
const NOT_NAME_TOKEN = /^(?:bio|avatar|img|image|photo|pic|picture|thumb|thumbnail|desc|description|about|intro|comment|comments|reply|follow|social|share|count|more|posts|articles|list|link|links|label|title|icon)$/;

/** `<meta>` keys that name an author, most specific first (Dublin Core names the creator; `author` often names the site). */
const META_AUTHOR_KEYS: readonly string[] = [
  "dc:creator", "dc.creator", "dcterms:creator", "dcterms.creator", "citation_author", "citation_authors", "author",
  "article:author", "parsely-author", "sailthru.author", "byl",
];

/** `<meta>` keys that name the site itself. */
const SITE_NAME_KEYS: readonly string[] = ["og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site", "publisher", "copyright"];

/** Endings of a Chinese organisation's name: a site, paper, agency, company, office or party branch. */
const CJK_ORG_ENDING =
  /(?:网|網|报|報|社|台|刊|站|频道|頻道|杂志|雜誌|公司|集团|集團|中心|局|部|委|会|會|院|处|處|办|辦|所|厅|廳|政府|支部|协会|協會|大学|大學|学校|學校|医院|醫院|银行|銀行|新闻|新聞|传媒|傳媒|企鹅号|企鵝號|号|號)$/;
/** Endings that no personal name has, even a three-character one: `新华社`, `人民网`, `澎湃号`. */
const CJK_MEDIA_ENDING = /(?:网|網|报|報|社|台|刊|站|频道|頻道|号|號|局|厅|廳)$/;
/** Words of a Latin-script organisation's name. */
const LATIN_ORG_WORD =
  /(?:^|[\s-])(?:inc|ltd|llc|gmbh|ag|corp|co|company|news|media|press|presse|publishing|publishers|magazine|magazin|journal|times|post|daily|network|group|team|staff|editorial|editors|desk|newsroom|haber merkezi|agency|agência|agencia|agence|foundation|institute|university|association|society|organization|organisation|wire|online|blog|website|portal|verlag|zeitung|redaktion|redazione|redacción|redaccion|rédaction|redaction|redação|redacao|redactie|redakcja|nachrichten|rundschau|kurier|anzeiger|tagblatt)(?=$|[\s.,])/i;

/** How many lines after the headline may hold a byline or a bar of fields. */
const AFTER_HEADLINE = 8;
/** How many lines at the start of the content container are read (a title, a subtitle and a date may come first). */
const CONTAINER_EDGE = 6;
/** How many lines at the end of the content container are read (a credit may sit above a line of links or a rule). */
const END_EDGE = 6;
/**
 * How many of the container's last lines may end with a bracketed credit: its last two paragraphs (lines of
 * `PARAGRAPH` characters or more) and the short lines after them (a share bar, tags, a date), at most this many.
 */
const CREDIT_EDGE = 12;
const PARAGRAPH = 60;
/** How many lines after the content container may hold a closing byline. */
const AFTER_CONTAINER = 6;
/** How many lines open a page that shows neither a headline nor a content container. */
const NO_ANCHOR_LINES = 20;
/** Longest line read as a byline or a bar of fields. */
const MAX_LINE = 200;
/** A line that is only a label, whose names are in the next cells: `作者：` | `芊草凡凡`, `本报实习生` | `刘国栋 周炜`. */
const LABEL_ONLY =
  /^(?:作者|作 者|撰文|执笔人|執筆人|执笔|執筆|文|(?:本报|本報|本刊)?(?:实习|實習|特约|特約|见习|見習)?(?:记者|記者|通讯员|通訊員|实习生|實習生)) ?[:：/／]?$/;

// ---------------------------------------------------------------------------------------------------
// Checks shared by the strategies
// ---------------------------------------------------------------------------------------------------

/** A plausible name: no digits (dates, "5 minutes ago"), no URL or e-mail, not a sentence. */
function isName(text: string): boolean {
  return text.length >= 2 && text.length <= 60 && !/\d|@|https?:|www\.|[。！？!?;；]/i.test(text);
}

/** A name that an organisation, not a person, goes by: a domain, a site, a paper, an office. */
function isOrganisation(name: string): boolean {
  if (/\.[a-z]{2,6}$/i.test(name) || /^www\./i.test(name)) return true;
  if (/^\p{Script=Han}{2,}$/u.test(name)) return (name.length >= 3 && CJK_MEDIA_ENDING.test(name)) || (name.length >= 4 && CJK_ORG_ENDING.test(name));
  return LATIN_ORG_WORD.test(name);
}

/** Squashed form for comparing names: lower case, letters and digits only. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

const siteNamesCache = /* @__PURE__ */ new DocumentCache<Set<string>>();

/** The names the site goes by: `og:site_name` and its kin, the JSON-LD publisher, the host's main label. */
function siteNames(page: PageContext): Set<string> {
  let names = siteNamesCache.get(page.doc);
  if (names) return names;
  names = new Set();
  const meta = metaTags(page.doc);
  for (const key of SITE_NAME_KEYS) for (const value of meta.get(key) ?? []) names.add(squash(value.replace(/^@/, "")));
  for (const article of jsonLdArticles(page.doc)) {
    const publisher = jsonLdText(article.publisher);
    if (publisher) names.add(squash(publisher));
  }
  const host = hostOf(page.base);
  if (host) {
    const labels = host.replace(/^www\./, "").split(".");
    if (labels.length >= 2) names.add(squash(labels[labels.length - 2]!));
  }
  names.delete("");
  siteNamesCache.set(page.doc, names);
  return names;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * The names that may be returned: plausible, without duplicates, and not the site's own name — unless that is a
 * person's name too (a personal blog is named after its author), so only a one-word or organisation-like match
 * is dropped.
 */
function validNames(names: readonly string[], page: PageContext): string[] | undefined {
  const sites = siteNames(page);
  const isSite = (n: string) => sites.has(squash(n)) && (!n.includes(" ") || isOrganisation(n));
  // A wire agency credited as the author (`Lusa`, `Reuters`) is not a person.
  const valid = names.map(cleanText).filter((n) => isName(n) && !NOT_A_NAME.test(n) && !isSite(n) && !isLatinAgency(n));
  return valid.length > 0 ? uniqueBy(valid, (n) => n) : undefined;
}

/**
 * The names of a value that holds only names (a meta tag, a JSON-LD string, an author link): read as a byline
 * (`By Jane Doe and John Roe`, `作者：张三 李四`) so lists split and titles drop, or else kept whole when it is a
 * plausible name that is not an organisation's.
 */
function namesOfValue(value: string): string[] {
  const text = cleanText(value.replace(/\s*[(<]\s*(?:https?:\/\/|mailto:|[^\s()<>]+@)[^()<>]*[)>]/gi, ""))
    .replace(JOB_TITLE, "")
    .replace(/\s*[,;:|–—-]+$/, "");
  // A user id such as "CC7567" or "L_104485" is not a name.
  if (!text || text.length > MAX_LINE || /\p{L}_?\d|\d\p{L}/u.test(text)) return [];
  const labelled = parseByline(text);
  if (labelled.length > 0) return labelled;
  if (isOrganisation(text)) return [];
  // "Kooman, F.", "Jong, Michiel de": one person written surname first.
  const inverted = /^[^\s,]+, [^,]+$/.test(text) && !/ and | & /.test(text);
  const cjk = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(text);
  const read = inverted ? [] : parseByline(cjk ? `作者：${text}` : `By ${text}`);
  if (read.length > 0) return read.filter((n) => !isOrganisation(n));
  // Kept whole: one plausible name that the byline grammar does not read (a user name, "Richard (R.J.) Eskow").
  const whole = text.replace(/^(?:by|von|par|por) /i, "");
  // An agency's initials ("PTI", "AP") are not a person.
  if (/^[A-Z]{2,5}$/.test(whole) || (/,/.test(whole) && !inverted)) return [];
  return isName(whole) && !/[:：|｜]/.test(whole) && !NOT_A_NAME.test(whole) && whole.split(" ").length <= 6 ? [whole] : [];
}

/**
 * A job title after a name and a comma, in a value that names one person: `Jane Doe, Senior Reporter`,
 * `Ana Lopez, Times Staff Writer`, `Katrin Vogel, Korrespondentin Berlin`. It is cut, so that it is neither taken
 * for a second name nor makes the whole an organisation's (`Staff`).
 */
const JOB_TITLE =
  /,\s*(?:[\p{L}.'’-]+\s+){0,3}(?:reporter|writer|editor|correspondent|columnist|journalist|photographer|contributor|producer|analyst|korrespondent(?:in)?|redakteur(?:in)?|reporterin|autor(?:in)?|journaliste|rédact(?:eur|rice)|corresponsal|periodista|redator(?:a)?|repórter|giornalista|correspondente)(?![\p{L}]).*$/iu;

/** Values of author markup and metadata that name nobody: a label, a CMS account, an article ("The …"). */
const NOT_A_NAME =
  /^(?:by|von|par|por|author|authors|posted|written|staff|admin|administrator|webmaster|editor|editors|guest|anonymous|unknown|none|null|follow|redaktion|redaction|rédaction|redacción|redazione|newsroom|editorial|team|redaksi|作者|匿名|佚名|本站|小编|小編|管理员|管理員|网友|網友|編集部|编辑部|編輯部|편집부|편집국|[a-z]{1,3})$|admin$|^(?:the|by|von|par|por) /i;

// ---------------------------------------------------------------------------------------------------
// The page's lines, cut once per document
// ---------------------------------------------------------------------------------------------------

/**
 * The page's text as lines — its text blocks, each cut at `<br>` — around the places that anchor the bounded
 * regions read for bylines: the lines before the content container, its first and last lines, and the lines after
 * it. Many pages print a byline as one line of a paragraph (`标题<br>胡平<br>——副题`).
 */
interface ArticleLines {
  texts: string[];
  /** Index of the content container's first line, and one past its last (`-1` when there is no container). */
  start: number;
  end: number;
  /** Index of the headline's line, or `-1`. */
  headline: number;
}

const linesCache = /* @__PURE__ */ new DocumentCache<ArticleLines>();

/** A block's text cut at each `<br>`, whitespace-collapsed, empty lines dropped. */
function blockLines(block: TextBlock): readonly string[] {
  // Most blocks are one text node: one line, or none, with no list of its own to build.
  const nodes = block.nodes;
  if (nodes.length === 1 && nodes[0]!.type === "text") {
    const data = nodes[0]!.data;
    return isBlank(data) ? NO_LINES : [cleanText(data)];
  }
  const lines: string[] = [];
  let current = "";
  const endLine = (): void => {
    const line = cleanText(current);
    if (line) lines.push(line);
    current = "";
  };
  const visit = (node: AnyNode): boolean => {
    if (node.type === "text") current += node.data;
    else if (isElement(node)) {
      const name = tagName(node);
      if (NOT_TEXT.has(name) || isHidden(node)) return false;
      if (name === "br") endLine();
    }
    return true;
  };
  for (const node of nodes) if (visit(node) && isParent(node)) walk(node, visit);
  endLine();
  return lines.length > 0 ? lines : NO_LINES;
}

const NO_LINES: readonly string[] = Object.freeze([]);

/** How many lines are cut around each anchor: before the container (where the headline is looked for), its first
 * lines, its last lines, and after it. Only these are read, so the body's middle is never cut into lines. */
const LINES_BEFORE = 32;
const LINES_FIRST = 26;
const LINES_LAST = 14;
const LINES_AFTER = 8;

/**
 * The text blocks of `root` up to the last one `articleLines` reads: the blocks below `container` are one run
 * of the list (they are all cut while the container's own frame is open), so once a block after them gives
 * `LINES_AFTER` lines, nothing later is read; without a container, the first `NO_ANCHOR_LINES` lines end it.
 * The page's footer, sidebars and widgets after the article are not cut into blocks.
 */
function blocksToRead(root: ParentNode, container: Element | undefined, linesOf: (block: TextBlock) => readonly string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let seenInside = false;
  let passed = false;
  let linesAfter = 0;
  eachTextBlock(root, isHidden, (block) => {
    blocks.push(block);
    if (!container) {
      linesAfter += linesOf(block).length;
      return linesAfter >= NO_ANCHOR_LINES;
    }
    if (!passed) {
      if (contains(container, block.parent)) seenInside = true;
      else if (seenInside) passed = true;
    }
    if (!passed) return false;
    linesAfter += linesOf(block).length;
    return linesAfter >= LINES_AFTER;
  });
  return blocks;
}

function articleLines(doc: Document): ArticleLines {
  const cached = linesCache.get(doc);
  if (cached) return cached;
  const root = elementsByTag(doc, "body")[0] ?? doc;
  const container = contentContainer(doc)?.container;
  // Each block's lines, cut once: the blocks counted while finding where to stop are read again below.
  const knownLines = new Map<TextBlock, readonly string[]>();
  const linesOf = (block: TextBlock): readonly string[] => {
    let lines = knownLines.get(block);
    if (lines === undefined) knownLines.set(block, (lines = blockLines(block)));
    return lines;
  };
  const blocks = blocksToRead(root, container, linesOf);
  const headings = new Set<number>();
  const texts: string[] = [];
  // Lines of blocks [from, to) in order, read until `need` lines are had (from the end when `backwards`).
  const cut = (from: number, to: number, need: number, backwards = false): { lines: string[]; h1: number[]; reached: number } => {
    const parts: { lines: readonly string[]; h1: boolean }[] = [];
    let count = 0;
    let i = backwards ? to - 1 : from;
    for (; backwards ? i >= from : i < to; backwards ? i-- : i++) {
      if (count >= need) break;
      const block = blocks[i]!;
      const lines = linesOf(block);
      if (lines.length === 0) continue;
      parts.push({ lines, h1: block.kind === "h1" });
      count += lines.length;
    }
    if (backwards) parts.reverse();
    const lines: string[] = [];
    const h1: number[] = [];
    for (const part of parts) {
      if (part.h1) h1.push(lines.length);
      for (const item of part.lines) lines.push(item);
    }
    return { lines, h1, reached: i };
  };
  const add = (part: { lines: string[]; h1: number[] }) => {
    for (const h of part.h1) headings.add(texts.length + h);
    for (const item of part.lines) texts.push(item);
  };
  let start = -1;
  let end = -1;
  let first = -1;
  let last = -1;
  if (container) {
    for (let i = 0; i < blocks.length; i++) {
      if (!contains(container, blocks[i]!.parent)) continue;
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) {
    add(cut(0, blocks.length, NO_ANCHOR_LINES));
  } else {
    add(cut(0, first, LINES_BEFORE, true));
    start = texts.length;
    const head = cut(first, last + 1, LINES_FIRST);
    add(head);
    // The container's last lines, unless its first ones already reached its end.
    if (head.reached <= last) {
      const tail = cut(head.reached, last + 1, LINES_LAST, true);
      // An empty line marks the lines left out between the two, so that no byline reads across the gap.
      if (tail.reached >= head.reached) texts.push("");
      add(tail);
    }
    end = texts.length;
    add(cut(last + 1, blocks.length, LINES_AFTER));
  }
  const lines: ArticleLines = { texts, start, end, headline: headlineLine(doc, texts, headings, start) };
  linesCache.set(doc, lines);
  return lines;
}

/**
 * The line that shows the headline: near the container's start, an `h1`, or a line whose text is the page's
 * `<title>` or `og:title` (or a part of `<title>` between its separators). The last match before the container
 * wins, since some pages print the title twice (a breadcrumb, then the heading).
 */
function headlineLine(doc: Document, texts: string[], headings: ReadonlySet<number>, start: number): number {
  const titles = new Set<string>();
  const titleEl = documentTitle(doc);
  const title = titleEl ? cleanText(rawText(titleEl)) : "";
  for (const t of [title, ...title.split(/\s*[|_｜—–-]\s*/)]) if (t.length >= 4) titles.add(squash(t));
  const og = metaTags(doc).get("og:title")?.[0];
  if (og) titles.add(squash(og));
  titles.delete("");
  const anchor = start < 0 ? 0 : start;
  let found = -1;
  for (let i = Math.max(0, anchor - 30); i < Math.min(texts.length, anchor + 25); i++) {
    const t = texts[i]!;
    if (t.length <= 300 && (headings.has(i) || titles.has(squash(t)))) found = i;
    // Past the container's start, the first match is the article's own title.
    if (found >= 0 && start >= 0 && i >= start) break;
  }
  return found;
}

/**
 * The `<title>` element, looked for only where it may be — the top four levels outside `<body>` (`<html>`, `<head>`,
 * and a wrapper some saved pages put around them) — not in the whole tree.
 */
function documentTitle(doc: Document): Element | undefined {
  let level: AnyNode[] = doc.children;
  for (let depth = 0; depth < 4 && level.length > 0; depth++) {
    const next: AnyNode[] = [];
    for (const node of level) {
      if (!isElement(node)) continue;
      const name = tagName(node);
      if (name === "title") return node;
      if (name === "head" || (name !== "body" && !NOT_TEXT.has(name))) for (const child of node.children) next.push(child);
    }
    level = next;
  }
  return undefined;
}

/** The labelled names of one line: a byline, or a bar of fields with an author field. */
function labelledNames(text: string): string[] {
  if (!text || text.length > MAX_LINE) return [];
  const names = parseByline(text);
  return names.length > 0 ? names : parseInfoLine(text);
}

/** A bracket that ends a line, or is all of it. */
const CLOSING_BRACKET = /[（(]([^（）()]{2,60})[）)]$/;

/**
 * The labelled names in lines `[from, to)`: each line as a byline or a bar of fields, with the byline lines right
 * after it (`本报实习生 X` / `本报记者 Y`); a line that is only a label (`作者：`, `本报记者`) read together with the
 * short lines after it (table cells); and, in the container's first lines, a bracketed credit after `…讯` or at
 * the end.
 */
function namesInLines(lines: ArticleLines, from: number, to: number): string[] {
  const { texts } = lines;
  for (let i = Math.max(0, from); i < Math.min(to, texts.length); i++) {
    const text = texts[i]!;
    const names = labelledNames(text);
    if (names.length > 0) {
      for (let j = i + 1; j < Math.min(i + 3, texts.length); j++) {
        const more = parseByline(texts[j]!);
        if (more.length === 0) break;
        for (const item of more) names.push(item);
      }
      return names;
    }
    if (LABEL_ONLY.test(text)) {
      // The label's names are in the next cells; read on while the cells are short, keeping the longest list.
      let joined = text;
      let best: string[] = [];
      for (let j = i + 1; j < Math.min(i + 5, texts.length); j++) {
        const next = texts[j]!;
        if (next.length > 40) break;
        joined += ` ${next}`;
        const found = parseByline(joined);
        if (found.length > best.length) best = found;
      }
      if (best.length > 0) return best;
    }
    if (i === lines.start) {
      const credit = parseBracketCredit(text, "start");
      if (credit.length > 0) return credit;
    }
    // A reporter's credit in brackets that is a line of its own, after a dateline in brackets
    // (`（看中国记者林风综合报导）`), or that closes the first paragraph (看中国: `…驻足。（记者李明／台北报导）`). Only
    // a credit with a reporter's title counts (`creditReporters`): a bare name in brackets there may be anyone's.
    const closing = i <= lines.start + 2 ? CLOSING_BRACKET.exec(text) : null;
    if (closing) {
      const names = creditReporters(closing[1]!);
      if (names.length > 0) return names;
    }
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------
// The strategies
// ---------------------------------------------------------------------------------------------------

/** The reporters the dateline names: `【…】（希望之声记者高健雯综合报导）`, `(서울=연합뉴스) 김철수 기자 =`. */
function datelineReporters(page: PageContext): string[] | undefined {
  const reporters = findDateline(page)?.value.reporters;
  return reporters && validNames(reporters, page);
}

const markupCache = /* @__PURE__ */ new DocumentCache<Element[]>();

/**
 * The elements `AUTHOR_MARKUP` matches, in document order. Its substring selectors (`[class*=author i]`) could
 * match any element with a class; the page's distinct classes and ids are tested once instead, and only the
 * elements that have a matching one (or a `rel` / `itemprop`) are tested against the selector.
 */
function authorMarkupCandidates(doc: Document): Element[] {
  return elementsWithKey(doc, (name) => AUTHOR_MARKUP_WORD.test(name), ["[rel", "[itemprop", "[property"]).filter((el) => mayBeAuthorMarkup(el) && matchesSimple(el, AUTHOR_MARKUP));
}

/** The words `AUTHOR_MARKUP` looks for in a class or id. */
const AUTHOR_MARKUP_WORD = /author|byline|writer/i;

/**
 * What every match of `AUTHOR_MARKUP` has, tested cheaply first: most elements with a `rel` (`nofollow`,
 * `stylesheet`) or an `itemprop` name no author, and the selector list is slow to run on each.
 */
function mayBeAuthorMarkup(el: Element): boolean {
  const { rel, itemprop, property, class: cls, id } = el.attribs;
  return (
    rel?.includes("author") === true ||
    itemprop?.includes("author") === true ||
    property?.includes("author") === true ||
    (cls !== undefined && AUTHOR_MARKUP_WORD.test(cls)) ||
    (id !== undefined && AUTHOR_MARKUP_WORD.test(id))
  );
}

/** Author markup outside page chrome and comments, in document order; found once per document. */
function authorMarkup(doc: Document): Element[] {
  let found = markupCache.get(doc);
  if (found) return found;
  found = authorMarkupCandidates(doc).filter((el) => {
    const byAttr = /\bauthor\b/.test(`${el.attribs.rel ?? ""} ${el.attribs.itemprop ?? ""} ${el.attribs.property ?? ""}`);
    if (!byAttr && (!hasToken(el, AUTHOR_TOKEN) || hasToken(el, NOT_NAME_TOKEN))) return false;
    if (tagName(el) === "meta" || tagName(el) === "link" || tagName(el) === "body" || tagName(el) === "html") return false;
    return !inChrome(el) && !inCommentOrRelated(el);
  });
  markupCache.set(doc, found);
  return found;
}

const COMMENT_TOKEN = /^(?:comment|comments|commentlist|reply|replies)$/;

/**
 * True inside a comment (a microdata `Comment` item or a comment list) or a related-posts block, whose cards carry
 * their own posts' bylines (ColorMag's `related-posts-wrapper`). A block that holds the article's text is not one.
 */
function inCommentOrRelated(el: Element): boolean {
  for (let p = el.parent; p && p.type === "tag"; p = p.parent) {
    const e = p as Element;
    if (/Comment|Review|Answer/.test(e.attribs.itemtype ?? "") || hasToken(e, COMMENT_TOKEN)) return true;
    if (isRelatedBlock(e) && !holdsArticleText(e)) return true;
  }
  return false;
}

/** Theme byline markup holding a labelled byline: `<div class="byline">By Jane Doe</div>`, `<span class="author">记者 王明</span>`. */
function bylineMarkup(page: PageContext): string[] | undefined {
  const markup = authorMarkup(page.doc);
  for (const el of markup) {
    const names = labelledNames(el.attribs.content ?? spacedText(el));
    const valid = validNames(names.length > 0 ? refineByLinks(names, el) : names, page);
    if (valid) return withCoAuthors(valid, el, markup, page);
  }
  return undefined;
}

/**
 * The byline's names with those of its co-authors, when each author has an element of the same markup beside it:
 * `<span itemprop="author">By <span itemprop="name">A</span></span>, <span itemprop="author">…B…</span>` (only the
 * first carries the "By" that made it a byline).
 */
function withCoAuthors(names: string[], byline: Element, markup: readonly Element[], page: PageContext): string[] {
  const sameMarkup = (el: Element): boolean =>
    el.parent === byline.parent && AUTHOR_ATTRIBUTES.every((name) => el.attribs[name] === byline.attribs[name]);
  const group = markup.filter((el) => el === byline || sameMarkup(el));
  if (group.length < 2) return names;
  const all = group.flatMap((el) => (el === byline ? names : namesOfValue(el.attribs.content ?? spacedText(el))));
  return validNames(all, page) ?? names;
}

/** The attributes that make two elements the same author markup. */
const AUTHOR_ATTRIBUTES = ["itemprop", "rel", "class"] as const;

/**
 * An element's text with a space at each element boundary, so that a name and the job title in the next element
 * (`<a>Meg James</a><span>Staff Writer</span>`) stay two words. Bylines are short, so the text is read only up to
 * a bound.
 */
function spacedText(el: Element): string {
  let text = "";
  walk(el, (node) => {
    if (text.length > MAX_LINE * 2) return false;
    if (node.type === "text") text += node.data.replace(/\s+/g, " ");
    else if (isElement(node)) {
      // An author's bio or job title inside the byline (`.byline__mini-bio`) is not part of a name.
      if (NOT_TEXT.has(tagName(node)) || isHidden(node) || (hasToken(node, NOT_NAME_TOKEN) && !hasToken(node, NAME_TOKEN))) return false;
      if (!text.endsWith(" ")) text += " ";
    }
    return true;
  });
  return cleanText(text);
}

/**
 * A name as the byline's own links write it: text read on past a name ("By Benjamin Romano Seattle Times business
 * reporter", where the job title is a block of its own) is cut back to the linked name it starts with.
 */
function refineByLinks(names: string[], byline: Element): string[] {
  const links = selectSimple("a", byline).map((a) => cleanText(rawText(a))).filter((t) => t.length >= 2 && t.length <= 60);
  if (links.length === 0) return names;
  return names.map((name) => {
    let best: string | undefined;
    for (const link of links) if (name.startsWith(`${link} `) && (!best || link.length > best.length)) best = link;
    return best ?? name;
  });
}

/** Types of a JSON-LD author that are not a person. */
const NOT_PERSON_TYPE = /Organization$|^(?:Corporation|NGO|NewsMediaOrganization|WebSite|Brand)$/;

/** JSON-LD `author` (or `creator`) of the article: people, by `name` or as strings; organisations are not authors. */
function jsonLdAuthors(page: PageContext): string[] | undefined {
  for (const article of jsonLdPageArticles(page.doc)) {
    const author = article.author ?? article.creator;
    const list = Array.isArray(author) ? author : author ? [author] : [];
    const names: string[] = [];
    for (const ref of list) {
      const item = resolveJsonLd(ref, page.doc);
      if (item && typeof item === "object" && jsonLdTypes(item as JsonLdNode).some((t) => NOT_PERSON_TYPE.test(t))) continue;
      const name = jsonLdText(item);
      if (name) for (const item of namesOfValue(name)) names.push(item);
    }
    const valid = validNames(names, page);
    if (valid) return valid;
  }
  return undefined;
}

const jsonLdIds = /* @__PURE__ */ new DocumentCache<Map<string, JsonLdNode>>();

/** A JSON-LD reference (`{"@id": "…#/schema/person/1"}`, as Yoast writes the author) replaced by the node it names. */
function resolveJsonLd(value: unknown, doc: Document): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const node = value as JsonLdNode;
  const id = node["@id"];
  if (typeof id !== "string" || node["name"] !== undefined) return value;
  let ids = jsonLdIds.get(doc);
  if (!ids) {
    ids = new Map();
    for (const n of jsonLdNodes(doc)) if (typeof n["@id"] === "string" && !ids.has(n["@id"])) ids.set(n["@id"], n);
    jsonLdIds.set(doc, ids);
  }
  return ids.get(id) ?? value;
}

/** An `author` property, in microdata (`itemprop`) or RDFa Lite (`property`, maybe `schema:`-prefixed). */
const AUTHOR_PROPERTY = /(?:^|\s)(?:schema:)?author(?:\s|$)/;

/**
 * Microdata `itemprop=author` and RDFa Lite `property=author`: the item's `name`, the `content` attribute, or the
 * element's text.
 */
function microdataAuthors(page: PageContext): string[] | undefined {
  const names: string[] = [];
  let scope: Element | undefined;
  for (const el of authorMarkup(page.doc)) {
    if (!AUTHOR_PROPERTY.test(el.attribs.itemprop ?? el.attribs.property ?? "")) continue;
    // An organisation credited as author (`itemtype=".../Organization"`: an agency, the newsroom) is not a
    // person, as in JSON-LD.
    if (/Organization|Corporation/.test(el.attribs.itemtype ?? el.attribs.typeof ?? "")) continue;
    // The authors of the first item that names any; a teaser's item further down names its own.
    const item = itemScopeOf(el);
    if (scope === undefined) scope = item;
    else if (item !== scope) continue;
    const named = el.attribs.itemscope !== undefined || el.attribs.typeof !== undefined ? selectSimple("[itemprop~=name], [property~=name]", el)[0] : undefined;
    const value = named ? named.attribs.content ?? rawText(named) : el.attribs.content ?? rawText(el);
    for (const item of namesOfValue(value)) names.push(item);
  }
  return validNames(names, page);
}

/** The element that opens the microdata item a property belongs to (`itemscope` or RDFa `typeof`). */
function itemScopeOf(el: Element): Element | undefined {
  for (let p = el.parent; p && p.type === "tag"; p = p.parent) {
    const e = p as Element;
    if (e.attribs.itemscope !== undefined || e.attribs.typeof !== undefined) return e;
  }
  return undefined;
}

/**
 * The head of the article: the lines under the headline (a byline, a bar of fields such as
 * `2019-09-26 12:11 来源：证券时报网 作者：李在山`) and the first lines of the content container (an opening byline
 * `澎湃新闻记者 段彦超 廖艳`, or `本站讯（职工通讯员 李琴雯 刘会）`).
 */
function headOfArticle(page: PageContext): string[] | undefined {
  const lines = articleLines(page.doc);
  const { headline, start } = lines;
  let names: string[] = [];
  if (headline >= 0 && (start < 0 || headline < start)) {
    // The lines between the headline and the text, then the text's first lines.
    names = namesInLines(lines, headline + 1, start < 0 ? headline + 1 + AFTER_HEADLINE : Math.min(start, headline + 1 + AFTER_HEADLINE));
    if (names.length === 0 && start >= 0) names = namesInLines(lines, start, start + CONTAINER_EDGE);
  } else if (headline >= 0) {
    // The headline inside the container: the lines right under it.
    names = namesInLines(lines, headline + 1, headline + 1 + CONTAINER_EDGE);
  } else if (start >= 0) {
    names = namesInLines(lines, start - 4, start + CONTAINER_EDGE);
  }
  // A page with neither (a forum thread, a bare table layout): its first lines stand for the head.
  if (lines.headline < 0 && lines.start < 0) names = namesInLines(lines, 0, NO_ANCHOR_LINES);
  return validNames(names, page);
}

/**
 * The end of the article: a bracketed credit closing one of the container's last paragraphs (`（记者 胡晓蓉）`,
 * `(文/图 刘玺东 易赛楠)`, `（常书香 马丹阳）`), or a byline or bar of fields among its last lines and the few
 * after it (`扬子晚报记者 张楠`, `编辑：X 来源：Y 作者：Z`).
 */
function endOfArticle(page: PageContext): string[] | undefined {
  const lines = articleLines(page.doc);
  if (lines.start < 0) return undefined;
  // Back from the container's end, past its trailing widgets (share bar, tags, date), to its last paragraphs.
  let paragraphs = 0;
  for (let i = lines.end - 1; i >= Math.max(lines.start, lines.end - CREDIT_EDGE) && paragraphs < 2; i--) {
    const text = lines.texts[i]!;
    const credit = parseBracketCredit(text, "end");
    if (credit.length > 0) return validNames(credit, page);
    if (text.length >= PARAGRAPH) paragraphs++;
  }
  return validNames(namesInLines(lines, Math.max(lines.start, lines.end - END_EDGE), lines.end + AFTER_CONTAINER), page);
}

/** Theme author markup with a bare name: `<a rel="author">Jane Doe</a>`, `<span class="author-name">王明</span>`. */
function bareAuthorMarkup(page: PageContext): string[] | undefined {
  for (const el of authorMarkup(page.doc)) {
    const value = el.attribs.content ?? spacedText(el);
    let names = namesOfValue(value);
    // A class alone is weak evidence: one Latin word there is as often a place or a desk ("Washington") as a name.
    if (!/\bauthor\b/.test(`${el.attribs.rel ?? ""} ${el.attribs.itemprop ?? ""}`)) names = names.filter((n) => !/^[\p{Script=Latin}.'-]+$/u.test(n));
    const valid = validNames(names, page);
    if (valid) return valid;
  }
  return undefined;
}

/**
 * A line of bare Chinese names right under the headline, as blogs, forums and journals print the author: `胡平`,
 * `赵延东、风笑天`. Without a known headline, a short first line of the container stands for it.
 */
function nameUnderHeadline(page: PageContext): string[] | undefined {
  const lines = articleLines(page.doc);
  const { texts } = lines;
  if (lines.headline >= 0) return validNames(parseBareNames(texts[lines.headline + 1] ?? ""), page);
  if (lines.start < 0) return undefined;
  for (let i = Math.max(1, lines.start); i < Math.min(lines.start + 5, lines.end); i++) {
    if (!isTitleLine(texts[i - 1]!)) continue;
    const names = validNames(parseBareNames(texts[i]!), page);
    if (names) return names;
  }
  return undefined;
}

/** A line that reads as a title: short, not a sentence, not a date. */
function isTitleLine(text: string): boolean {
  return text.length >= 4 && text.length <= 60 && !/[。，,；;：:]|\d{4}/.test(text);
}

/** `<meta>` author tags (`dc:creator`, `author`, `citation_author` …), unless the value names the site or an organisation. */
function metaAuthors(page: PageContext): string[] | undefined {
  const meta = metaTags(page.doc);
  for (const key of META_AUTHOR_KEYS) {
    const values = meta.get(key);
    if (!values) continue;
    const names = values.flatMap((v) => v.split(/\s*;\s*/)).flatMap(namesOfValue);
    const valid = validNames(names, page);
    if (valid) return valid;
  }
  return undefined;
}

/** The author strategies, in the order they are tried; the first valid list of names wins. */
export const authorStrategies: readonly Strategy<string[]>[] = [
  // The dateline's credit: `（希望之声记者高健雯综合报导）`, `(서울=연합뉴스) 김철수 기자 =`.
  { name: "dateline", run: datelineReporters },
  // Theme byline markup with a label: `.byline` "By A and B", `.article__author` "By X", `.author` "记者 X".
  { name: "byline-markup", run: bylineMarkup },
  // Structured data: JSON-LD `author` people, then microdata `itemprop=author`.
  { name: "json-ld", run: jsonLdAuthors },
  { name: "microdata", run: microdataAuthors },
  // Printed text: under the headline and at the start of the container, then at its end.
  { name: "article-head", run: headOfArticle },
  { name: "article-end", run: endOfArticle },
  // A bare name in theme markup: `a[rel=author]`, `.author-name`, `.byline` without "By".
  { name: "author-markup", run: bareAuthorMarkup },
  // A bare Chinese name under the headline (blogs, journals).
  { name: "name-under-headline", run: nameUnderHeadline },
  // `<meta name=author>` and its kin, which often name the site instead.
  { name: "meta", run: metaAuthors },
];

/** The authors with the strategy that found them, or `undefined`. */
export function findAuthors(page: PageContext): Explained<string[]> | undefined {
  return firstAccepted(authorStrategies, page);
}

/**
 * The article's authors, without 记者 / 기자 / "By"; `[]` when it names none.
 *
 * @example
 * ```ts
 * extractAuthors(parseHtml("<h1>标题</h1><div class='info'>来源：证券时报网 作者：李在山</div><div class='content'><p>…</p></div>"));
 * // ["李在山"]
 * ```
 */
export function extractAuthors(doc: Document, options?: ExtractOptions): string[] {
  return findAuthors(pageContext(doc, options))?.value ?? [];
}
