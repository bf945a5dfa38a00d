/**
 * Text normalisation shared by every extractor.
 * @module
 */

/**
 * Collapses every run of whitespace (including no-break and ideographic spaces) to one space and trims.
 * Nothing is translated or re-spaced beyond that.
 */
export function cleanText(text: string): string {
  // Most texts need nothing: a test, which builds no string, finds them.
  if (!NEEDS_CLEANING.test(text)) return text;
  // Of the rest, most are blank (the whitespace between two tags) or only need their ends cut: those build one
  // substring, or none, rather than a rebuilt copy and a trimmed copy of it.
  const start = firstVisibleIndex(text);
  if (start < 0) return "";
  const end = visibleEnd(text);
  const inner = start === 0 && end === text.length ? text : text.slice(start, end);
  return UNSQUEEZED.test(inner) ? inner.replace(SPACES, " ") : inner;
}

const SPACES = /[\s\u200b]+/g;

/** A character `cleanText` keeps: not whitespace (`\s`, which is `trim`'s set too) nor a zero-width space. */
const VISIBLE_CHARACTER = /[^\s\u200b]/;

/** True when `cleanText(text)` is empty, found without building it. */
export function isBlank(text: string): boolean {
  return !VISIBLE_CHARACTER.test(text);
}

/** The index just past the last character of `text` that `cleanText` keeps (0 when there is none). */
export function visibleEnd(text: string): number {
  let end = text.length;
  // One character at a time from the end: only the trailing whitespace is read.
  while (end > 0 && !VISIBLE_CHARACTER.test(text[end - 1]!)) end--;
  return end;
}

/** The index of the first character of `text` that `cleanText` keeps, or -1. */
export function firstVisibleIndex(text: string): number {
  return text.search(VISIBLE_CHARACTER);
}

/**
 * Every run of whitespace and zero-width spaces as one U+0020, not trimmed (`cleanText` without the trim): for
 * text that is joined to its neighbours. The string is rebuilt only when some run is not already one space.
 */
export function squeezeSpaces(text: string): string {
  return UNSQUEEZED.test(text) ? text.replace(SPACES, " ") : text;
}

/** Two spaces in a row, or one that is not U+0020 (`\s` covers no-break, ideographic space and the BOM). */
const UNSQUEEZED = /[\s\u200b]{2}|[^\S ]|\u200b/;

/**
 * Every run of whitespace (`\s`) as one space, trimmed. Unlike `cleanText`, zero-width spaces stay. The string
 * is rebuilt only when some run is not already a single space: most serialised HTML needs only the trim.
 */
export function collapseWhitespace(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(WHITESPACE_RUN, " ").trim() : text.trim();
}

/**
 * Whether a UTF-16 code unit is whitespace as `\s` reads it (tab to carriage return, space, no-break and the
 * other Unicode spaces, the line and paragraph separators, the BOM), without making a string of it.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** A run of whitespace (`\s`), for `replace`. */
export const WHITESPACE_RUN = /\s+/g;
/** Two whitespace characters in a row, or one that is not U+0020: a text `collapseWhitespace` would change inside. */
export const UNCOLLAPSED = /\s\s|[^\S ]/;
/** Spaces at either end, two in a row, or any space but U+0020 (`\s` covers no-break, ideographic and BOM). */
const NEEDS_CLEANING = /^[\s\u200b]|[\s\u200b]$|[\s\u200b]{2}|[^\S ]|\u200b/;

/**
 * Counts letters and digits in any script, the unit every length heuristic uses, so CJK text is not
 * penalised. One table lookup per UTF-16 unit: on page text, where letters and spaces alternate at random,
 * the comparisons of `isLetterUnit` cost a mispredicted branch every few characters, and the table made the
 * count about five times faster (7.5 M characters of corpus text: 140 → 25 ms).
 */
export function letterCount(text: string): number {
  const table = LETTER_UNITS ?? letterUnits();
  let count = 0;
  for (let i = 0; i < text.length; i++) count += table[text.charCodeAt(i)]!;
  return count;
}

/** 1 for each UTF-16 unit `isLetterUnit` counts, else 0 (64 KiB), built on the first count. */
let LETTER_UNITS: Uint8Array | undefined;

function letterUnits(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = isLetterUnit(c) ? 1 : 0;
  return (LETTER_UNITS = table);
}

/** Whether a UTF-16 unit counts as a letter: ASCII letters and digits, and everything past Latin-1 but punctuation, symbols and spaces. */
function isLetterUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return (
    c > 0xbf && // Latin-1 punctuation and symbols (0x80-0xbf)
    !(c >= 0x2000 && c <= 0x2bff) && // general punctuation, arrows, symbols
    !(c >= 0x3000 && c <= 0x303f) && // CJK punctuation, ideographic space
    !(c >= 0xfe30 && c <= 0xfe4f) && // CJK compatibility forms
    !(c >= 0xff00 && c <= 0xff0f) && // full-width punctuation
    !(c >= 0xff1a && c <= 0xff20) &&
    !(c >= 0xff3b && c <= 0xff40) &&
    !(c >= 0xff5b && c <= 0xff65) &&
    !(c >= 0xdc00 && c <= 0xdfff) && // low surrogate: count a pair once
    c !== 0xfeff &&
    c !== 0x200b
  );
}

/** Removes duplicate entries by a key, keeping the first. */
export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

/**
 * Every match of the global pattern `pattern` in `text`, in order: `[...text.matchAll(pattern)]` without the
 * copy of the pattern that `matchAll` makes on every call (V8 builds a new RegExp each time), which made it
 * about five times slower than this loop on the short texts the date and label readers scan. The pattern's
 * `lastIndex` is 0 again when this returns, so a module constant can be shared by every caller.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  // Without the g flag `exec` ignores `lastIndex` and would find the first match forever (`matchAll` throws too).
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern, got ${String(pattern)}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    found.push(m);
    // An empty match would be found again at the same place: step over it (a whole code point with `u`).
    if (m[0] === "") pattern.lastIndex += pattern.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  pattern.lastIndex = 0;
  return found;
}
