/**
 * CSS selection with compiled queries cached by selector text, so a selector list is compiled once per
 * process however many pages are parsed.
 * @module
 */
import { compile } from "css-select";
import type { AnyNode, Element, ParentNode } from "domhandler";
import { candidatePlan, candidatePositions } from "./element-lookup.js";
import { pageIndex, subtreeRange } from "./page-index.js";

type Query = (el: Element) => boolean;
const compiled = /* @__PURE__ */ new Map<string, Query>();

/** The compiled form of `selector`, cached. Throws a `SyntaxError` naming the selector when it is invalid. */
export function compileSelector(selector: string): Query {
  let query = compiled.get(selector);
  if (!query) {
    try {
      query = compile<AnyNode, Element>(selector) as Query;
    } catch (error) {
      throw new SyntaxError(`Invalid CSS selector ${JSON.stringify(selector)}: ${(error as Error).message}`);
    }
    compiled.set(selector, query);
  }
  return query;
}

/**
 * Elements below `root` matching `selector`, in document order (only the first when `firstOnly`). Inside a
 * document only the elements the selector could match are tested (see element-lookup.ts); below a detached
 * node the subtree is walked.
 */
function select(selector: string, root: ParentNode, firstOnly: boolean): Element[] {
  const query = compileSelector(selector);
  const found: Element[] = [];
  const range = subtreeRange(root);
  if (range) {
    const { elements } = pageIndex(range.doc);
    const plan = candidatePlan(selector);
    const test = (el: Element): boolean => query(el) && found.push(el) > 0 && firstOnly;
    if (plan) {
      for (const position of candidatePositions(range.doc, plan, range.from, range.to)) if (test(elements[position]!)) break;
    } else {
      for (let i = range.from; i <= range.to; i++) if (test(elements[i]!)) break;
    }
    return found;
  }
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    if (query(node) && found.push(node) > 0 && firstOnly) break;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

/**
 * Elements below `root` matching `selector`, in document order. Inside a document only the elements the
 * selector could match are tested (see element-lookup.ts).
 */
export function selectAll(selector: string, root: ParentNode): Element[] {
  return select(selector, root, false);
}

/** The first element below `root` matching `selector`. */
export function selectFirst(selector: string, root: ParentNode): Element | undefined {
  return select(selector, root, true)[0];
}

/** True when `el` matches `selector`. */
export function matches(el: Element, selector: string): boolean {
  return compileSelector(selector)(el);
}

/** css-select as a site rule's selector engine: what the rules a user gives `createParser` are read with. */
export const CSS_SELECTORS = {
  check(selector: string): void {
    compileSelector(selector);
  },
  selectAll,
  matches,
};
