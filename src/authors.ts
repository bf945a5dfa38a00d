/**
 * `article-anatomy/authors`: `extractAuthors` alone, with `parseHtml`. Importing this entry does not bundle the other extractors.
 * @module
 */
export { extractAuthors } from "./extractors/authors.js";
export { parseHtml } from "./core/document.js";
export type { ExtractOptions } from "./types.js";
