/**
 * `article-anatomy/published`: `extractPublished` alone, with `parseHtml`. Importing this entry does not bundle the other extractors.
 * @module
 */
export { extractPublished } from "./extractors/published.js";
export { parseHtml } from "./core/document.js";
export type { ExtractOptions } from "./types.js";
