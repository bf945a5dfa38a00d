/**
 * `article-anatomy/dateline`: `extractDateline` alone, with `parseHtml`. Importing this entry does not bundle the other extractors.
 * @module
 */
export { extractDateline } from "./extractors/dateline.js";
export { parseDateline, type ParseDatelineOptions } from "./core/parse-dateline.js";
export { parseHtml } from "./core/document.js";
export type { ExtractOptions, Dateline } from "./types.js";
