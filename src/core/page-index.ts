/**
 * One walk of the tree that indexes what several extractors need, cached per document: every element in
 * document order with its parent and the extent of its subtree; and, on first use, the letters of text below
 * each element and inside its links. Text measures are then O(1) lookups instead of a walk per question.
 * @module
 */
import type { AnyNode, Document, Element, ParentNode } from "domhandler";
import { DocumentCache } from "./document-cache.js";
import { isElement, NON_TEXT_TAGS as NON_TEXT, tagName } from "./dom.js";
import { firstVisibleIndex, letterCount } from "./text.js";
import { TreeElement } from "./tree-nodes.js";

/** The index of one document. */
export interface PageIndex {
  /** The document indexed. */
  readonly doc: Document;
  /** Every element in document order. */
  readonly elements: readonly Element[];
  /**
   * Position of each element in `elements`, for a document `pageIndex` walked. A document `buildTree` made has
   * none: each of its elements records its own position. Read positions with `positionOf`.
   */
  readonly walkedPositions?: ReadonlyMap<Element, number>;
  /** Position of the last descendant of the element at each position (itself when it has none). */
  readonly subtreeEnd: Int32Array;
  /** Position of the parent element of the element at each position (-1 at the top). */
  readonly parents: ArrayLike<number>;
  /** Positions of the elements of each tag name, in document order. */
  readonly byTag: ReadonlyMap<string, readonly number[]>;
  /**
   * For a document `buildTree` made: positions of the elements carrying each of `RECORDED_ATTRIBUTES`,
   * listed as the parser reported them. Other attribute names are found by a scan.
   */
  readonly byAttribute?: ReadonlyMap<string, readonly number[]>;
  /**
   * For a document `buildTree` made: the letters (`letterCount`) of the text nodes directly inside the element
   * at each position, counted as the parser reported the text (not inside non-text elements such as
   * `<script>`). The text measures then need no second visit of every text node.
   */
  readonly ownLetters?: ArrayLike<number>;
  /**
   * For a document `buildTree` made: the elements with a non-empty `class`, and their values, as the parser
   * reported them; the element lookup's class table is built from these without visiting every element.
   */
  readonly classValues?: RecordedValues;
  /** The same for `id`. */
  readonly idValues?: RecordedValues;
}

/** Elements with an attribute, by position in document order, and the attribute's value on each. */
export interface RecordedValues {
  readonly positions: number[];
  readonly values: string[];
}

/**
 * The attribute names the extractors ask about on every page (microdata, RDFa, `rel`, `aria-label`): listed
 * while parsing, when each attribute passes by anyway, rather than by reading every element afterwards.
 */
export const RECORDED_ATTRIBUTES: readonly string[] = ["itemprop", "itemtype", "property", "rel", "aria-label", "typeof", "itemscope"];

/** The text measures of one document, by element position. */
export interface TextMeasures {
  /** Letters of text below the element at each position. */
  readonly letters: Int32Array;
  /** Letters of text inside `<a>` elements below (or at) the element at each position. */
  readonly linkLetters: Int32Array;
}

const indexes = /* @__PURE__ */ new DocumentCache<PageIndex>();

/** The index of `doc`, built on first use. */
export function pageIndex(doc: Document): PageIndex {
  return indexes.valueFor(doc, buildIndex);
}

/**
 * Records the index of a document whose builder listed its elements while building it (`buildTree`), so that
 * `pageIndex` does not walk it again.
 */
export function rememberIndex(doc: Document, index: PageIndex): void {
  indexes.set(doc, index);
}

function buildIndex(doc: Document): PageIndex {
  const elements: Element[] = [];
  // A Map, not a WeakMap: it lives only as long as the index, and is much faster to fill and read.
  const position = new Map<Element, number>();
  const parents: number[] = [];
  const byTag = new Map<string, number[]>();
  // First pass, in document order: elements on a stack with their parent's position on another.
  const nodes: AnyNode[] = [];
  const parentOf: number[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) nodes.push(doc.children[i]!), parentOf.push(-1);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const parent = parentOf.pop()!;
    if (!isElement(node)) continue;
    const i = elements.length;
    position.set(node, i);
    elements.push(node);
    parents.push(parent);
    const sameTag = byTag.get(node.name);
    if (sameTag) sameTag.push(i);
    else byTag.set(node.name, [i]);
    const kids = node.children;
    for (let k = kids.length - 1; k >= 0; k--) nodes.push(kids[k]!), parentOf.push(i);
  }
  const n = elements.length;
  const subtreeEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) subtreeEnd[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const parent = parents[i]!;
    if (parent >= 0 && subtreeEnd[i]! > subtreeEnd[parent]!) subtreeEnd[parent] = subtreeEnd[i]!;
  }
  return { doc, elements, walkedPositions: position, subtreeEnd, parents, byTag };
}

/** Position of `el` in `index.elements`, or `undefined` when it is not one of them. */
export function positionOf(index: PageIndex, el: Element): number | undefined {
  const recorded = TreeElement.recordedPosition(el, index);
  return recorded === -1 ? index.walkedPositions?.get(el) : recorded;
}

/**
 * The index of the document `el` belongs to, `undefined` outside any document. An element `buildTree` made
 * knows it; any other is walked up to its document.
 */
export function pageIndexOf(el: Element): PageIndex | undefined {
  const recorded = TreeElement.recordedIndex(el);
  if (recorded) return recorded;
  const doc = documentOf(el);
  return doc ? pageIndex(doc) : undefined;
}

const measures = /* @__PURE__ */ new DocumentCache<TextMeasures>();

/**
 * The text measures of `doc`, computed on first use: counting every letter of the page is the costly part
 * of the index, and an extractor run alone often needs none of it.
 */
export function textMeasures(doc: Document): TextMeasures {
  return measuresOf(pageIndex(doc));
}

function measuresOf(index: PageIndex): TextMeasures {
  return measures.valueFor(index.doc, measuresOfDocument);
}

/** `measuresOf`'s work, on a cache miss: a function of the module, not a closure made on every call. */
function measuresOfDocument(doc: Document): TextMeasures {
  const index = pageIndex(doc);
  return index.ownLetters ? sumRecordedLetters(index, index.ownLetters) : measureText(index.elements, index.parents);
}

/**
 * `measureText` from the letters the tree builder counted while parsing: the same sums, from arrays alone.
 * Counting then, while each piece of text had just been read, is what makes it cheap: a later walk reaches
 * every text node of a tree spread over the heap, and on the corpus those visits (about 300 ns per node, most
 * nodes a few spaces long) cost more than the counting itself.
 */
function sumRecordedLetters(index: PageIndex, own: ArrayLike<number>): TextMeasures {
  const n = own.length;
  const letters = new Int32Array(own);
  const linkLetters = new Int32Array(n);
  const kind = tagKinds(index, NON_TEXT_OR_LINK);
  const { parents } = index;
  for (let i = n - 1; i >= 0; i--) {
    if (kind[i] === NON_TEXT_KIND) letters[i] = linkLetters[i] = 0;
    else if (kind[i] === LINK_KIND) linkLetters[i] = letters[i]!;
    const parent = parents[i]!;
    if (parent < 0) continue;
    letters[parent] = letters[parent]! + letters[i]!;
    linkLetters[parent] = linkLetters[parent]! + linkLetters[i]!;
  }
  return { letters, linkLetters };
}

/** The groups of `tagKinds` for the sums: a non-text element (its subtree counts for nothing), a link. */
const NON_TEXT_OR_LINK: readonly ReadonlySet<string>[] = [NON_TEXT, /* @__PURE__ */ new Set(["a"])];
const NON_TEXT_KIND = 1;
const LINK_KIND = 2;

/** Letters below each element and inside its links, summed upward in reverse document order. */
function measureText(elements: readonly Element[], parents: ArrayLike<number>): TextMeasures {
  const n = elements.length;
  const letters = new Int32Array(n);
  const linkLetters = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const el = elements[i]!;
    const name = tagName(el);
    // A non-text element's subtree counts for nothing.
    if (NON_TEXT.has(name)) letters[i] = linkLetters[i] = 0;
    else {
      for (const child of el.children) if (child.type === "text") letters[i] = letters[i]! + letterCount(child.data);
      if (name === "a") linkLetters[i] = letters[i]!;
    }
    const parent = parents[i]!;
    if (parent < 0) continue;
    letters[parent] = letters[parent]! + letters[i]!;
    linkLetters[parent] = linkLetters[parent]! + linkLetters[i]!;
  }
  return { letters, linkLetters };
}

/**
 * Per element position, 1 + the index of the first of `groups` that holds the element's (lower-cased) tag
 * name, or 0 when none does: from the index's lists by tag, so a pass over the page can read one typed array
 * instead of every element (a tree spread over the heap is slow to visit node by node).
 */
export function tagKinds(index: PageIndex, groups: readonly ReadonlySet<string>[]): Uint8Array {
  const kinds = new Uint8Array(index.elements.length);
  index.byTag.forEach((positions, name) => {
    const lower = name.toLowerCase();
    const group = groups.findIndex((g) => g.has(lower));
    if (group >= 0) for (const i of positions) kinds[i] = group + 1;
  });
  return kinds;
}

/**
 * The elements of one tag name (as the parser wrote it: lower-case), in document order. For the sources every
 * extractor reads (`<meta>`, JSON-LD `<script>`, `<base>`, `<link>`): a lookup, no selector engine.
 */
export function elementsByTag(doc: Document, name: string): Element[] {
  const { elements, byTag } = pageIndex(doc);
  return (byTag.get(name) ?? []).map((i) => elements[i]!);
}

/**
 * The elements of `els` (elements of `doc`, in document order) that lie inside no other of them. One pass:
 * an element inside the last one kept lies within that one's subtree span of the index (testing every pair
 * was quadratic on a page of many figures).
 */
export function outermost(doc: Document, els: readonly Element[]): Element[] {
  const index = pageIndex(doc);
  const { subtreeEnd } = index;
  let keptEnd = -1;
  return els.filter((el) => {
    const at = positionOf(index, el)!;
    if (at <= keptEnd) return false;
    keptEnd = subtreeEnd[at]!;
    return true;
  });
}

/**
 * The span of `pageIndex(doc).elements` below `root`: all of it for a document, the element's subtree
 * otherwise; `undefined` for a node outside any document (a detached subtree, which callers walk).
 */
export function subtreeRange(root: ParentNode): { doc: Document; from: number; to: number } | undefined {
  if (root.type === "root") {
    const doc = root as Document;
    return { doc, from: 0, to: pageIndex(doc).elements.length - 1 };
  }
  // An element `buildTree` made knows its index and place: no walk up to the document.
  const index = isElement(root) ? pageIndexOf(root) : undefined;
  const at = index ? positionOf(index, root as Element) : undefined;
  return at === undefined ? undefined : { doc: index!.doc, from: at + 1, to: index!.subtreeEnd[at]! };
}

/** Top of the tree a node belongs to, when that is a document. */
export function documentOf(node: AnyNode): Document | undefined {
  let current: AnyNode = node;
  while (current.parent) current = current.parent;
  return current.type === "root" ? (current as Document) : undefined;
}

/**
 * Letters of text below an element (scripts, styles and other non-text elements left out: the count of
 * `letterCount(rawText(el))`) and letters inside its links, from the index of its document; 0 for an element
 * outside any document.
 */
export function letterStats(el: Element): { letters: number; linkLetters: number } {
  // No "last index asked" shortcut here: a WeakRef to it would keep every page a synchronous loop parses
  // alive until the loop ends (a target read through a WeakRef is held until the end of the current job).
  const index = pageIndexOf(el);
  const i = index ? positionOf(index, el) : undefined;
  if (i === undefined) return { letters: 0, linkLetters: 0 };
  const { letters, linkLetters } = measuresOf(index!);
  return { letters: letters[i]!, linkLetters: linkLetters[i]! };
}

/**
 * Nodes still to visit, for `walkLeadingText`: one array for every walk, used as a stack below `top`, so a walk
 * allocates nothing. (Setting its length to 0 would free its storage, to be grown again by the next walk.)
 */
const PENDING: (AnyNode | undefined)[] = [];

/**
 * Hands the text of `el` to `take` piece by piece, in document order (a `<br>` as one space, non-text elements
 * left out), until `take` returns true, `max` characters have passed, or `max` nodes have been visited: the
 * bounds of `leadingText`. Bounded by nodes visited too: below 100 000 nested empty wrappers, reading every
 * wrapper's lead was quadratic. `take` must not start another walk.
 */
function walkLeadingText(el: Element, max: number, take: (piece: string) => boolean): void {
  const pending = PENDING;
  let top = 0;
  for (let i = el.children.length - 1; i >= 0; i--) pending[top++] = el.children[i]!;
  let seen = 0;
  let budget = max;
  while (top > 0 && seen < max && budget-- > 0) {
    const node = pending[--top]!;
    // Each slot is emptied as it is read, and the rest after the walk: the array holds no node of this page.
    pending[top] = undefined;
    let piece: string | undefined;
    if (node.type === "text") piece = node.data;
    else if (isElement(node)) {
      const name = tagName(node);
      if (NON_TEXT.has(name)) continue;
      if (name === "br") piece = " ";
      for (let i = node.children.length - 1; i >= 0; i--) pending[top++] = node.children[i]!;
    }
    if (piece === undefined) continue;
    seen += piece.length;
    if (take(piece)) break;
  }
  while (top > 0) pending[--top] = undefined;
}

/** The piece of text in which `firstVisibleCharacter`'s walk stopped. */
let visiblePiece: string | undefined;

/** `walkLeadingText`'s taker for `firstVisibleCharacter`: a module function, so a call makes no closure. */
function takeVisible(piece: string): boolean {
  if (firstVisibleIndex(piece) < 0) return false;
  visiblePiece = piece;
  return true;
}

/**
 * The first character of `leadingText(el, max)` that is not whitespace, a zero-width space or a BOM, without
 * building that text (`undefined` when there is none): whether a block can open with a heading word is asked
 * of nearly every block of a page, and the answer is almost always no.
 */
export function firstVisibleCharacter(el: Element, max: number): string | undefined {
  visiblePiece = undefined;
  walkLeadingText(el, max, takeVisible);
  // Set by `takeVisible` during the walk (which the compiler cannot see).
  const piece = visiblePiece as string | undefined;
  visiblePiece = undefined;
  return piece === undefined ? undefined : String.fromCodePoint(piece.codePointAt(firstVisibleIndex(piece))!);
}

/**
 * The first `max` characters of an element's text, read without walking the rest of it: enough to test
 * whether a block opens with a heading word.
 */
export function leadingText(el: Element, max: number): string {
  leading = "";
  walkLeadingText(el, max, takeLeading);
  const out = leading;
  leading = "";
  return out;
}

/** The text `leadingText`'s walk has read so far. */
let leading = "";

/** `walkLeadingText`'s taker for `leadingText`: a module function, so a call makes no closure. */
function takeLeading(piece: string): boolean {
  leading += piece;
  return false;
}
