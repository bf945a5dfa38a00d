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
  // First pass: document order.
  const stack: AnyNode[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) stack.push(doc.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    position.set(node, elements.length);
    elements.push(node);
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  const n = elements.length;
  const subtreeEnd = new Int32Array(n);
  const letters = new Float64Array(n);
  const linkLetters = new Float64Array(n);
  // Second pass, in reverse document order: every child is done before its parent.
  for (let i = n - 1; i >= 0; i--) {
    const el = elements[i]!;
    let end = i;
    let own = 0;
    let linked = 0;
    const name = tagName(el);
    // A non-text element's subtree counts for nothing, but still spans its descendants.
    const text = !NON_TEXT.has(name);
    for (const child of el.children) {
      if (child.type === "text") {
        if (text) own += letterCount(child.data);
      } else if (isElement(child)) {
        const j = position.get(child)!;
        if (text) {
          own += letters[j]!;
          linked += linkLetters[j]!;
        }
        if (subtreeEnd[j]! > end) end = subtreeEnd[j]!;
      }
    }
    subtreeEnd[i] = end;
    letters[i] = own;
    linkLetters[i] = name === "a" ? own : linked;
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
  while (stack.length > 0 && out.length < max) {
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
