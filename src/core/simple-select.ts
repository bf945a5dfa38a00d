/**
 * Simple selectors without a CSS engine: lists of compounds made of a tag, classes, ids and attribute tests
 * (`div.entry`, `[itemprop~=articleBody]`, `time[datetime]`, `script[type="application/ld+json" i]`), matched
 * exactly against the candidates the element lookup gives. The theme selectors of the content detector, the
 * dateline and the structured dates are all of this kind; reading them here keeps css-select out of those
 * extractors' bundles, and is faster than compiling and running a general query.
 * @module
 */
import type { AnyNode, Element, ParentNode } from "domhandler";
import { isElement } from "./dom.js";
import { candidatePositions, type CandidateRule } from "./element-lookup.js";
import { pageIndex, subtreeRange } from "./page-index.js";

/** One attribute test: `[name]`, `[name=value]`, `[name~=value]`, `[name*=value]`, `[name^=value]`, `[name$=value]`, with ` i`. */
interface AttributeTest {
  name: string;
  operator: "" | "=" | "~=" | "*=" | "^=" | "$=";
  value: string;
  ignoreCase: boolean;
}

/** One compound selector. */
interface Compound {
  tag?: string;
  classes: string[];
  ids: string[];
  attributes: AttributeTest[];
}

/** The pieces of a compound: a tag, `.class`, `#id`, or an attribute test; anything else is not simple. */
const PIECE = /([a-zA-Z][\w-]*)|\.([\w-]+)|#([\w-]+)|\[\s*([\w:-]+)\s*(?:([~*^$]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]"']+))\s*(i)?\s*)?\]/gy;

/** A parsed selector list, and where its matches can be (each compound's own keys, as the lookup writes them). */
interface SimpleSelector {
  compounds: Compound[];
  plan: CandidateRule[];
}

const parsed = /* @__PURE__ */ new Map<string, SimpleSelector>();

/** The compounds of a simple selector list. Throws a `SyntaxError` naming the selector when it is not one. */
function parseSimple(selector: string): SimpleSelector {
  const cached = parsed.get(selector);
  if (cached) return cached;
  const compounds: Compound[] = [];
  for (const part of selector.split(",")) {
    const text = part.trim();
    const compound: Compound = { classes: [], ids: [], attributes: [] };
    PIECE.lastIndex = 0;
    let at = 0;
    while (at < text.length) {
      const m = PIECE.exec(text);
      if (!m || (m[1] !== undefined && at > 0)) throw new SyntaxError(`Not a simple selector: ${JSON.stringify(selector)}`);
      if (m[1] !== undefined) compound.tag = m[1].toLowerCase();
      else if (m[2] !== undefined) compound.classes.push(m[2]);
      else if (m[3] !== undefined) compound.ids.push(m[3]);
      else {
        const value = m[6] ?? m[7] ?? m[8] ?? "";
        compound.attributes.push({ name: m[4]!.toLowerCase(), operator: (m[5] ?? "") as AttributeTest["operator"], value, ignoreCase: m[9] !== undefined });
      }
      at = PIECE.lastIndex;
    }
    if (at === 0) throw new SyntaxError(`Not a simple selector: ${JSON.stringify(selector)}`);
    compounds.push(compound);
  }
  const plan = compounds.map((c) => ({
    keys: [...(c.tag === undefined ? [] : [c.tag]), ...c.classes.map((cls) => `.${cls}`), ...c.ids.map((id) => `#${id}`), ...c.attributes.map((a) => `[${a.name}`)],
    ancestorKeys: [],
  }));
  const result = { compounds, plan };
  parsed.set(selector, result);
  return result;
}

function passes(el: Element, test: AttributeTest): boolean {
  let actual = el.attribs[test.name];
  if (actual === undefined || !Object.hasOwn(el.attribs, test.name)) return false;
  let value = test.value;
  if (test.ignoreCase) {
    actual = actual.toLowerCase();
    value = value.toLowerCase();
  }
  switch (test.operator) {
    case "":
      return true;
    case "=":
      return actual === value;
    case "~=":
      return value !== "" && !/\s/.test(value) && actual.split(/[\t\n\f\r ]+/).includes(value);
    case "*=":
      return value !== "" && actual.includes(value);
    case "^=":
      return value !== "" && actual.startsWith(value);
    case "$=":
      return value !== "" && actual.endsWith(value);
  }
}

function matchesCompound(el: Element, compound: Compound): boolean {
  if (compound.tag !== undefined && el.name !== compound.tag) return false;
  if (compound.classes.length > 0) {
    const tokens = (el.attribs.class ?? "").split(/[\t\n\f\r ]+/);
    if (!compound.classes.every((cls) => tokens.includes(cls))) return false;
  }
  if (compound.ids.some((id) => el.attribs.id !== id)) return false;
  return compound.attributes.every((test) => passes(el, test));
}

/** True when `el` matches a simple selector list (see `selectSimple`). */
export function matchesSimple(el: Element, selector: string): boolean {
  return parseSimple(selector).compounds.some((compound) => matchesCompound(el, compound));
}

/**
 * The elements below `root` (a document, or an element of one) matching a simple selector list (no
 * combinators, no pseudo-classes), in document order: what css-select would return for it. Throws a
 * `SyntaxError` for any other selector.
 */
export function selectSimple(selector: string, root: ParentNode): Element[] {
  const { compounds, plan } = parseSimple(selector);
  const test = (el: Element) => compounds.some((compound) => matchesCompound(el, compound));
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
  // The lookup's candidates for the keys parsed above: the selector is not read a second time.
  for (const position of candidatePositions(range.doc, plan, range.from, range.to)) if (test(elements[position]!)) found.push(elements[position]!);
  return found;
}
