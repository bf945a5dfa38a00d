/**
 * `article-anatomy/body`: `extractBody` alone, with `parseHtml`. Importing this entry does not bundle the other extractors.
 * @module
 */
export { extractBody } from "./extractors/body.js";
export { parseHtml } from "./core/document.js";
export type { ExtractOptions, Body } from "./types.js";
