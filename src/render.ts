/**
 * `article-anatomy/render`: `toMarkdown` and `toText`, an Article as a Markdown document or as plain text.
 * Importing this entry does not bundle the extractors.
 * @module
 */
export { toMarkdown } from "./render/markdown.js";
export { toText } from "./render/text.js";
export type { Article } from "./types.js";
