/**
 * Selectors without a CSS engine. The grammar is what the library's own rules use: compounds made of a tag
 * or `*`, classes, ids, attribute tests (`=`, `~=`, `*=`, `^=`, `$=`, with ` i`) and `:not(…)` of such
 * compounds, joined by the descendant, `>`, `+` and `~` combinators, in comma lists (`div.entry`,
 * `[itemprop~=articleBody]`, `script[type="application/ld+json" i]`, `.tags-links a`,
 * `a[rel~=tag]:not([rel~=category])`, `.breadcrumb + h2`). They are matched exactly as css-select matches
 * them (a test holds the two together), against the candidates the element lookup gives. Every built-in rule
 * is of this kind, so no bundle but `createParser`'s (whose site rules are the user's CSS) carries css-select;
 * and it is faster than compiling and running a general query.
 * @module
 */
import type { AnyNode, Element, ParentNode } from "domhandler";
import { isElement, isHtmlSpace, previousElement } from "./dom.js";
import { candidatePositions, type CandidateRule } from "./element-lookup.js";
import { pageIndex, subtreeRange } from "./page-index.js";

type Test = (el: Element) => boolean;

/** One selector of a list, compiled: its test, and where its matches can be (see `CandidateRule`). */
interface CompiledSelector {
  test: Test;
  keys: string[];
  ancestorKeys: string[];
}

/** A parsed selector list; `plan` is null when some selector's own compound has no key (`*`): then a scan. */
interface SimpleSelector {
  test: Test;
  plan: CandidateRule[] | null;
}

/**
 * Attributes whose values compare without case, as css-select reads them in HTML (from the HTML standard's
 * list). Of that list these two are the ones the library's rules name (a test checks that no other is).
 */
const CASELESS_ATTRIBUTES = ["rel", "type"];

/**
 * The pieces of a selector: a tag or `*`, `.class`, `#id`, an attribute test, `:not(`, a closing `)`, a
 * list comma, a combinator (the parenthesis and the comma first, so the spaces before them are theirs).
 * Anything else is outside the grammar.
 */
const PIECE = /([a-zA-Z][\w-]*|\*)|\.([\w-]+)|#([\w-]+)|\[\s*([\w:-]+)\s*(?:([~*^$]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]"']+))\s*(i)?\s*)?\]|(:not\(\s*)|(\s*\))|(\s*,\s*)|(\s*[>+~]\s*|\s+)/y;

/**
 * How an attribute's value is compared with the selector's, by operator (`[name]` alone needs no comparison).
 * As in CSS (and css-select), an empty value matches nothing but with `=`, and `~=` never matches a value
 * that holds whitespace.
 */
const COMPARE: Readonly<Record<string, (actual: string, value: string) => boolean>> = {
  "=": (actual, value) => actual === value,
  "~=": (actual, value) => includesWord(actual, value),
  "*=": (actual, value) => value !== "" && actual.includes(value),
  "^=": (actual, value) => value !== "" && actual.startsWith(value),
  "$=": (actual, value) => value !== "" && actual.endsWith(value),
};

/**
 * True when `word` is one of the whitespace-separated words of `list` (a class list, `rel`, `itemprop`). Found
 * in place, without splitting: `.entry` and `[rel~=tag]` are tested on thousands of elements per page, and a
 * split made an array each time.
 */
export function includesWord(list: string, word: string): boolean {
  if (word === "") return false;
  for (let i = 0; i < word.length; i++) if (isHtmlSpace(word.charCodeAt(i))) return false;
  for (let at = list.indexOf(word); at >= 0; at = list.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || isHtmlSpace(list.charCodeAt(at - 1))) && (end === list.length || isHtmlSpace(list.charCodeAt(end)))) return true;
  }
  return false;
}

const parsed = /* @__PURE__ */ new Map<string, SimpleSelector>();

function refuse(selector: string): never {
  throw new SyntaxError(`Not a selector this library reads without a CSS engine: ${JSON.stringify(selector)}`);
}

/** The selector list, parsed and compiled. Throws a `SyntaxError` naming the selector when it is outside the grammar. */
function parseSimple(selector: string): SimpleSelector {
  let result = parsed.get(selector);
  if (result) return result;
  const text = selector.trim();
  const list: CompiledSelector[] = [];
  PIECE.lastIndex = 0;
  for (;;) {
    // One selector of the list, left to right: each combinator wraps the test so far as its left side.
    let { test, keys } = readCompound(text, selector);
    const ancestorKeys: string[] = [];
    let siblings = false;
    let comma = false;
    while (PIECE.lastIndex < text.length) {
      const m = PIECE.exec(text);
      if (m?.[12] !== undefined) {
        comma = true;
        break;
      }
      if (m?.[13] === undefined) refuse(selector);
      const combinator = m[13].trim() || " ";
      const right = readCompound(text, selector);
      test = combined(right.test, combinator, test);
      siblings ||= combinator === "+" || combinator === "~";
      ancestorKeys.push(...keys);
      keys = right.keys;
    }
    // Matches can be looked for below the other compounds' elements only when all of them are ancestors.
    list.push({ test, keys, ancestorKeys: siblings ? [] : ancestorKeys });
    if (!comma) break;
  }
  const plan = list.every((s) => s.keys.length > 0) ? list.map(({ keys, ancestorKeys }) => ({ keys, ancestorKeys })) : null;
  result = { test: list.length === 1 ? list[0]!.test : (el) => list.some((s) => s.test(el)), plan };
  parsed.set(selector, result);
  return result;
}

/** Reads one compound at `PIECE.lastIndex`: its test and its lookup keys (`p`, `.entry`, `#main`, `[rel`; none from `:not`). */
function readCompound(text: string, selector: string): { test: Test; keys: string[] } {
  const tests: Test[] = [];
  const keys: string[] = [];
  let empty = true;
  for (;;) {
    const at = PIECE.lastIndex;
    const m = at < text.length ? PIECE.exec(text) : null;
    if (!m || m[11] !== undefined || m[12] !== undefined || m[13] !== undefined) {
      // A failed sticky match rewinds to 0: the caller reads on from here.
      PIECE.lastIndex = at;
      break;
    }
    if (m[1] !== undefined) {
      // A tag or `*` opens its compound.
      if (!empty) refuse(selector);
      const tag = m[1].toLowerCase();
      if (tag !== "*") {
        tests.push((el) => el.name === tag);
        keys.push(tag);
      }
    } else if (m[2] !== undefined) {
      const name = m[2];
      tests.push((el) => includesWord(el.attribs.class ?? "", name));
      keys.push(`.${name}`);
    } else if (m[3] !== undefined) {
      const id = m[3];
      tests.push((el) => el.attribs.id === id);
      keys.push(`#${id}`);
    } else if (m[4] !== undefined) {
      const name = m[4].toLowerCase();
      tests.push(attributeTest(name, m[5], m[6] ?? m[7] ?? m[8] ?? "", m[9] !== undefined || CASELESS_ATTRIBUTES.includes(name)));
      keys.push(`[${name}`);
    } else {
      const negated = readNegated(text, selector);
      tests.push((el) => !passesAny(negated, el));
    }
    empty = false;
  }
  if (empty) refuse(selector);
  return { test: tests.length === 1 ? tests[0]! : (el) => passesAll(tests, el), keys };
}

// Loops, not `every`/`some` with an arrow: the arrow would be made anew for each element tested, and a
// selector is tested against every element of its candidates.
function passesAll(tests: readonly Test[], el: Element): boolean {
  for (let i = 0; i < tests.length; i++) if (!tests[i]!(el)) return false;
  return true;
}

function passesAny(tests: readonly Test[], el: Element): boolean {
  for (let i = 0; i < tests.length; i++) if (tests[i]!(el)) return true;
  return false;
}

/** The compounds of `:not(a, b)`, read up to its closing parenthesis. */
function readNegated(text: string, selector: string): Test[] {
  const compounds: Test[] = [];
  for (;;) {
    compounds.push(readCompound(text, selector).test);
    const m = PIECE.lastIndex < text.length ? PIECE.exec(text) : null;
    if (m?.[11] !== undefined) return compounds;
    if (m?.[12] === undefined) refuse(selector);
  }
}

/**
 * `[name]`, `[name=value]` …: an empty value never matches `~=`, `*=`, `^=` or `$=`, nor does a value with
 * whitespace match `~=` (Selectors 4; css-select matches `[class~=""]` on an empty class, see the tests).
 */
function attributeTest(name: string, operator: string | undefined, value: string, ignoreCase: boolean): Test {
  const compare = operator ? COMPARE[operator]! : undefined;
  if (operator && operator !== "=" && (value === "" || (operator === "~=" && /\s/.test(value)))) return () => false;
  const expected = ignoreCase ? value.toLowerCase() : value;
  return (el) => {
    const actual = el.attribs[name];
    return actual !== undefined && Object.hasOwn(el.attribs, name) && (!compare || compare(ignoreCase ? actual.toLowerCase() : actual, expected));
  };
}

/** The element before `el` among its parent's children, text and comments skipped. */
/**
 * `left combinator right`: `right`'s test, then `left`'s on the parent (`>`), an ancestor (descendant), the
 * previous element (`+`) or an earlier one (`~`). Every ancestor or sibling is tried, so an ancestor that fails
 * the rest of the selector does not end the search.
 */
function combined(right: Test, combinator: string, left: Test): Test {
  const step = combinator === ">" || combinator === " " ? (el: Element) => (isElement(el.parent) ? el.parent : undefined) : previousElement;
  const once = combinator === ">" || combinator === "+";
  return (el) => {
    if (!right(el)) return false;
    for (let next = step(el); next; next = once ? undefined : step(next)) if (left(next)) return true;
    return false;
  };
}

/** True when `el` matches a selector list of this module's grammar (see `selectSimple`). */
export function matchesSimple(el: Element, selector: string): boolean {
  return parseSimple(selector).test(el);
}

/**
 * The elements below `root` (a document, or an element of one) matching a selector list of this module's
 * grammar (see above), in document order: what css-select would return for it. As in css-select, the compounds
 * to the left may match ancestors and siblings outside `root`. Throws a `SyntaxError` for any other selector.
 */
export function selectSimple(selector: string, root: ParentNode): Element[] {
  const { test, plan } = parseSimple(selector);
  const found: Element[] = [];
  const range = subtreeRange(root);
  if (!range) {
    // A detached subtree: a walk.
    const stack: AnyNode[] = [...root.children].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (!isElement(node)) continue;
      if (test(node)) found.push(node);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
    return found;
  }
  const { elements } = pageIndex(range.doc);
  if (!plan) {
    for (let i = range.from; i <= range.to; i++) if (test(elements[i]!)) found.push(elements[i]!);
    return found;
  }
  // The lookup's candidates for the keys parsed above: the selector is not read a second time.
  for (const position of candidatePositions(range.doc, plan, range.from, range.to)) if (test(elements[position]!)) found.push(elements[position]!);
  return found;
}

/** This module as a site rule's selector engine: what the built-in site rules are read with. */
export const SIMPLE_SELECTORS = {
  check(selector: string): void {
    parseSimple(selector);
  },
  selectAll: selectSimple,
  matches: matchesSimple,
};
