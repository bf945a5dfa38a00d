/**
 * `createParser`: a `parseArticle` with your own site rules in front of the built-in ones, and optionally a
 * narrower set of fields.
 * @module
 */
import { describeValue } from "./core/document.js";
import {
  builtinSiteRules,
  checkedFieldNames,
  FIELD_NAMES,
  parseWith,
  type Explanation,
  type ParseArticleOptions,
  type ParsedArticleFields,
} from "./parse-article.js";
import { CSS_SELECTORS } from "./core/select.js";
import { compileSiteRules } from "./sites/compile.js";
import type { FieldName, SiteRule } from "./types.js";

/** Options of `createParser`. */
export interface CreateParserOptions<E extends FieldName = FieldName> {
  /**
   * Site rules, tried in order before the built-in site rules and the built-in strategies. Checked when the
   * parser is created: a bad rule throws there, naming the rule and the field.
   */
  sites?: readonly SiteRule[];
  /**
   * The fields this parser extracts (default: all). Its `parseArticle` returns only these keys; its `fields`
   * option may narrow them further but not name others.
   */
  extractors?: readonly E[];
  /**
   * Run the built-in strategies for a field that no site rule fills (default `true`). With `false` only site
   * rules (yours, then the built-in ones) are read: a field they do not fill is absent or empty, which shows
   * what a rule finds by itself.
   */
  fallback?: boolean;
}

/** A parser made by `createParser`: `parseArticle` with its site rules and fields. */
export interface ArticleParser<E extends FieldName = FieldName> {
  /** As the top-level `parseArticle`, with this parser's site rules; the result has the parser's fields. */
  parseArticle(html: string | Uint8Array | ArrayBuffer, options?: ParseArticleOptions & { fields?: undefined }): ParsedArticleFields<E>;
  /** Only the fields named in `options.fields`, which must be fields of this parser. */
  parseArticle<F extends E>(html: string | Uint8Array | ArrayBuffer, options: ParseArticleOptions & { fields: readonly F[] }): ParsedArticleFields<F>;
  /** With options whose `fields` may or may not be set: any key may be absent. */
  parseArticle(html: string | Uint8Array | ArrayBuffer, options?: ParseArticleOptions): Partial<ParsedArticleFields<E>> & { explain?: Explanation };
}

/**
 * Creates a parser whose `parseArticle` tries `sites` first, for each field, on pages whose host they
 * match, then the built-in site rules, then the built-in strategies. `createParser().parseArticle` behaves
 * exactly as the top-level `parseArticle`.
 *
 * @throws {TypeError} when an option has the wrong type, `extractors` names an unknown field, or a site rule
 *   is malformed (an unknown key, a value of the wrong type, an empty host, no field rule): the message names
 *   the rule by its index and host, and the field.
 * @throws {SyntaxError} when a selector of a site rule is not valid CSS, naming the rule and the field.
 *
 * @example
 * ```ts
 * import { createParser } from "article-anatomy";
 * const parser = createParser({
 *   sites: [{ match: { host: "example.com" }, headline: { select: "h1.title" }, body: { select: ".story", drop: [".ad"] } }],
 * });
 * const article = parser.parseArticle(html, { url: "https://www.example.com/news/1.html", explain: true });
 * article.explain?.headline; // "site:example.com"
 * ```
 */
export function createParser<E extends FieldName = FieldName>(options?: CreateParserOptions<E>): ArticleParser<E> {
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new TypeError(`createParser options must be an object, got ${describeValue(options)}`);
  }
  const opts: CreateParserOptions<E> = options ?? {};
  for (const key of Object.keys(opts)) {
    if (key !== "sites" && key !== "extractors" && key !== "fallback") {
      throw new TypeError(`createParser has no option ${JSON.stringify(key)}; its options are sites, extractors, fallback`);
    }
  }
  const user = opts.sites === undefined ? [] : compileSiteRules(opts.sites, "createParser", CSS_SELECTORS);
  if (opts.fallback !== undefined && typeof opts.fallback !== "boolean") {
    throw new TypeError(`createParser option "fallback" must be a boolean, got ${describeValue(opts.fallback)}`);
  }
  const setup = {
    sites: [...user, ...builtinSiteRules()],
    extractors: opts.extractors === undefined ? FIELD_NAMES : extractorList(opts.extractors),
    fallback: opts.fallback !== false,
  };
  return {
    parseArticle: ((html: string | Uint8Array | ArrayBuffer, parseOptions?: ParseArticleOptions) => parseWith(html, parseOptions, setup)) as ArticleParser<E>["parseArticle"],
  };
}

/** The `extractors` option, checked, in the `Article`'s order. */
function extractorList(extractors: unknown): FieldName[] {
  const names = checkedFieldNames(extractors, 'createParser option "extractors"');
  return FIELD_NAMES.filter((field) => names.includes(field));
}
