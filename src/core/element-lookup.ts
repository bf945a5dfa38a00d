/**
 * Lookup tables over a document's elements — by tag name, class token, id and attribute name — built in
 * one pass on first use and cached per document. `selectAll` uses them to test a selector only against the
 * elements that could match it (`.entry-content` against the few elements with that class) instead of
 * against every element of the page: extractors run dozens of selectors per page.
 * @module
 */
import type { Document, Element } from "domhandler";
import { pageIndex } from "./page-index.js";

/**
 * Positions (in `pageIndex(doc).elements`) of the elements with each key, in document order. Keys are
 * written as in a selector: `p` (tag), `.entry` (class token), `#main` (id), `[href` (attribute name). Names
 * and values are kept as the document writes them: css-select compares them case-sensitively too (the
 * parser has lower-cased tag and attribute names).
 */
export type ElementLookup = ReadonlyMap<string, readonly number[]>;

const lookups = /* @__PURE__ */ new WeakMap<Document, ElementLookup>();
/** `[name` for each attribute name seen: one string per name, so its hash is computed once. */
const attributeKeys = /* @__PURE__ */ new Map<string, string>();

/** The lookup table of `doc`, built on first use. */
export function elementLookup(doc: Document): ElementLookup {
  let lookup = lookups.get(doc);
  if (lookup) return lookup;
  const table = new Map<string, number[]>();
  const add = (key: string, position: number): void => {
    const list = table.get(key);
    if (list === undefined) table.set(key, [position]);
    // A class listed twice on one element must not list the element twice.
    else if (list[list.length - 1] !== position) list.push(position);
  };
  const { elements } = pageIndex(doc);
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    add(el.name, i);
    for (const name in el.attribs) {
      let key = attributeKeys.get(name);
      if (key === undefined && attributeKeys.size < 10_000) attributeKeys.set(name, (key = `[${name}`));
      add(key ?? `[${name}`, i);
      const value = el.attribs[name]!;
      if (name === "class") for (const token of value.split(/[\t\n\f\r ]+/)) token && add(`.${token}`, i);
      else if (name === "id" && value) add(`#${value}`, i);
    }
  }
  lookups.set(doc, table);
  return table;
}

/**
 * Where the matches of one selector of a list can be: among the elements of one of `keys` (the shortest list
 * is read), and — when `ancestorKeys` is not empty — below an element of one of those (`.tags-links a`: the
 * links below the few `.tags-links`, not every link of the page).
 */
export interface CandidateRule {
  keys: string[];
  ancestorKeys: string[];
}

const plans = /* @__PURE__ */ new Map<string, CandidateRule[] | null>();

/**
 * The pieces of a selector this planner reads, one per match: a list comma, a combinator, an id, a class, an
 * attribute (name kept, value skipped), a pseudo-class (arguments skipped), a tag, `*`. Anything else (an
 * escape, an unbalanced bracket) is the last alternative and makes the plan give up.
 */
const SELECTOR_PIECE = /\s*(,)\s*|\s*([>+~])\s*|(\s+)|([#.]?[\w-]+)|\[\s*([\w:-]+)(?:[^\]'"]|'[^']*'|"[^"]*")*\]|::?[\w-]+(?:\((?:[^()]|\([^()]*\))*\))?|\*|([^])/g;

/**
 * For each selector of a list, where its matches can be (see `CandidateRule`): the keys of its last compound,
 * and those of the compounds before it when only descendant and child combinators join them. `null` when
 * some selector's last compound names no id, class, attribute or tag (`*`, `:is(…)`): the whole document must
 * be scanned.
 */
export function candidatePlan(selector: string): readonly CandidateRule[] | null {
  let plan = plans.get(selector);
  if (plan !== undefined) return plan;
  plan = [];
  let keys: string[] = [];
  let ancestorKeys: string[] = [];
  let siblings = false;
  const endPart = (): boolean => {
    if (keys.length === 0) return false;
    plan!.push({ keys, ancestorKeys: siblings ? [] : ancestorKeys });
    keys = [];
    ancestorKeys = [];
    siblings = false;
    return true;
  };
  for (const m of selector.trim().matchAll(SELECTOR_PIECE)) {
    if (m[6] !== undefined || (m[1] !== undefined && !endPart())) {
      plan = null;
      break;
    }
    if (m[2] !== undefined || m[3] !== undefined) {
      if (m[2] === "+" || m[2] === "~") siblings = true;
      ancestorKeys.push(...keys);
      keys = [];
    } else if (m[4] !== undefined) keys.push(/^[#.]/.test(m[4]) ? m[4] : m[4].toLowerCase());
    else if (m[5] !== undefined) keys.push(`[${m[5].toLowerCase()}`);
  }
  if (plan && !endPart()) plan = null;
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
  const { subtreeEnd } = pageIndex(doc);
  const shortest = (keys: readonly string[]): readonly number[] => {
    let best: readonly number[] | undefined;
    for (const key of keys) {
      const list = lookup.get(key) ?? NONE;
      if (!best || list.length < best.length) best = list;
    }
    return best ?? NONE;
  };
  const out: number[] = [];
  for (const { keys, ancestorKeys } of plan) {
    const own = shortest(keys);
    const ancestors = shortest(ancestorKeys);
    if (ancestorKeys.length === 0 || ancestors.length >= own.length) collect(own, from, to, out);
    else {
      // Below each ancestor; a nested ancestor's subtree is already inside its outer one's.
      let coveredTo = -1;
      for (const ancestor of ancestors) {
        if (ancestor <= coveredTo) continue;
        coveredTo = subtreeEnd[ancestor]!;
        collect(own, Math.max(from, ancestor + 1), Math.min(to, coveredTo), out);
      }
    }
  }
  // `.tags a, .tag-links a`: the selectors of a list may name the same elements.
  return plan.length > 1 ? [...new Set(out.sort((a, b) => a - b))] : out;
}

/** Appends the entries of a sorted list that lie within `[from, to]`. */
function collect(list: readonly number[], from: number, to: number, out: number[]): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i]! <= to; i++) out.push(list[i]!);
}

/**
 * The elements with a lookup key that passes `test` (`.crumbs`, `#breadcrumb`, `[aria-label` …), in document
 * order, each once. The test runs once per distinct key of the page, not once per element: the way to find
 * elements by a pattern over their class names.
 */
export function elementsWithKey(doc: Document, test: (key: string) => boolean): Element[] {
  const { elements } = pageIndex(doc);
  const positions: number[] = [];
  for (const [key, list] of elementLookup(doc)) if (test(key)) for (const position of list) positions.push(position);
  positions.sort((a, b) => a - b);
  return positions.filter((position, i) => position !== positions[i - 1]).map((i) => elements[i]!);
}
