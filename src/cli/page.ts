/**
 * One page from input to output text: read (a file) or take (fetched or piped bytes), decode, parse, format.
 * The same function runs in the main thread and in the worker threads, so both give byte-identical output.
 * @module
 */
import { readFileSync, statSync } from "node:fs";
import { decodeWithCharset } from "../core/decode.js";
import { createParser, type ArticleParser } from "../create-parser.js";
import { parseArticle, type ParseArticleOptions } from "../parse-article.js";
import { toMarkdown } from "../render/markdown.js";
import { toText } from "../render/text.js";
import type { FieldName, SiteRule } from "../types.js";
import type { OutputFormat } from "./args.js";

/** Where a page's bytes come from. */
export type PageSource =
  | { kind: "file"; path: string }
  /** Bytes already read: standard input, or a fetched page with its final URL and declared charset. */
  | { kind: "bytes"; bytes: Uint8Array; url?: string; httpCharset?: string };

/** One page to parse; `name` is how the output and error lines name it (the path or URL as given). */
export interface PageJob {
  name: string;
  source: PageSource;
}

/** How every page of a run is parsed and printed. */
export interface PageSettings {
  format: OutputFormat;
  /** Several pages: each JSON/NDJSON record carries its input's name, each text or Markdown document a header. */
  batch: boolean;
  fields?: FieldName[];
  url?: string;
  charset?: string;
  /** `--sites`: site rules, already checked by the run (plain data, so they reach worker threads as they are). */
  sites?: SiteRule[];
  explain: boolean;
  maxBytes: number;
}

/** The parser of each rule list, so a run compiles its rules once per thread, not once per page. */
const parsers = new WeakMap<SiteRule[], ArticleParser["parseArticle"]>();

/** `parseArticle`, with the run's site rules when it has some. */
function parserOf(sites: SiteRule[] | undefined): ArticleParser["parseArticle"] {
  if (!sites) return parseArticle;
  let parser = parsers.get(sites);
  if (!parser) parsers.set(sites, (parser = createParser({ sites }).parseArticle));
  return parser;
}

/** A page's output record, or the one-line reason it failed. */
export type PageResult = { ok: true; output: string } | { ok: false; error: string };

/** Parses and formats one page; never throws. */
export function renderPage(job: PageJob, settings: PageSettings): PageResult {
  try {
    const { input, url, charset } = pageInput(job.source, settings);
    const options: ParseArticleOptions = { explain: settings.explain, maxInputBytes: settings.maxBytes };
    const pageUrl = settings.url ?? url;
    if (pageUrl !== undefined) options.url = pageUrl;
    if (charset !== undefined) options.charset = charset;
    if (settings.fields) options.fields = settings.fields;
    const article = parserOf(settings.sites)(input, options);
    return { ok: true, output: formatArticle(job.name, article, settings) };
  } catch (error) {
    return { ok: false, error: oneLine(error) };
  }
}

/**
 * The input `parseArticle` gets. A charset from the HTTP Content-Type outranks the page's `<meta charset>`, as
 * in a browser, so such a page is decoded here; only a byte-order mark still wins over it.
 */
function pageInput(source: PageSource, settings: PageSettings): { input: string | Uint8Array; url?: string; charset?: string } {
  if (source.kind === "file") {
    // Refuse an oversized file before reading it into memory.
    const size = statSync(source.path).size;
    if (size > settings.maxBytes) throw new RangeError(`the file is ${size} bytes, over the limit of ${settings.maxBytes} (--max-bytes)`);
    return { input: readFileSync(source.path), ...(settings.charset !== undefined && { charset: settings.charset }) };
  }
  const base = { ...(source.url !== undefined && { url: source.url }) };
  const text = source.httpCharset ? decodeWithCharset(source.bytes, source.httpCharset) : undefined;
  if (text !== undefined) return { input: text, ...base };
  return { input: source.bytes, ...base, ...(settings.charset !== undefined && { charset: settings.charset }) };
}

/** One page's record in the chosen format; the caller adds separators between records. */
function formatArticle(name: string, article: object, settings: PageSettings): string {
  switch (settings.format) {
    case "json":
      return JSON.stringify(settings.batch ? { input: name, article } : article, null, 2);
    case "ndjson":
      return JSON.stringify({ input: name, article });
    case "markdown":
      return `${settings.batch ? `<!-- article-anatomy: ${name.replace(/--/g, "-\u2010")} -->\n\n` : ""}${toMarkdown(article)}`;
    case "text":
      return `${settings.batch ? `==> ${name} <==\n\n` : ""}${toText(article)}`;
  }
}

/** An error as one line: `ENOENT: no such file or directory, open 'x.html'`. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, " ").trim();
}
