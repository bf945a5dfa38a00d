/**
 * Recognising the sections that end an article body by their heading word, in many languages (the blocks
 * named by their class are related-blocks.ts). Shared by the related extractor (which reads them) and the body
 * extractor (which stops at them).
 * @module
 */

/**
 * Heading words of related-article sections: zh (simplified and traditional), en, ja, ko, de, fr, es, ru, and
 * (the second line) pt, it, nl, pl, id/ms, vi, tr, th, hi, ar. The heading may be set in brackets or after a
 * symbol (`【延伸阅读】`, `◇相关阅读`, `★延伸阅读★`).
 * The whole heading must be the phrase (with an optional colon), so a sentence that mentions "related" is
 * not a heading.
 */
const RELATED_PHRASES =
  "相关报导|相关报道|相關報導|相關報道|更多报导|更多報導|相关阅读|相關閱讀|相关新闻|相關新聞|相关文章|相關文章|相关链接|相關連結|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|相关推荐|相關推薦|更多相关|猜你喜欢|related(?: articles?| posts?| stories| news| content| coverage| reading| links)?|more (?:on this|stories|posts|articles|from|news|like this)(?: [^:：]{1,40})?|read (?:more|also|next)(?: on [^:：]{1,40})?|see also|you may also like|you might also like|you may like|you might like|recommended(?: for you| stories)?|also read|further reading|関連記事|関連ニュース|あわせて読みたい|관련 ?기사|관련 ?뉴스|함께 볼 ?기사|lesen sie auch|mehr zum thema|weitere artikel|das könnte sie auch interessieren|à lire aussi|a lire aussi|lire aussi|à lire sur le sujet|sur le même sujet|noticias relacionadas|más información|te puede interesar|lee también|читайте также|по теме|" +
  "leia também|veja também|notícias relacionadas|saiba mais|leggi anche|articoli correlati|ti potrebbe interessare|lees ook|gerelateerde artikelen|czytaj także|czytaj też|czytaj również|zobacz także|zobacz też|zobacz również|powiązane artykuły|baca juga|berita terkait|artikel terkait|tin liên quan|bài viết liên quan|xem thêm|đọc thêm|ilgili haberler|İlgili haberler|İLGİLİ HABERLER|ข่าวที่เกี่ยวข้อง|ข่าวเกี่ยวข้อง|यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|مقالات ذات صلة|أخبار ذات صلة|مواضيع ذات صلة|ذات صلة";

/**
 * What may open a heading, before its phrase (`【延伸阅读】`, `◇相关阅读`, `★延伸阅读★`), and close it. The opening
 * mark is taken off before the tests (`unmarked`), not written into their patterns: an optional group before the
 * phrases slows every test of every block, and almost no text opens with a mark.
 */
const OPENING_MARKS = "【[◇◆★☆";
const CLOSING_MARK = "[】\\]★☆]";
/** An opening mark, after any spaces, in raw text. */
const OPENING_MARK_RAW = /* @__PURE__ */ new RegExp(`^[\\s\\u200b]*[${OPENING_MARKS.replace("[", "\\[")}][\\s\\u200b]*`);

/** `text` without the mark that opens a decorated heading (`【延伸阅读】` → `延伸阅读】`); `text` itself otherwise. */
function unmarked(text: string): string {
  return text !== "" && OPENING_MARKS.includes(text[0]!) ? text.slice(1).trimStart() : text;
}

/** A whole line that is a related heading, with an optional colon: `相关阅读`, `Related:`, `関連記事`, `【延伸阅读】`. */
export const RELATED_HEADING = /* @__PURE__ */ new RegExp(`^(?:${RELATED_PHRASES})\\s*${CLOSING_MARK}?\\s*[:：]?\\s*$`, "i");

/**
 * A related heading that opens a line and is followed by its links: `相关报导：<a>…</a>`, `Read more: <a>…</a>`,
 * NDTV's `Also Read | <a>…</a>`.
 */
export const RELATED_LEAD = /* @__PURE__ */ new RegExp(`^(?:${RELATED_PHRASES})\\s*(?:${CLOSING_MARK}|[:：|])`, "i");

/** A line that opens with a related heading word, colon or not: what both tests above need first. */
const RELATED_START = /* @__PURE__ */ new RegExp(`^(?:${RELATED_PHRASES})`, "i");

/** True when a block's whole text is a related-section heading. */
export function isRelatedHeading(text: string): boolean {
  return text.length <= 60 && RELATED_HEADING.test(unmarked(text));
}

/** True when a line opens with a related heading word (a cheap first test before reading a block's whole text). */
export function startsWithRelatedWord(text: string): boolean {
  return RELATED_START.test(unmarked(text));
}

/**
 * The first characters (lower-cased) of the heading phrases: a text whose first visible character is none
 * of them cannot open with one, which is the answer for almost every block of a page.
 */
const RELATED_INITIALS = /* @__PURE__ */ (() => {
  const initials = new Set<string>();
  let depth = 0;
  let start = true;
  for (const c of RELATED_PHRASES) {
    if (start) {
      // An alternative that opens with a group or a class: no initial to rely on.
      if ("([\\.".includes(c)) return undefined;
      initials.add(c.toLowerCase());
      start = false;
    }
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) start = true;
  }
  for (const mark of OPENING_MARKS) initials.add(mark);
  return initials;
})();

/**
 * RELATED_START as it can read in raw text, before `cleanText`: any run of spaces (and zero-width spaces) where
 * the phrase has one, and before it. Whatever the cleaned text opens with, the raw text opens with this.
 */
const RELATED_START_RAW = /* @__PURE__ */ new RegExp(`^[\\s\\u200b]*(?:${RELATED_PHRASES.replace(/ \?/g, "[\\s\\u200b]*").replace(/ /g, "[\\s\\u200b]+")})`, "i");

/**
 * False when raw text (a block's leading text, not yet cleaned) surely does not open with a related heading
 * word: the cheap test that spares cleaning the leading text of most blocks.
 */
export function mayStartWithRelatedPhrase(raw: string): boolean {
  return RELATED_START_RAW.test(raw) || (OPENING_MARK_RAW.test(raw) && RELATED_START_RAW.test(raw.replace(OPENING_MARK_RAW, "")));
}

/**
 * False when a text whose first visible character is `first` (`undefined`: none) surely does not open with a
 * related heading word. `firstVisibleCharacter` gives that character of an element without reading its text.
 */
export function mayBeRelatedInitial(first: string | undefined): boolean {
  if (!RELATED_INITIALS) return true;
  return first !== undefined && RELATED_INITIALS.has(first.toLowerCase());
}

/** True when a line opens with a related heading and a colon (`相关阅读：…`). */
export function startsWithRelatedHeading(text: string): boolean {
  return RELATED_LEAD.test(unmarked(text));
}

/** A related phrase as a whole word at the start of a line, with or without a colon after it. */
const RELATED_WORD_LEAD = /* @__PURE__ */ new RegExp(`^(?:${RELATED_PHRASES})(?![\\p{L}\\p{N}])`, "iu");

/**
 * True when a line opens with a related phrase as a whole word, colon or not: `Lire aussi Tramway : …`,
 * `Read more | …`. On its own this says little ("Read more about it below"); callers ask it of a line that is
 * mostly link text.
 */
export function opensWithRelatedPhrase(text: string): boolean {
  return RELATED_WORD_LEAD.test(unmarked(text));
}
