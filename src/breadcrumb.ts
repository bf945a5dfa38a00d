/**
 * `article-anatomy/breadcrumb`: `extractBreadcrumb` alone, with `parseHtml`. Importing this entry does not bundle the other extractors.
 * @module
 */
export { extractBreadcrumb } from "./extractors/breadcrumb.js";
export { parseHtml } from "./core/document.js";
export type { ExtractOptions, Crumb } from "./types.js";
