/**
 * `article-anatomy/headline`: `extractHeadline` alone, with `parseHtml`. Importing this entry does not bundle the other extractors.
 * @module
 */
export { extractHeadline } from "./extractors/headline.js";
export { parseHtml } from "./core/document.js";
export type { ExtractOptions } from "./types.js";
