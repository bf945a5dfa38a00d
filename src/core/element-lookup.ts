/**
 * Lookup tables over a document's elements — by tag name, class token, id and attribute name — each built
 * when first asked for and cached per document. `selectAll` uses them to test a selector only against the
 * elements that could match it (`.entry-content` against the few elements with that class) instead of
 * against every element of the page: extractors run dozens of selectors per page.
 * @module
 */
import type { Document, Element } from "domhandler";
import { DocumentCache } from "./document-cache.js";
import { isHtmlSpace } from "./dom.js";
import { Int32List } from "./int32-list.js";
import { pageIndex, type PageIndex, type RecordedValues } from "./page-index.js";

/**
 * Positions (in `pageIndex(doc).elements`) of the elements with each key, in document order. Keys are
 * written as in a selector: `p` (tag), `.entry` (class token), `#main` (id), `[href` (attribute name). Names
 * and values are kept as the document writes them: css-select compares them case-sensitively too (the
 * parser has lower-cased tag and attribute names).
 */
export interface ElementLookup {
  /** Positions of the elements with `key`, or `undefined` when no element has it. */
  get(key: string): readonly number[] | undefined;
  /**
   * Positions of the elements with a class token or an id (given without `.` / `#`) that passes `test`, in no
   * particular order, an element as often as it has such names. The test runs once per distinct name.
   */
  positionsOfNames(test: (name: string) => boolean): number[];
}

/**
 * One table per kind of key, keyed without the prefix, each built when first asked for: building `.${token}`
 * for every class of every element was most of the build (a new string to hash per token), and reading every
 * attribute of every element (`for…in`) is slow, so class and id tables read only `class` and `id`, and
 * attribute names are listed one name at a time, as selectors ask for them. The prefix is added back only
 * where a selector plan asks for it. Tags come from the page index, which has them already.
 */
class LookupTables implements ElementLookup {
  private classes: PositionsByName | undefined;
  private ids: PositionsByName | undefined;
  /** `get`'s answers for class, id and attribute keys (`null`: no element has the key). */
  private readonly answers = new Map<string, readonly number[] | null>();

  private readonly elements: readonly Element[];
  private readonly tags: ReadonlyMap<string, readonly number[]>;
  private readonly classValues: RecordedValues | undefined;
  private readonly idValues: RecordedValues | undefined;
  /** The elements with each attribute the parse listed (`PageIndex.byAttribute`). */
  private readonly recordedAttributes: ReadonlyMap<string, readonly number[]> | undefined;

  constructor(index: PageIndex) {
    this.elements = index.elements;
    this.tags = index.byTag;
    this.classValues = index.classValues;
    this.idValues = index.idValues;
    this.recordedAttributes = index.byAttribute;
  }

  get(key: string): readonly number[] | undefined {
    if (key[0] !== "." && key[0] !== "#" && key[0] !== "[") return this.tags.get(key);
    // Answers by the whole key: the selectors' keys are the same few strings on every call, and cutting the
    // prefix off made a new string each time.
    let answer = this.answers.get(key);
    if (answer === undefined) {
      const name = key.slice(1);
      answer = (key[0] === "." ? this.classTable().get(name) : key[0] === "#" ? this.idTable().get(name) : this.withAttribute(name)) ?? null;
      this.answers.set(key, answer);
    }
    return answer ?? undefined;
  }

  positionsOfNames(test: (name: string) => boolean): number[] {
    const found: number[] = [];
    this.classTable().collect(test, found);
    this.idTable().collect(test, found);
    return found;
  }

  private classTable(): PositionsByName {
    if (this.classes) return this.classes;
    // The values the parse recorded, or those read from every element of a tree parsed elsewhere. Reading
    // them from the elements visits every element of a tree spread over the heap, which costs more than
    // the splitting.
    const { positions, values } = this.classValues ?? recordedFrom(this.elements, "class");
    const classes = (this.classes = new PositionsByName(positions.length));
    for (let n = 0; n < positions.length; n++) {
      const i = positions[n]!;
      const value = values[n]!;
      // Tokens by hand: a regex split allocates an array per element.
      let start = -1;
      for (let k = 0; k < value.length; k++) {
        if (isHtmlSpace(value.charCodeAt(k))) {
          if (start >= 0) classes.add(value.slice(start, k), i), (start = -1);
        } else if (start < 0) start = k;
      }
      if (start === 0) classes.add(value, i);
      else if (start > 0) classes.add(value.slice(start), i);
    }
    return classes;
  }

  private idTable(): PositionsByName {
    if (this.ids) return this.ids;
    const { positions, values } = this.idValues ?? recordedFrom(this.elements, "id");
    const ids = (this.ids = new PositionsByName(positions.length));
    for (let n = 0; n < positions.length; n++) ids.add(values[n]!, positions[n]!);
    return ids;
  }

  /**
   * The elements that carry attribute `name`: the list the parse recorded, or a scan (`get` keeps the answer,
   * so a name is scanned for once).
   */
  private withAttribute(name: string): readonly number[] | undefined {
    let list = this.recordedAttributes?.get(name);
    if (list === undefined) {
      const found: number[] = [];
      const { elements } = this;
      // `attribs` is a plain object: a name it inherits (`constructor`) needs the slower own-property test.
      if (name in Object.prototype) for (let i = 0; i < elements.length; i++) Object.hasOwn(elements[i]!.attribs, name) && found.push(i);
      else for (let i = 0; i < elements.length; i++) if (elements[i]!.attribs[name] !== undefined) found.push(i);
      list = found;
    }
    return list.length > 0 ? list : undefined;
  }
}

const lookups = /* @__PURE__ */ new DocumentCache<ElementLookup>();

/** The elements with a non-empty `name` attribute and its values, read from every element. */
function recordedFrom(elements: readonly Element[], name: "class" | "id"): RecordedValues {
  const positions: number[] = [];
  const values: string[] = [];
  for (let i = 0; i < elements.length; i++) {
    const value = elements[i]!.attribs[name];
    if (value) positions.push(i), values.push(value);
  }
  return { positions, values };
}

/**
 * Element positions by name (class token or id), as one chain per name through typed columns: a page has
 * hundreds of distinct class tokens and ids, most on one or two elements, and a list for each (grown to 17
 * slots at its second element) was a good part of all the lookup allocated. A name's list is made only when
 * it is asked for.
 */
class PositionsByName {
  /** Each distinct name's number, in order of first appearance. */
  private readonly numbers = new Map<string, number>();
  /** By name number: the first and the last of its occurrences. */
  private readonly firsts: Int32List;
  private readonly lasts: Int32List;
  /** By occurrence: the element's position, and the name's next occurrence (-1 at the end of its chain). */
  private readonly positions: Int32List;
  private readonly nexts: Int32List;

  constructor(capacity: number) {
    this.firsts = new Int32List(capacity);
    this.lasts = new Int32List(capacity);
    this.positions = new Int32List(capacity);
    this.nexts = new Int32List(capacity);
  }

  add(name: string, position: number): void {
    const number = this.numbers.get(name);
    const occurrence = this.positions.count;
    if (number === undefined) {
      this.numbers.set(name, this.firsts.count);
      this.firsts.push(occurrence);
      this.lasts.push(occurrence);
    } else {
      const last = this.lasts.values[number]!;
      // A class listed twice on one element must not list the element twice.
      if (this.positions.values[last] === position) return;
      this.nexts.values[last] = occurrence;
      this.lasts.values[number] = occurrence;
    }
    this.positions.push(position);
    this.nexts.push(-1);
  }

  /**
   * The positions of the elements with `name`, in document order; `undefined` when none has it. A new list
   * each time: `LookupTables.get` keeps its answers.
   */
  get(name: string): number[] | undefined {
    const number = this.numbers.get(name);
    if (number === undefined) return undefined;
    const list: number[] = [];
    this.appendPositions(number, list);
    return list;
  }

  /** Appends to `found` the positions of every name that passes `test`. */
  collect(test: (name: string) => boolean, found: number[]): void {
    // `Map.forEach`, not an iterator of `[name, number]` pairs: no pair per name.
    this.numbers.forEach((number, name) => {
      if (test(name)) this.appendPositions(number, found);
    });
  }

  /** Appends to `out` the positions on the chain of name number `number`, in document order. */
  private appendPositions(number: number, out: number[]): void {
    for (let k = this.firsts.values[number]!; k >= 0; k = this.nexts.values[k]!) out.push(this.positions.values[k]!);
  }
}

/** The lookup table of `doc`, made on first use; its tables are built as they are asked for. */
export function elementLookup(doc: Document): ElementLookup {
  return lookups.valueFor(doc, newLookup);
}

function newLookup(doc: Document): ElementLookup {
  return new LookupTables(pageIndex(doc));
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
    // Attribute keys last, and only when nothing else narrows the search: listing the elements with an
    // attribute is a scan of the whole page, while tag, class and id lists are at hand (`time[datetime]`
    // tests the few `<time>` elements, `a[rel=tag]` the links). Indexed loops: this runs for every selector
    // asked of every root (three per figure).
    for (let k = 0; k < keys.length; k++) {
      if (keys[k]![0] === "[") continue;
      const list = lookup.get(keys[k]!) ?? NONE;
      if (!best || list.length < best.length) best = list;
    }
    if (!best) for (let k = 0; k < keys.length; k++) {
      const list = lookup.get(keys[k]!) ?? NONE;
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
  if (plan.length === 1) return out;
  // `.tags a, .tag-links a`: the selectors of a list may name the same elements.
  out.sort((a, b) => a - b);
  return out.filter((position, i) => position !== out[i - 1]);
}

/** Appends the entries of a sorted list that lie within `[from, to]`. */
function collect(list: readonly number[], from: number, to: number, out: number[]): void {
  for (let i = lowerBound(list, from); i < list.length && list[i]! <= to; i++) out.push(list[i]!);
}

/** The first index of a sorted list whose entry is at least `value` (the list's length when none is). */
export function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The elements with a class token or an id that passes `test` (`crumbs`, `breadcrumb` …; given without the
 * `.` or `#`), and those with any of `alsoKeys` (`[rel`), in document order, each once. The test runs once
 * per distinct class and id of the page, not once per element: the way to find elements by a pattern over
 * their class names.
 */
export function elementsWithKey(doc: Document, test: (name: string) => boolean, alsoKeys: readonly string[] = []): Element[] {
  const { elements } = pageIndex(doc);
  const lookup = elementLookup(doc);
  const positions = lookup.positionsOfNames(test);
  for (const key of alsoKeys) for (const position of lookup.get(key) ?? NONE) positions.push(position);
  positions.sort((a, b) => a - b);
  return positions.filter((position, i) => position !== positions[i - 1]).map((i) => elements[i]!);
}
