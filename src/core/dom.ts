/**
 * Small read-only helpers over the domhandler tree. Every walk here is iterative, so that a page with
 * 100 000 nested elements cannot overflow the stack.
 * @module
 */
import type { AnyNode, Element, ParentNode } from "domhandler";

/** Elements whose text is never page text (`<head>` included: its `<title>` is not page text). */
export const NON_TEXT_TAGS = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head", "select", "button", "textarea"]);

/** True for an element node (`<div>`, `<p>` …; `<script>` and `<style>` too). */
export function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === "tag" || node.type === "script" || node.type === "style");
}

/** True for a node that has children (element, document, CDATA). */
export function isParent(node: AnyNode): node is ParentNode {
  return (node as Partial<ParentNode>).children !== undefined;
}

/** True for the name of a heading element, `h1` to `h6` (asked of every block: no regex object per call). */
export function isHeadingName(name: string): boolean {
  if (name.length !== 2 || name.charCodeAt(0) !== 104) return false;
  const level = name.charCodeAt(1);
  return level >= 49 && level <= 54;
}

/** Lower-cased tag name of an element. */
export function tagName(el: Element): string {
  const name = el.name;
  // HTML parsers give lower-case names already: test before building a new string (asked for every element).
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return name.toLowerCase();
  }
  return name;
}

/**
 * True for an element the page does not show: the `hidden` attribute, or an inline `display: none` /
 * `visibility: hidden` (a copy of a trail or a byline kept for scripts is not what a reader sees).
 */
export function isHidden(el: Element): boolean {
  const style = el.attribs.style;
  return el.attribs.hidden !== undefined || (style !== undefined && HIDDEN_STYLE.test(style));
}

// Bounded runs of spaces: a style attribute of 100 000 spaces must not make this test slow.
const HIDDEN_STYLE = /display\s{0,4}:\s{0,4}none|visibility\s{0,4}:\s{0,4}hidden/i;

/**
 * Visits `root`'s descendants in document order. `visit` returns `false` to skip an element's children.
 * `root` itself is not visited.
 */
export function walk(root: ParentNode, visit: (node: AnyNode) => boolean | void): void {
  // Walks run on every link and block of a page, most over a few nodes: each takes a stack from a pool (one per
  // level of walks nested in a `visit`) rather than allocating one that the first push grows to 17 slots.
  const stack = (walkStacks[walkDepth] ??= []);
  walkDepth++;
  let top = 0;
  try {
    for (let i = root.children.length - 1; i >= 0; i--) stack[top++] = root.children[i]!;
    while (top > 0) {
      const node = stack[--top]!;
      // The slot is cleared, so that the pool holds no node once the walk is done.
      stack[top] = undefined;
      if (visit(node) === false) continue;
      if (isParent(node)) {
        const kids = node.children;
        for (let i = kids.length - 1; i >= 0; i--) stack[top++] = kids[i]!;
      }
    }
  } finally {
    // A `visit` that throws leaves the rest of its walk in the stack: cleared too.
    for (let i = 0; i < top; i++) stack[i] = undefined;
    walkDepth--;
  }
}

/** The stacks of `walk`, by how deep walks are nested. A slot no walk uses holds `undefined`. */
const walkStacks: (AnyNode | undefined)[][] = [];
let walkDepth = 0;

/** Every element below `root` for which `test` holds, in document order. */
export function findElements(root: ParentNode, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  walk(root, (node) => {
    if (isElement(node) && test(node)) found.push(node);
  });
  return found;
}

/**
 * The raw text below a node, skipping scripts, styles and other non-text elements. `<br>` counts as a space.
 * Not normalised: pass it through `cleanText` for display.
 */
export function rawText(node: AnyNode): string {
  return textWithout(node, none);
}

const none = (): boolean => false;

/** `rawText` without the subtrees of the elements `skip` accepts (hidden spans, noise): what a reader sees. */
export function textWithout(node: AnyNode, skip: (el: Element) => boolean): string {
  if (node.type === "text") return node.data;
  if (!isParent(node)) return "";
  if (isElement(node) && node.name === "br") return " ";
  if (isElement(node) && (NON_TEXT_TAGS.has(tagName(node)) || skip(node))) return "";
  // Concatenated, not joined from a list: most elements hold one text node, which is then the text itself.
  // The walk's state is kept at module level (saved and given back around the walk, since `skip` may read
  // another element's text), so a call makes no closure: this runs on every block and link of a page.
  const outerText = withoutText;
  const outerSkip = withoutSkip;
  withoutText = "";
  withoutSkip = skip;
  try {
    walk(node, takeTextWithout);
    return withoutText;
  } finally {
    withoutText = outerText;
    withoutSkip = outerSkip;
  }
}

let withoutText = "";
let withoutSkip: (el: Element) => boolean = none;

function takeTextWithout(child: AnyNode): boolean {
  if (child.type === "text") withoutText += child.data;
  else if (isElement(child)) {
    const name = tagName(child);
    if (NON_TEXT_TAGS.has(name) || withoutSkip(child)) return false;
    if (name === "br") withoutText += " ";
  }
  return true;
}

/** Nearest ancestor element (not the node itself) for which `test` holds. */
export function closest(node: AnyNode, test: (el: Element) => boolean): Element | undefined {
  let parent = node.parent;
  while (parent) {
    if (isElement(parent) && test(parent)) return parent;
    parent = parent.parent;
  }
  return undefined;
}

/** True when `ancestor` contains `node` (or is it). */
export function contains(ancestor: AnyNode, node: AnyNode): boolean {
  let current: AnyNode | null = node;
  while (current) {
    if (current === ancestor) return true;
    current = current.parent;
  }
  return false;
}

/** The element before `el` among its parent's children, text and comments skipped. */
export function previousElement(el: Element): Element | undefined {
  for (let node = el.prev; node; node = node.prev) if (isElement(node)) return node;
  return undefined;
}

/** The element after `el` among its parent's children, text and comments skipped. */
export function nextElement(el: Element): Element | undefined {
  for (let node = el.next; node; node = node.next) if (isElement(node)) return node;
  return undefined;
}

/** HTML's ASCII whitespace, which splits a class list or a `rel`: space, tab, line feed, form feed, carriage return. */
export function isHtmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** The element children of a node. */
export function childElements(node: ParentNode): Element[] {
  return node.children.filter(isElement);
}

/** Elements that hold a whole page or a whole article, never a block inside one, whatever their class says. */
export const PAGE_LEVEL_TAGS: ReadonlySet<string> = /* @__PURE__ */ new Set(["html", "body", "main", "article"]);

/** The tag and class of an element: what repeats when a template sets the same block several times. */
export function elementSignature(el: Element): string {
  return `${tagName(el)}.${el.attribs.class ?? ""}`;
}

const TEXT_ALIGN = /text-align\s*:\s*(left|right|center|justify)/i;

/** How an element's text is aligned by its own `style` or `align` attribute, in lower case; `undefined` when unset. */
export function textAlign(el: Element): string | undefined {
  const fromStyle = TEXT_ALIGN.exec(el.attribs.style ?? "")?.[1];
  return (fromStyle ?? el.attribs.align)?.toLowerCase();
}
