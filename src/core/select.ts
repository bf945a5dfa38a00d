/**
 * CSS selection with compiled queries cached by selector text, so a selector list is compiled once per
 * process however many pages are parsed.
 * @module
 */
import { compile } from "css-select";
import type { AnyNode, Document, Element, ParentNode } from "domhandler";
import { pageIndex } from "./page-index.js";

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

/** Elements below `root` matching `selector`, in document order. */
export function selectAll(selector: string, root: ParentNode): Element[] {
  const query = compileSelector(selector);
  // A whole document is searched through its index: a flat array instead of a tree walk.
  if (root.type === "root") return pageIndex(root as Document).elements.filter(query);
  const found: Element[] = [];
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    if (query(node)) found.push(node);
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return found;
}

/** The first element below `root` matching `selector`. */
export function selectFirst(selector: string, root: ParentNode): Element | undefined {
  const query = compileSelector(selector);
  if (root.type === "root") return pageIndex(root as Document).elements.find(query);
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    if (query(node)) return node;
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return undefined;
}

/** True when `el` matches `selector`. */
export function matches(el: Element, selector: string): boolean {
  return compileSelector(selector)(el);
}
