/**
 * The shape every extractor shares: an ordered list of small named strategies, tried in order; the first
 * one that returns a valid value wins, and the result can say which strategy produced it.
 * @module
 */
import type { Document } from "domhandler";
import type { ExtractOptions } from "../types.js";
import { DocumentCache } from "./document-cache.js";
import { baseUrl } from "./document.js";

/** What a strategy reads: the parsed document, the caller's options and the resolved base URL. */
export interface PageContext {
  readonly doc: Document;
  readonly options: ExtractOptions;
  /** Base URL for resolving links (`<base href>` or `options.url`). */
  readonly base: string | undefined;
}

/** One way of finding a field's value. Returns `undefined` when it finds nothing. */
export interface Strategy<T> {
  /** Short stable name, reported by `explain`. */
  readonly name: string;
  readonly run: (page: PageContext) => T | undefined;
}

/** A value with the name of the strategy that produced it. */
export interface Explained<T> {
  value: T;
  strategy: string;
}

/** Builds the context strategies read. */
export function pageContext(doc: Document, options: ExtractOptions | undefined): PageContext {
  const opts = options ?? {};
  return { doc, options: opts, base: baseUrl(doc, opts) };
}

/**
 * Runs `strategies` in order and returns the first value that `accept` accepts (by default: defined, and not
 * an empty array or string), with the strategy's name.
 */
export function firstAccepted<T>(
  strategies: readonly Strategy<T>[],
  page: PageContext,
  accept: (value: T) => boolean = isPresent,
): Explained<T> | undefined {
  for (const strategy of strategies) {
    const value = strategy.run(page);
    if (value !== undefined && accept(value)) return { value, strategy: strategy.name };
  }
  return undefined;
}

function isPresent(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "string") return value.length > 0;
  return value !== undefined && value !== null;
}

const memo = /* @__PURE__ */ new DocumentCache<Map<string, unknown>>();
const newMap = (): Map<string, unknown> => new Map();

/**
 * The result of `compute` for this page, computed once per document and base URL: extractors that need
 * another field (published and authors read the dateline) share one run of it.
 */
export function once<T>(page: PageContext, field: string, compute: () => T): T {
  const cache = memo.valueFor(page.doc, newMap);
  const key = `${field}\u0000${page.base ?? ""}`;
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}
