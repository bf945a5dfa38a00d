/**
 * Lookup tables over a document's elements — by tag name, class token, id and attribute name — built in
 * one pass on first use and cached per document. `selectAll` uses them to test a selector only against the
 * elements that could match it (`.entry-content` against the few elements with that class) instead of
 * against every element of the page: extractors run dozens of selectors per page.
 * @module
 */
import type { Document } from "domhandler";
import { pageIndex } from "./page-index.js";

/** Positions (in `pageIndex(doc).elements`) of the elements with each key, in document order. */
export interface ElementLookup {
  readonly byTag: ReadonlyMap<string, readonly number[]>;
  /** Class tokens, lower-cased. */
  readonly byClass: ReadonlyMap<string, readonly number[]>;
  /** Ids, lower-cased. */
  readonly byId: ReadonlyMap<string, readonly number[]>;
  /** Attribute names, lower-cased. */
  readonly byAttribute: ReadonlyMap<string, readonly number[]>;
}

const lookups = /* @__PURE__ */ new WeakMap<Document, ElementLookup>();

function add(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [position]);
  // A class listed twice on one element must not list the element twice.
  else if (list[list.length - 1] !== position) list.push(position);
}

/** The lookup tables of `doc`, built on first use. */
export function elementLookup(doc: Document): ElementLookup {
  let lookup = lookups.get(doc);
  if (lookup) return lookup;
  const byTag = new Map<string, number[]>();
  const byClass = new Map<string, number[]>();
  const byId = new Map<string, number[]>();
  const byAttribute = new Map<string, number[]>();
  const { elements } = pageIndex(doc);
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    add(byTag, el.name.toLowerCase(), i);
    const attribs = el.attribs;
    for (const name in attribs) {
      add(byAttribute, name.toLowerCase(), i);
      const value = attribs[name]!;
      if (name === "class") {
        for (const token of value.toLowerCase().split(/[\t\n\f\r ]+/)) if (token) add(byClass, token, i);
      } else if (name === "id" && value) add(byId, value.toLowerCase(), i);
    }
  }
  lookup = { byTag, byClass, byId, byAttribute };
  lookups.set(doc, lookup);
  return lookup;
}

/** One list of a lookup table. */
export type CandidateKey = { table: keyof ElementLookup; key: string };

/** Splits a selector list at its top-level commas (not those inside brackets, parentheses or quotes). */
function splitSelectorList(selector: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "(") depth++;
    else if (c === "]" || c === ")") depth--;
    else if (c === "," && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  if (quote || depth !== 0) return undefined;
  parts.push(selector.slice(start));
  return parts;
}

/**
 * The compound selectors of a complex one (`div.entry > p.lead` → `div.entry`, `p.lead`), with bracket and
 * parenthesis contents kept, and whether a sibling combinator (`+`, `~`) joins any of them.
 */
function compoundsOf(selector: string): { compounds: string[]; siblings: boolean } {
  const compounds: string[] = [];
  let siblings = false;
  let depth = 0;
  let quote = "";
  let start = 0;
  const close = (end: number) => {
    if (end > start) compounds.push(selector.slice(start, end));
  };
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "(") depth++;
    else if (c === "]" || c === ")") depth--;
    else if (depth === 0 && (c === " " || c === ">" || c === "+" || c === "~" || c === "\t" || c === "\n")) {
      if (c === "+" || c === "~") siblings = true;
      close(i);
      start = i + 1;
    }
  }
  close(selector.length);
  return { compounds, siblings };
}

/**
 * The lists that each hold every element a compound selector can match: its id, its classes, the names of
 * its attributes and its tag; the shortest is read. `undefined` when it names none of them (`*`, `:is(…)`),
 * or uses escapes this reader does not decode.
 */
function candidateKeys(compound: string): CandidateKey[] | undefined {
  if (compound.includes("\\")) return undefined;
  // Only what sits outside brackets' values and pseudo-class arguments constrains the element itself.
  let outside = "";
  const keys: CandidateKey[] = [];
  let depth = 0;
  let quote = "";
  for (let i = 0; i < compound.length; i++) {
    const c = compound[i]!;
    if (quote) {
      if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "[" && depth === 0) {
      const name = /^\[\s*([a-zA-Z_][\w:-]*)/.exec(compound.slice(i));
      if (name) keys.push({ table: "byAttribute", key: name[1]!.toLowerCase() });
      const close = compound.indexOf("]", i);
      if (close < 0) return undefined;
      // Skip the brackets' contents (quotes inside them hold no `]` in the selectors this library writes).
      i = close;
      outside += " ";
      continue;
    }
    if (depth === 0) outside += c;
  }
  for (const match of outside.matchAll(/([#.])([\w-]+)/g)) keys.push({ table: match[1] === "#" ? "byId" : "byClass", key: match[2]!.toLowerCase() });
  const tag = /^([a-zA-Z][\w-]*)/.exec(outside.trim());
  if (tag) keys.push({ table: "byTag", key: tag[1]!.toLowerCase() });
  return keys.length > 0 ? keys : undefined;
}

/**
 * Where the matches of one selector of a list can be: among the elements of one of `keys` (the shortest list
 * is read), and — when `ancestorKeys` is not empty — below an element of one of those (`.tags-links a`: the
 * links below the few `.tags-links`, not every link of the page).
 */
export interface CandidateRule {
  keys: CandidateKey[];
  ancestorKeys: CandidateKey[];
}

const plans = /* @__PURE__ */ new Map<string, CandidateRule[] | null>();

/**
 * For each selector of a list, where its matches can be. `null` when some selector of the list can match
 * any element, so the whole document must be scanned.
 */
export function candidatePlan(selector: string): readonly CandidateRule[] | null {
  let plan = plans.get(selector);
  if (plan !== undefined) return plan;
  plan = [];
  const parts = splitSelectorList(selector);
  if (!parts) plan = null;
  else {
    for (const part of parts) {
      const { compounds, siblings } = compoundsOf(part.trim());
      const keys = compounds.length > 0 ? candidateKeys(compounds[compounds.length - 1]!) : undefined;
      if (!keys) {
        plan = null;
        break;
      }
      // Only descendant and child combinators make every earlier compound an ancestor of the match.
      const ancestorKeys = siblings ? [] : compounds.slice(0, -1).flatMap((compound) => candidateKeys(compound) ?? []);
      plan.push({ keys, ancestorKeys });
    }
  }
  plans.set(selector, plan);
  return plan;
}

const NONE: readonly number[] = [];

/**
 * Positions of the elements `plan` says may match, in document order, limited to `[from, to]`. Every match
 * of the selector is among them; the caller still tests each one.
 */
export function candidatePositions(doc: Document, plan: readonly CandidateRule[], from: number, to: number): readonly number[] {
  const lookup = elementLookup(doc);
  const shortest = (keys: readonly CandidateKey[]): readonly number[] => {
    let best: readonly number[] | undefined;
    for (const { table, key } of keys) {
      const list = lookup[table].get(key) ?? NONE;
      if (!best || list.length < best.length) best = list;
    }
    return best ?? NONE;
  };
  const lists: (readonly number[])[] = [];
  for (const { keys, ancestorKeys } of plan) {
    const own = shortest(keys);
    const ancestors = ancestorKeys.length > 0 ? shortest(ancestorKeys) : undefined;
    if (ancestors && ancestors.length < own.length) lists.push(below(doc, own, ancestors, from, to));
    // `.tags a, .tag-links a` without narrower ancestors: several selectors of a list often read the same list.
    else if (!lists.includes(own)) lists.push(clip(own, from, to));
  }
  return mergePositions(lists);
}

/** The union of position lists, in document order, each position once. */
export function mergePositions(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length === 1) return lists[0]!;
  const merged: number[] = [];
  for (const list of lists) for (const position of list) merged.push(position);
  merged.sort((a, b) => a - b);
  let write = 0;
  for (let read = 0; read < merged.length; read++) if (read === 0 || merged[read] !== merged[read - 1]) merged[write++] = merged[read]!;
  merged.length = write;
  return merged;
}

/** The entries of `list` within `[from, to]` that lie below an element of `ancestors` (both in document order). */
function below(doc: Document, list: readonly number[], ancestors: readonly number[], from: number, to: number): readonly number[] {
  const { subtreeEnd } = pageIndex(doc);
  const out: number[] = [];
  let coveredTo = -1;
  for (const ancestor of ancestors) {
    // A nested ancestor's subtree is already inside its outer one's.
    if (ancestor <= coveredTo) continue;
    coveredTo = subtreeEnd[ancestor]!;
    const start = Math.max(from, ancestor + 1);
    const end = Math.min(to, coveredTo);
    if (start > end) continue;
    for (const position of clip(list, start, end)) out.push(position);
  }
  return out;
}

/** The entries of a sorted list that lie within `[from, to]`. */
function clip(list: readonly number[], from: number, to: number): readonly number[] {
  if (list.length === 0 || (list[0]! >= from && list[list.length - 1]! <= to)) return list;
  let lo = lowerBound(list, from);
  const hi = lowerBound(list, to + 1);
  return lo >= hi ? NONE : list.slice(lo, hi);
}

function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const tokenMatches = /* @__PURE__ */ new WeakMap<Document, Map<RegExp, readonly number[]>>();

/**
 * Positions of the elements with a class or id token — or a `-`/`_`-separated part of one — that `pattern`
 * matches, in document order: every element `hasToken(el, pattern)` (regions.ts) can accept, found by testing
 * each distinct token of the page once instead of every element. Callers still apply their exact test.
 */
export function positionsWithToken(doc: Document, pattern: RegExp): readonly number[] {
  let cache = tokenMatches.get(doc);
  if (!cache) tokenMatches.set(doc, (cache = new Map()));
  let found = cache.get(pattern);
  if (found) return found;
  const lookup = elementLookup(doc);
  const lists: (readonly number[])[] = [];
  for (const table of [lookup.byClass, lookup.byId]) {
    for (const [token, positions] of table) {
      // An id may hold spaces; regions.ts splits class and id alike on whitespace, then on `-` and `_`.
      const words = token.split(/\s+/);
      if (words.some((word) => pattern.test(word) || (/[-_]/.test(word) && word.split(/[-_]+/).some((part) => part !== "" && pattern.test(part))))) lists.push(positions);
    }
  }
  const merged = lists.length === 0 ? NONE : mergePositions(lists);
  cache.set(pattern, merged);
  return merged;
}
