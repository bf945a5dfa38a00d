/**
 * The publication date: the dateline's date, made precise by structured data when both name the same day;
 * else JSON-LD, `article:published_time` and kin, microdata, `<time datetime>`. Modified dates are never
 * read here, so published and modified cannot be swapped.
 * @module
 */
import type { Document } from "domhandler";
import { pageContext, type Explained, type PageContext } from "../core/strategy.js";
import { metadataPublished } from "../sources/dates.js";
import type { ExtractOptions } from "../types.js";
import { findDateline } from "./dateline.js";

/** The publication date with the strategy that found it, or `undefined`. */
export function findPublished(page: PageContext): Explained<string> | undefined {
  const fromDateline = findDateline(page)?.value.date;
  const fromMetadata = metadataPublished(page.doc);
  if (fromDateline) {
    // Same day in both: the metadata knows the time too.
    if (fromMetadata && fromMetadata.date.slice(0, 10) === fromDateline.slice(0, 10) && fromMetadata.date.length > fromDateline.length) {
      return { value: fromMetadata.date, strategy: `dateline+${fromMetadata.source}` };
    }
    return { value: fromDateline, strategy: "dateline" };
  }
  return fromMetadata ? { value: fromMetadata.date, strategy: fromMetadata.source } : undefined;
}

/**
 * The article's publication date in ISO 8601 (`2021-07-28`, or `2024-05-02T14:30:00-04:00` when a time is
 * known); `undefined` when the page states none.
 */
export function extractPublished(doc: Document, options?: ExtractOptions): string | undefined {
  return findPublished(pageContext(doc, options))?.value;
}
