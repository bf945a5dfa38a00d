/**
 * The dateline: who filed the story, from where, when. Read from theme markup (`.dateline`), then from the
 * opening blocks of the article — a paragraph of its own (`【希望之声2021年7月28日】（希望之声记者高健雯综合报导）`)
 * or the opening of the first paragraph (`WASHINGTON (AP) —`). The grammar is `parseDateline`.
 * @module
 */
import type { Document } from "domhandler";
import { eachTextBlock, type TextBlock } from "../core/blocks.js";
import { blockText, contentContainer, isHiddenOrNoise } from "../core/content.js";
import { isElement, rawText, tagName } from "../core/dom.js";
import { isLabelWord, parseDateline, type ParseDatelineOptions } from "../core/parse-dateline.js";
import { inChrome } from "../core/regions.js";
import { selectSimple } from "../core/simple-select.js";
import { firstAccepted, once, pageContext, type Explained, type PageContext, type Strategy } from "../core/strategy.js";
import { cleanText } from "../core/text.js";
import { referenceDay } from "../sources/dates.js";
import { metaValue } from "../sources/meta.js";
import type { Dateline, ExtractOptions } from "../types.js";

/** How many opening blocks of the article may hold the dateline. */
const OPENING_BLOCKS = 4;

/**
 * The page's own date, used only to complete a dateline that omits the year or month, as `parseDateline`
 * options: the day its metadata states, else the day its URL holds (Xinhua's `/20240611/`, `/2024/06/11/`). Read
 * only when a dateline states a date: finding it means reading the page's metadata, and most blocks tried are no
 * dateline at all.
 */
export function referenceOptions(page: PageContext): ParseDatelineOptions {
  return {
    get referenceDate() {
      return referenceDay(page.doc) ?? urlDay(page.options.url ?? page.base);
    },
  };
}

/** The day a URL's path states: `/2024/06/11/`, `/20240611/`, `/2024/0611/`, `/2024-06-11/` (checked later). */
function urlDay(url: string | undefined): string | undefined {
  const m = url ? /\/((?:19|20)\d\d)[/-]?(\d\d)[/-]?(\d\d)(?=[/_.-]|$)/.exec(url) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Themes that mark the dateline: `.dateline`, `.article-dateline`, `[itemprop=dateline]`. */
function markedDateline(page: PageContext): Dateline | undefined {
  for (const el of selectSimple(".dateline, .article-dateline, .story-dateline, [itemprop~=dateline]", page.doc)) {
    if (inChrome(el)) continue;
    const found = parseDateline(cleanText(rawText(el)), referenceOptions(page));
    if (found) return found;
  }
  return undefined;
}

/** The first opening block of the article that starts with a dateline. */
function openingDateline(page: PageContext): Dateline | undefined {
  const found = contentContainer(page.doc);
  if (!found) return undefined;
  const options = referenceOptions(page);
  let seen = 0;
  let dateline: Dateline | undefined;
  eachTextBlock(found.parts[0]!, isHiddenOrNoise, (block) => {
    const text = blockText(block);
    if (!text) return false;
    dateline = parseDateline(text, options) ?? (seen === 0 ? boldPlaceColon(block, text) : undefined);
    return dateline !== undefined || ++seen >= OPENING_BLOCKS;
  });
  return dateline;
}

/** A place in bold and a colon opening the first paragraph: `<p><b>New Delhi:</b> The Delhi government …` (NDTV). */
const BOLD_PLACE = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,3}) ?:$/u;

/**
 * In plain text a capitalised word and a colon is as often a label (`Update:`) as a place, so the grammar does
 * not read it; set in bold alone at the start of the first paragraph, before more text, it is the place of filing.
 */
function boldPlaceColon(block: TextBlock, text: string): Dateline | undefined {
  const holder = block.nodes.length === 1 && isElement(block.nodes[0]) ? block.nodes[0] : undefined;
  const first = holder?.children.find((child) => child.type !== "text" || child.data.trim() !== "");
  if (!first || !isElement(first) || !BOLD_TAGS.has(tagName(first))) return undefined;
  const bold = cleanText(rawText(first));
  // The colon in the bold (`<b>New Delhi:</b>`), or a spaced dash after it (detik's `<strong>Jakarta</strong> - …`).
  const dash = bold.endsWith(":") ? undefined : / ?[-–—](?= )/.exec(text.slice(bold.length));
  const m = BOLD_PLACE.exec(dash ? `${bold}:` : bold);
  if (!m || isLabelWord(m[1]!) || !text.startsWith(bold) || (!dash && !bold.endsWith(":")) || (dash && dash.index !== 0)) return undefined;
  const raw = dash ? `${bold}${dash[0]}` : bold;
  return text.length > raw.length + 1 ? { raw, location: m[1]!, reporters: [] } : undefined;
}

const BOLD_TAGS = new Set(["b", "strong"]);

/** The dateline strategies, in the order they are tried. */
export const datelineStrategies: readonly Strategy<Dateline>[] = [
  { name: "dateline-markup", run: markedDateline },
  { name: "opening-paragraph", run: openingDateline },
];

/** The dateline with the strategy that found it, or `undefined`. */
export function findDateline(page: PageContext): Explained<Dateline> | undefined {
  return once(page, "dateline", () => {
    const found = firstAccepted(datelineStrategies, page);
    return found && { ...found, value: withSiteAsSource(found.value, page) };
  });
}

/**
 * A dateline made of the site's own name (`KABAR LEMBAH – …`, as Indonesian sites open their stories) names the
 * outlet. The grammar sees only text and reads all-caps words before a dash as a place; the page's
 * `og:site_name` says whose name it is.
 */
function withSiteAsSource(dateline: Dateline, page: PageContext): Dateline {
  if (dateline.location === undefined || dateline.source !== undefined) return dateline;
  const site = metaValue(page.doc, "og:site_name", "application-name");
  if (site === undefined || cleanText(site).toLowerCase() !== dateline.location.toLowerCase()) return dateline;
  const { location, ...rest } = dateline;
  return { ...rest, source: location };
}

/**
 * The article's dateline, or `undefined` when it has none.
 *
 * @example
 * ```ts
 * extractDateline(parseHtml("<div class='entry'><p>【希望之声2021年7月28日】（希望之声记者高健雯综合报导）</p><p>…</p></div>"));
 * // { raw: "【希望之声2021年7月28日】（希望之声记者高健雯综合报导）", source: "希望之声", date: "2021-07-28", reporters: ["高健雯"] }
 * ```
 */
export function extractDateline(doc: Document, options?: ExtractOptions): Dateline | undefined {
  return findDateline(pageContext(doc, options))?.value;
}
