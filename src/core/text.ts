/**
 * Text normalisation shared by every extractor.
 * @module
 */

/**
 * Collapses every run of whitespace (including no-break and ideographic spaces) to one space and trims.
 * Nothing is translated or re-spaced beyond that.
 */
export function cleanText(text: string): string {
  // Most texts need nothing (or only the trim): find that out without building a new string.
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? i === 0 || i === last || isSpace(text.charCodeAt(i + 1)) : isSpace(c)) return text.replace(SPACES, " ").trim();
  }
  return text;
}

const SPACES = /[\s\u00a0\u200b\u3000\ufeff]+/g;

/** The characters `SPACES` matches: JavaScript's `\s`, and the zero-width space. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Counts letters and digits in any script, the unit every length heuristic uses, so CJK text is not
 * penalised. A character loop with code-point ranges: far faster than a Unicode regex over every text node.
 */
export function letterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) count++;
    } else if (
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
    ) {
      count++;
    }
  }
  return count;
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
