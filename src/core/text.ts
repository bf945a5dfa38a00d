/**
 * Text normalisation shared by every extractor.
 * @module
 */

/**
 * Collapses every run of whitespace (including no-break and ideographic spaces) to one space and trims.
 * Nothing is translated or re-spaced beyond that.
 */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u3000\ufeff]+/g, " ").trim();
}

/** Number of characters that are neither whitespace nor punctuation: the unit all length heuristics use, so CJK text is not penalised. */
export function letterCount(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
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
