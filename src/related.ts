/**
 * `article-anatomy/related`: `extractRelated` alone, with `parseHtml`. Importing this entry does not bundle the other extractors.
 * @module
 */
export { extractRelated } from "./extractors/related.js";
export { parseHtml } from "./core/document.js";
export type { ExtractOptions, RelatedLink } from "./types.js";
