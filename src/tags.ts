/**
 * `article-anatomy/tags`: `extractTags` alone, with `parseHtml`. Importing this entry does not bundle the other extractors.
 * @module
 */
export { extractTags } from "./extractors/tags.js";
export { parseHtml } from "./core/document.js";
export type { ExtractOptions, TagLink } from "./types.js";
