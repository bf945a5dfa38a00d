/**
 * Authors: the dateline's reporters, then byline markup (`By A and B`, `记者X`, `文/X`), then structured data
 * (JSON-LD `author`, microdata `itemprop=author`, `<meta name=author>`).
 * @module
 */
import type { Document } from "domhandler";
import { rawText } from "../core/dom.js";
import { parseByline } from "../core/parse-byline.js";
import { inChrome } from "../core/regions.js";
import { selectAll } from "../core/select.js";
import { firstAccepted, pageContext, type Explained, type PageContext, type Strategy } from "../core/strategy.js";
import { cleanText, uniqueBy } from "../core/text.js";
import { jsonLdArticles, jsonLdString } from "../sources/json-ld.js";
import { metaValue } from "../sources/meta.js";
import type { ExtractOptions } from "../types.js";
import { findDateline } from "./dateline.js";

/** Byline markup of common themes: `.byline`, `.author`, `rel=author`, `itemprop=author`. */
const BYLINE_SELECTOR = ".byline, .by-line, .article-byline, .author-name, .post-author, .entry-author, [rel~=author], [itemprop~=author], .author";

/** A plausible person or organisation name: no digits (dates, "5 minutes ago"), no URL or e-mail. */
function isName(text: string): boolean {
  return text.length >= 2 && text.length <= 60 && !/\d|@|https?:|www\./i.test(text);
}

function bylineAuthors(page: PageContext): string[] | undefined {
  for (const el of selectAll(BYLINE_SELECTOR, page.doc)) {
    if (inChrome(el)) continue;
    const text = cleanText(el.attribs.content ?? rawText(el));
    if (!text || text.length > 200) continue;
    const parsed = parseByline(text);
    const names = parsed.length > 0 ? parsed : /byline|by-line/i.test(el.attribs.class ?? "") ? [] : [text.replace(/^(by|von|par|por)\s+/i, "")];
    const valid = names.map(cleanText).filter(isName);
    if (valid.length > 0) return uniqueBy(valid, (n) => n);
  }
  return undefined;
}

function structuredAuthors(page: PageContext): string[] | undefined {
  for (const article of jsonLdArticles(page.doc)) {
    const author = article.author ?? article.creator;
    const list = Array.isArray(author) ? author : author ? [author] : [];
    const names = list.map((a) => cleanText(jsonLdString(a) ?? "")).filter(isName);
    if (names.length > 0) return uniqueBy(names, (n) => n);
  }
  const meta = metaValue(page.doc, "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author");
  if (meta && isName(meta) && !/^https?:/.test(meta)) return [meta];
  return undefined;
}

/** The author strategies, in the order they are tried. */
export const authorStrategies: readonly Strategy<string[]>[] = [
  { name: "dateline", run: (page) => findDateline(page)?.value.reporters },
  { name: "byline", run: bylineAuthors },
  { name: "structured-data", run: structuredAuthors },
];

/** The authors with the strategy that found them, or `undefined`. */
export function findAuthors(page: PageContext): Explained<string[]> | undefined {
  return firstAccepted(authorStrategies, page);
}

/** The article's authors, without 记者 / 기자 / "By"; `[]` when it names none. */
export function extractAuthors(doc: Document, options?: ExtractOptions): string[] {
  return findAuthors(pageContext(doc, options))?.value ?? [];
}
