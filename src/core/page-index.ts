/**
 * One walk of the tree that indexes what several extractors need, cached per document: every element in
 * document order, and for each element the letters of text below it and the letters inside links. Text
 * measures are then O(1) lookups instead of a walk per question.
 * @module
 */
import type { AnyNode, Document, Element } from "domhandler";
import { isElement, tagName } from "./dom.js";

/** Elements whose text is never page text; their subtrees count for nothing. */
const NON_TEXT = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head", "select", "button", "textarea"]);

/** The index of one document. */
export interface PageIndex {
  /** Every element in document order. */
  readonly elements: readonly Element[];
  /** Position of an element in `elements`. */
  readonly position: WeakMap<Element, number>;
  /** Position of the last descendant of the element at each position (itself when it has none). */
  readonly subtreeEnd: Int32Array;
  /** Letters of text below the element at each position. */
  readonly letters: Float64Array;
  /** Letters of text inside `<a>` elements below (or at) the element at each position. */
  readonly linkLetters: Float64Array;
}

const indexes = /* @__PURE__ */ new WeakMap<Document, PageIndex>();

/**
 * Counts letters and digits in any script, the unit every length heuristic uses, so CJK text is not
 * penalised. A character loop with code-point ranges: far faster than a Unicode regex over every text node.
 */
export function countLetters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) count++;
    } else if (
      c > 0xbf && // Latin-1 punctuation and symbols (0x80-0xbf)
      !(c >= 0x2000 && c <= 0x2bff) && // general punctuation, arrows, symbols
      !(c >= 0x3000 && c <= 0x303f) && // CJK punctuation, ideographic space
      !(c >= 0xfe30 && c <= 0xfe4f) && // CJK compatibility forms
      !(c >= 0xff00 && c <= 0xff0f) && // full-width punctuation
      !(c >= 0xff1a && c <= 0xff20) &&
      !(c >= 0xff3b && c <= 0xff40) &&
      !(c >= 0xff5b && c <= 0xff65) &&
      !(c >= 0xdc00 && c <= 0xdfff) && // low surrogate: count a pair once
      c !== 0xfeff &&
      c !== 0x200b
    ) {
      count++;
    }
  }
  return count;
}

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
  const position = new WeakMap<Element, number>();
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
    if (!NON_TEXT.has(name)) {
      for (const child of el.children) {
        if (child.type === "text") own += countLetters(child.data);
        else if (isElement(child)) {
          const j = position.get(child)!;
          own += letters[j]!;
          linked += linkLetters[j]!;
          if (subtreeEnd[j]! > end) end = subtreeEnd[j]!;
        }
      }
    } else {
      for (const child of el.children) if (isElement(child)) end = Math.max(end, subtreeEnd[position.get(child)!]!);
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
