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
import type { Article } from "./types.js";

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
}

/** Which strategy produced each field; a field that was not found is absent. */
export type Explanation = Partial<Record<keyof Article, string>>;

/** An `Article`, with `explain` when the option asked for it. */
export type ParsedArticle = Article & { explain?: Explanation };

const DEFAULT_MAX_INPUT = 64 * 1024 * 1024;

/** An `Article` with no fields found. */
export function emptyArticle(): Article {
  return { breadcrumb: [], authors: [], body: emptyBody(), figures: [], tags: [], related: [] };
}

function validateOptions(options: ParseArticleOptions | undefined): ParseArticleOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object") throw new TypeError(`parseArticle options must be an object, got ${describeValue(options)}`);
  if (options.url !== undefined && (typeof options.url !== "string" || !isHttpUrl(options.url) || !canParseUrl(options.url))) {
    throw new TypeError(`parseArticle option "url" must be an absolute http(s) URL, got ${typeof options.url === "string" ? JSON.stringify(options.url) : describeValue(options.url)}`);
  }
  if (options.maxInputBytes !== undefined && !(typeof options.maxInputBytes === "number" && options.maxInputBytes > 0)) {
    throw new TypeError(`parseArticle option "maxInputBytes" must be a positive number, got ${describeValue(options.maxInputBytes)}`);
  }
  return options;
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

/** Runs every extractor over one parsed document. */
export function articleFromPage(page: PageContext, explain: boolean): ParsedArticle {
  const why: Explanation = {};
  const run = <T>(field: keyof Explanation, found: Explained<T> | undefined): T | undefined => {
    if (found) why[field] = found.strategy;
    return found?.value;
  };
  const headline = run("headline", findHeadline(page));
  const breadcrumb = run("breadcrumb", findBreadcrumb(page)) ?? [];
  const dateline = run("dateline", findDateline(page));
  const published = run("published", findPublished(page));
  // Keys in the contract's order, optional ones only when found, so the JSON reads like CONTRACT.md.
  const article: Article = {
    ...(headline !== undefined && { headline }),
    breadcrumb,
    ...(dateline !== undefined && { dateline }),
    ...(published !== undefined && { published }),
    authors: run("authors", findAuthors(page)) ?? [],
    body: run("body", findBody(page)) ?? emptyBody(),
    figures: run("figures", findFigures(page)) ?? [],
    tags: run("tags", findTags(page)) ?? [],
    related: run("related", findRelated(page)) ?? [],
  };
  return explain ? { ...article, explain: why } : article;
}

/**
 * Parses a news-article page into its parts: breadcrumb, headline, dateline, published date, authors, body,
 * figures, tags and related links.
 *
 * @param html The page: a string, or its bytes (`Uint8Array` / `ArrayBuffer`, decoded by BOM, `<meta charset>`,
 *   the `charset` option, then a sniff).
 * @throws {TypeError} when `html` is not a string or bytes, or `url` is not an absolute http(s) URL.
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
export function parseArticle(html: string | Uint8Array | ArrayBuffer, options?: ParseArticleOptions): ParsedArticle {
  const opts = validateOptions(options);
  const text = toText(html, opts);
  if (text.trim() === "") return opts.explain ? { ...emptyArticle(), explain: {} } : emptyArticle();
  const doc = parseHtml(text);
  const extractOptions = opts.url !== undefined ? { url: opts.url } : {};
  return articleFromPage(pageContext(doc, extractOptions), opts.explain === true);
}
