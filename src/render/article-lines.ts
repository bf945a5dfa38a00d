/**
 * The pieces of an Article both renderers share: the byline line and the figure and body fallbacks.
 * @module
 */
import type { Article, Dateline } from "../types.js";

/** `LONDON (Reuters)`, `台北 (大纪元)`: where and for whom the story was filed, from the parsed dateline. */
function datelinePlace(dateline: Dateline | undefined): string | undefined {
  if (!dateline) return undefined;
  const place = [dateline.location, dateline.source && `(${dateline.source})`].filter(Boolean).join(" ");
  return place || undefined;
}

/** `A`, `A and B`, `A, B and C`. */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The pieces of the line under the headline: place, `By …`, date; the caller escapes and joins them. */
export function bylineParts(article: Partial<Article>): string[] {
  const date = article.published ?? article.dateline?.date;
  return [datelinePlace(article.dateline), article.authors?.length ? `By ${joinNames(article.authors)}` : undefined, date].filter(
    (part): part is string => Boolean(part),
  );
}

/** A figure's caption with its credit: `Caption (Credit)`, or whichever of them there is. */
export function captionWithCredit(caption: string | undefined, credit: string | undefined): string {
  if (caption && credit) return `${caption} (${credit})`;
  return caption ?? credit ?? "";
}
