/**
 * One walk of the tree that indexes what several extractors need, cached per document: every element in
 * document order, and for each element the letters of text below it and the letters inside links. Text
 * measures are then O(1) lookups instead of a walk per question.
 * @module
 */
import type { AnyNode, Document, Element } from "domhandler";
import { isElement, NON_TEXT_TAGS as NON_TEXT, rawText, tagName } from "./dom.js";
import { letterCount } from "./text.js";


/** The index of one document. */
export interface PageIndex {
  /** Every element in document order. */
  readonly elements: readonly Element[];
  /** Position of an element in `elements`. */
  readonly position: ReadonlyMap<Element, number>;
  /** Position of the last descendant of the element at each position (itself when it has none). */
  readonly subtreeEnd: Int32Array;
  /** Letters of text below the element at each position. */
  readonly letters: Float64Array;
  /** Letters of text inside `<a>` elements below (or at) the element at each position. */
  readonly linkLetters: Float64Array;
}

const indexes = /* @__PURE__ */ new WeakMap<Document, PageIndex>();

/** The index of `doc`, built on first use. */
export function pageIndex(doc: Document): PageIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = buildIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}

function buildIndex(doc: Document): PageIndex {
  const elements: Element[] = [];
  // A Map, not a WeakMap: it lives only as long as the index, and is much faster to fill and read.
  const position = new Map<Element, number>();
  const parents: number[] = [];
  /** Letters of each element's own text children (0 for a non-text element). */
  const ownLetters: number[] = [];
  const nonText: boolean[] = [];
  // First pass, in document order: nodes on a stack with their parent's position on another.
  const nodes: AnyNode[] = [];
  const parentOf: number[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) nodes.push(doc.children[i]!), parentOf.push(-1);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const parent = parentOf.pop()!;
    if (node.type === "text") {
      if (parent >= 0 && !nonText[parent]) ownLetters[parent]! += letterCount(node.data);
      continue;
    }
    if (!isElement(node)) continue;
    const i = elements.length;
    position.set(node, i);
    elements.push(node);
    parents.push(parent);
    ownLetters.push(0);
    nonText.push(NON_TEXT.has(tagName(node)));
    const kids = node.children;
    for (let k = kids.length - 1; k >= 0; k--) nodes.push(kids[k]!), parentOf.push(i);
  }
  const n = elements.length;
  const subtreeEnd = new Int32Array(n);
  const letters = Float64Array.from(ownLetters);
  const linkLetters = new Float64Array(n);
  for (let i = 0; i < n; i++) subtreeEnd[i] = i;
  // Second pass, in reverse document order: each element is complete before it adds itself to its parent.
  for (let i = n - 1; i >= 0; i--) {
    // A non-text element's subtree counts for nothing, but still spans its descendants.
    if (nonText[i]) letters[i] = linkLetters[i] = 0;
    else if (tagName(elements[i]!) === "a") linkLetters[i] = letters[i]!;
    const parent = parents[i]!;
    if (parent < 0) continue;
    letters[parent] = letters[parent]! + letters[i]!;
    linkLetters[parent] = linkLetters[parent]! + linkLetters[i]!;
    if (subtreeEnd[i]! > subtreeEnd[parent]!) subtreeEnd[parent] = subtreeEnd[i]!;
  }
  return { elements, position, subtreeEnd, letters, linkLetters };
}

/** Top of the tree a node belongs to, when that is a document. */
export function documentOf(node: AnyNode): Document | undefined {
  let current: AnyNode = node;
  while (current.parent) current = current.parent;
  return current.type === "root" ? (current as Document) : undefined;
}

/** Letters below an element and letters inside its links, from the index of its document. */
export function letterStats(el: Element): { letters: number; linkLetters: number } {
  const doc = documentOf(el);
  if (!doc) return { letters: 0, linkLetters: 0 };
  const index = pageIndex(doc);
  const i = index.position.get(el);
  if (i === undefined) return { letters: 0, linkLetters: 0 };
  return { letters: index.letters[i]!, linkLetters: index.linkLetters[i]! };
}

/**
 * Letters of text below an element (scripts, styles and other non-text elements left out): the same count as
 * `letterCount(rawText(el))`, read from the index. Falls back to counting for a node outside any document.
 */
export function elementLetters(el: Element): number {
  const doc = documentOf(el);
  const i = doc ? pageIndex(doc).position.get(el) : undefined;
  if (i === undefined) return letterCount(rawText(el));
  return pageIndex(doc!).letters[i]!;
}

/**
 * The first `max` characters of an element's text, read without walking the rest of it: enough to test
 * whether a block opens with a heading word.
 */
export function leadingText(el: Element, max: number): string {
  let out = "";
  const stack: AnyNode[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  // Bounded by nodes visited too: below 100 000 nested empty wrappers, reading every wrapper's lead was quadratic.
  let budget = max;
  while (stack.length > 0 && out.length < max && budget-- > 0) {
    const node = stack.pop()!;
    if (node.type === "text") out += node.data;
    else if (isElement(node)) {
      const name = tagName(node);
      if (NON_TEXT.has(name)) continue;
      if (name === "br") out += " ";
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}
