/**
 * article-anatomy: a news-article page's parts as typed data — breadcrumb, headline, dateline, published
 * date, authors, body, figures, tags and related links.
 *
 * `parseArticle` gives the whole `Article`; `createParser` makes one with your own site rules. To read only some fields, parse once with `parseHtml` and call the
 * extractors you need; each is also published on its own subpath (`article-anatomy/breadcrumb` …) so a
 * bundler keeps only what you import.
 * @module
 */
export {
  parseArticle,
  emptyArticle,
  FIELD_NAMES,
  type ParseArticleOptions,
  type ParsedArticle,
  type ParsedArticleFields,
  type Explanation,
} from "./parse-article.js";
export { createParser, type ArticleParser, type CreateParserOptions } from "./create-parser.js";
export { parseHtml } from "./core/document.js";
export { extractBreadcrumb } from "./extractors/breadcrumb.js";
export { extractHeadline } from "./extractors/headline.js";
export { extractDateline } from "./extractors/dateline.js";
export { parseDateline, type ParseDatelineOptions } from "./core/parse-dateline.js";
export { extractPublished } from "./extractors/published.js";
export { extractAuthors } from "./extractors/authors.js";
export { extractBody } from "./extractors/body.js";
export { extractFigures } from "./extractors/figures.js";
export { extractTags } from "./extractors/tags.js";
export { extractRelated } from "./extractors/related.js";
export type { Article, Body, Crumb, Dateline, ExtractOptions, FieldName, Figure, FigureImage, RelatedLink, TagLink } from "./types.js";
export type { BodyRule, SelectRule, SiteMatch, SiteRule, TextRule } from "./types.js";
export { toMarkdown } from "./render/markdown.js";
export { toText } from "./render/text.js";
