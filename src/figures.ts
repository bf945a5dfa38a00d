/**
 * `article-anatomy/figures`: `extractFigures` alone, with `parseHtml`. Importing this entry does not bundle the other extractors.
 * @module
 */
export { extractFigures } from "./extractors/figures.js";
export { parseHtml } from "./core/document.js";
export type { ExtractOptions, Figure,FigureImage } from "./types.js";
