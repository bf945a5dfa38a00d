/**
 * `parseArticle`: the whole `Article` from a page's HTML, text or bytes.
 * @module
 */
import { decodeHtml } from "./core/decode.js";
import { describeValue, parseHtml } from "./core/document.js";
import { pageContext, type Explained, type PageContext } from "./core/strategy.js";
import { isHttpUrl } from "./core/url.js";
import { findAuthors } from "./extractors/authors.js";
import { emptyBody, findBody } from "./extractors/body.js";
import { findBreadcrumb } from "./extractors/breadcrumb.js";
import { findDateline } from "./extractors/dateline.js";
import { findFigures } from "./extractors/figures.js";
import { findHeadline } from "./extractors/headline.js";
import { findPublished } from "./extractors/published.js";
import { findRelated } from "./extractors/related.js";
import { findTags } from "./extractors/tags.js";
import { compiledBuiltinRules } from "./sites/builtin.js";
import type { CompiledSiteRule } from "./sites/compile.js";
import { siteReader } from "./sites/read.js";
import type { Article, FieldName } from "./types.js";

/** Options of `parseArticle`. */
export interface ParseArticleOptions {
  /** The page's absolute http(s) URL; relative links resolve against it (or against `<base href>`). */
  url?: string;
  /** The charset of byte input when the page declares none (a BOM or `<meta charset>` wins). */
  charset?: string;
  /** Also report, for each field, the strategy that produced it (in `explain`). */
  explain?: boolean;
  /** Largest input accepted, in bytes (UTF-16 code units for a string). Default 64 MiB. */
  maxInputBytes?: number;
  /**
   * Run only the extractors of these fields; the other keys are absent from the result (see
   * `ParsedArticleFields`). Without it every field is extracted and the result is a full `Article`.
   */
  fields?: readonly FieldName[];
}

/** Which strategy produced each field; a field that was not found is absent. */
export type Explanation = Partial<Record<keyof Article, string>>;

/** An `Article`, with `explain` when the option asked for it. */
export type ParsedArticle = Article & { explain?: Explanation };

/**
 * What `parseArticle` returns with the `fields` option: only the keys of the fields asked for (each as in
 * `Article`, so `headline` may still be absent when the page has none), with `explain` when asked.
 */
export type ParsedArticleFields<F extends FieldName> = Pick<Article, F> & { explain?: Explanation };

/** Every field of an `Article`, in the order `parseArticle` fills them: the values `fields` accepts. */
export const FIELD_NAMES: readonly FieldName[] = ["headline", "breadcrumb", "dateline", "published", "authors", "body", "figures", "tags", "related"];

/** The default `maxInputBytes`: 64 MiB. */
export const DEFAULT_MAX_INPUT = 64 * 1024 * 1024;

/** An `Article` with no fields found. */
export function emptyArticle(): Article {
  return orderedArticle(Object.fromEntries(FIELD_NAMES.map((field) => [field, MISSING[field]()])));
}

/** The value each field has when the page has none (`undefined`: the key is left out). */
const MISSING: { [K in FieldName]: () => Article[K] } = {
  headline: () => undefined,
  breadcrumb: () => [],
  dateline: () => undefined,
  published: () => undefined,
  authors: () => [],
  body: emptyBody,
  figures: () => [],
  tags: () => [],
  related: () => [],
};

function validateOptions(options: ParseArticleOptions | undefined): ParseArticleOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object") throw new TypeError(`parseArticle options must be an object, got ${describeValue(options)}`);
  if (options.url !== undefined && (typeof options.url !== "string" || !isHttpUrl(options.url) || !canParseUrl(options.url))) {
    throw new TypeError(`parseArticle option "url" must be an absolute http(s) URL, got ${typeof options.url === "string" ? JSON.stringify(options.url) : describeValue(options.url)}`);
  }
  if (options.maxInputBytes !== undefined && !(typeof options.maxInputBytes === "number" && options.maxInputBytes > 0)) {
    throw new TypeError(`parseArticle option "maxInputBytes" must be a positive number, got ${describeValue(options.maxInputBytes)}`);
  }
  if (options.fields !== undefined) checkedFieldNames(options.fields, 'parseArticle option "fields"');
  return options;
}

/**
 * `value` checked as a list of field names, for the option `option` names (`parseArticle option "fields"`):
 * a `TypeError` that names the option for anything else.
 */
export function checkedFieldNames(value: unknown, option: string): FieldName[] {
  if (!Array.isArray(value)) throw new TypeError(`${option} must be an array of field names, got ${describeValue(value)}`);
  for (const field of value as unknown[]) {
    if (typeof field !== "string" || !(FIELD_NAMES as readonly string[]).includes(field)) {
      const shown = typeof field === "string" ? JSON.stringify(field) : describeValue(field);
      throw new TypeError(`${option} has an unknown field ${shown}; the fields are ${FIELD_NAMES.join(", ")}`);
    }
  }
  return value as FieldName[];
}

function canParseUrl(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

function toText(input: unknown, options: ParseArticleOptions): string {
  const max = options.maxInputBytes ?? DEFAULT_MAX_INPUT;
  if (typeof input === "string") {
    if (input.length > max) throw new RangeError(`parseArticle input is ${input.length} characters, over maxInputBytes (${max})`);
    return input;
  }
  const bytes = input instanceof Uint8Array ? input : input instanceof ArrayBuffer ? new Uint8Array(input) : undefined;
  if (!bytes) {
    throw new TypeError(`parseArticle expects HTML as a string, Uint8Array or ArrayBuffer, got ${describeValue(input)}`);
  }
  if (bytes.byteLength > max) throw new RangeError(`parseArticle input is ${bytes.byteLength} bytes, over maxInputBytes (${max})`);
  return decodeHtml(bytes, options.charset).text;
}

/** Each field's extractor. */
const FIELD_EXTRACTORS: { [K in FieldName]: (page: PageContext) => Explained<Article[K]> | undefined } = {
  headline: findHeadline,
  breadcrumb: findBreadcrumb,
  dateline: findDateline,
  published: findPublished,
  authors: findAuthors,
  body: findBody,
  figures: findFigures,
  tags: findTags,
  related: findRelated,
};

/**
 * How a parser reads a page: its site rules (the user's, then the built-in ones), the fields it extracts, and
 * whether the built-in strategies run after the site rules (`fallback`). `createParser` builds one.
 */
export interface ParserSetup {
  readonly sites: readonly CompiledSiteRule[];
  readonly extractors: readonly FieldName[];
  readonly fallback: boolean;
}

let builtinRules: readonly CompiledSiteRule[] | undefined;

/**
 * The built-in site rules (src/sites/), compiled on first use: nothing is compiled at import time. Their
 * selectors are of the library's own grammar (core/simple-select.ts), so `parseArticle` needs no CSS engine.
 */
export function builtinSiteRules(): readonly CompiledSiteRule[] {
  builtinRules ??= compiledBuiltinRules();
  return builtinRules;
}

/** What the top-level `parseArticle` uses: the built-in site rules, every field, the built-in strategies. */
function defaultSetup(): ParserSetup {
  return { sites: builtinSiteRules(), extractors: FIELD_NAMES, fallback: true };
}

/**
 * Runs the extractors of `fields` (every field when absent) over one parsed document: for each field, the
 * site rules that apply to the page first, then (unless `setup.fallback` is false) the built-in strategies.
 * Published and authors read the dateline whether or not it is asked for; `once` shares that run.
 */
export function articleFromPage(page: PageContext, explain: boolean, fields: readonly FieldName[] = FIELD_NAMES, setup: ParserSetup = defaultSetup()): ParsedArticle {
  const why: Explanation = {};
  const found: Partial<Record<FieldName, unknown>> = {};
  const sites = siteReader(setup.sites, page);
  for (const field of FIELD_NAMES) {
    if (!fields.includes(field)) continue;
    const result = sites?.find(field) ?? (setup.fallback ? FIELD_EXTRACTORS[field](page) : undefined);
    if (result) why[field] = result.strategy;
    found[field] = result ? result.value : MISSING[field]();
  }
  const article = orderedArticle(found);
  return explain ? { ...article, explain: why } : article;
}

/**
 * The fields in the contract's order (`headline`, `breadcrumb`, …), leaving out absent ones, so the JSON
 * reads like CONTRACT.md. Only the caller knows which keys are present; the cast is theirs to narrow.
 */
function orderedArticle(found: Partial<Record<FieldName, unknown>>): Article {
  const article: Record<string, unknown> = {};
  for (const field of FIELD_NAMES) if (found[field] !== undefined) article[field] = found[field];
  return article as unknown as Article;
}

/** The empty Article, or with `fields` only those keys of it. */
function emptyResult(fields: readonly FieldName[] | undefined, explain: boolean): ParsedArticle {
  const kept = orderedArticle(Object.fromEntries((fields ?? FIELD_NAMES).map((field) => [field, MISSING[field]()])));
  return explain ? { ...kept, explain: {} } : kept;
}

/**
 * Parses a news-article page into its parts: breadcrumb, headline, dateline, published date, authors, body,
 * figures, tags and related links.
 *
 * @param html The page: a string, or its bytes (`Uint8Array` / `ArrayBuffer`, decoded by BOM, `<meta charset>`,
 *   the `charset` option, then a sniff).
 * @throws {TypeError} when `html` is not a string or bytes, `url` is not an absolute http(s) URL, or `fields`
 *   names an unknown field.
 * @throws {RangeError} when the input is larger than `maxInputBytes`.
 *
 * @example
 * ```ts
 * import { parseArticle } from "article-anatomy";
 * const article = parseArticle(html, { url: "https://example.com/news/1.html" });
 * article.headline;        // "…"
 * article.body.paragraphs; // ["…", "…"]
 * ```
 */
export function parseArticle(html: string | Uint8Array | ArrayBuffer, options?: ParseArticleOptions & { fields?: undefined }): ParsedArticle;
/**
 * Parses only the fields named in `options.fields`: only their extractors run, and the result has only their
 * keys (`ParsedArticleFields`).
 *
 * @example
 * ```ts
 * const { headline, published } = parseArticle(html, { url, fields: ["headline", "published"] });
 * ```
 */
export function parseArticle<F extends FieldName>(
  html: string | Uint8Array | ArrayBuffer,
  options: ParseArticleOptions & { fields: readonly F[] },
): ParsedArticleFields<F>;
/** With options whose `fields` may or may not be set: any key may be absent. */
export function parseArticle(html: string | Uint8Array | ArrayBuffer, options?: ParseArticleOptions): Partial<Article> & { explain?: Explanation };
export function parseArticle(html: string | Uint8Array | ArrayBuffer, options?: ParseArticleOptions): ParsedArticle {
  return parseWith(html, options, defaultSetup());
}

/**
 * `parseArticle` with a parser's setup (what `createParser(…).parseArticle` runs). `fields` may name only
 * fields of `setup.extractors`; without it, those are the fields extracted.
 */
export function parseWith(html: string | Uint8Array | ArrayBuffer, options: ParseArticleOptions | undefined, setup: ParserSetup): ParsedArticle {
  const opts = validateOptions(options);
  const all = setup.extractors.length === FIELD_NAMES.length;
  if (opts.fields && !all) {
    const other = opts.fields.find((field) => !setup.extractors.includes(field));
    if (other !== undefined) {
      throw new TypeError(`parseArticle option "fields" names ${JSON.stringify(other)}, which this parser does not extract; its extractors are ${setup.extractors.join(", ")}`);
    }
  }
  const fields = opts.fields ?? (all ? undefined : setup.extractors);
  const text = toText(html, opts);
  if (text.trim() === "") return emptyResult(fields, opts.explain === true);
  const doc = parseHtml(text);
  const extractOptions = opts.url !== undefined ? { url: opts.url } : {};
  return articleFromPage(pageContext(doc, extractOptions), opts.explain === true, fields, setup);
}
