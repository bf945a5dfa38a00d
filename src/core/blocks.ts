/**
 * Cutting a container into text blocks (paragraphs, headings, list items, quotes, and runs of bare text
 * between them), without touching the tree. Used by the body detector to score and to emit.
 * @module
 */
import type { AnyNode, Document, Element, ParentNode } from "domhandler";
import { DocumentCache } from "./document-cache.js";
import { isElement, isHeadingName, tagName } from "./dom.js";
import { pageIndex, pageIndexOf, positionOf, tagKinds, type PageIndex } from "./page-index.js";
import { isBlank } from "./text.js";

/** Inline elements: their text belongs to the block around them. */
export const INLINE_TAGS = new Set([
  "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins",
  "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub",
  "sup", "time", "tt", "u", "var", "wbr",
]);

/** Elements that never hold article text. */
export const SKIPPED_TAGS = new Set([
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "input", "button",
  "select", "textarea", "head", "title", "meta", "link", "canvas", "video", "audio", "map", "dialog",
  // AMP's ad slots, whose placeholder text ("Loading ad…") is not the article's.
  "amp-ad", "amp-embed", "amp-sticky-ad",
]);

/** A block of text: one element, or a run of inline nodes that sits between blocks. */
export interface TextBlock {
  /** `p`, `h2`…`h6`, `li`, `blockquote`, `pre`, `dd`… — for a run of bare text, `p`. */
  kind: string;
  /** The nodes the block is made of (one element, or the nodes of a run). */
  nodes: AnyNode[];
  /** The element that holds the block: the element itself, or the parent of a run. */
  parent: ParentNode;
  /** True when the block sits inside a `<blockquote>`. */
  quoted: boolean;
}

const blockFlagsCache = /* @__PURE__ */ new DocumentCache<Uint8Array>();

/**
 * For each element of a document (by page-index position), 1 when it has a block-level descendant — so it
 * is a container rather than a block — else 0. One pass in reverse document order, children before parents.
 */
function blockFlags(index: PageIndex): Uint8Array {
  let flags = blockFlagsCache.get(index.doc);
  if (flags) return flags;
  const { elements, subtreeEnd } = index;
  const n = elements.length;
  // Each position's kind of tag: the pass below reads arrays only, not the elements and their children.
  const kind = tagKinds(index, SKIPPED_OR_INLINE);
  flags = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    // The element children sit at positions i + 1, then each one just past the previous one's subtree.
    const end = subtreeEnd[i]!;
    for (let at = i + 1; at <= end; at = subtreeEnd[at]! + 1) {
      if (kind[at] !== SKIPPED && (kind[at] !== INLINE || flags[at] === 1)) {
        flags[i] = 1;
        break;
      }
    }
  }
  blockFlagsCache.set(index.doc, flags);
  return flags;
}

/** The groups of `tagKinds`: kind 1 is SKIPPED_TAGS, kind 2 INLINE_TAGS. */
const SKIPPED_OR_INLINE = [SKIPPED_TAGS, INLINE_TAGS];
const SKIPPED = 1;
const INLINE = 2;

/** True when an element has a block-level descendant (so it is a container rather than a block). */
export function hasBlockDescendant(el: Element): boolean {
  const index = pageIndexOf(el);
  const at = index ? positionOf(index, el) : undefined;
  if (at !== undefined) return blockFlags(index!)[at] === 1;
  // A detached subtree: a walk.
  const stack: Element[] = [el];
  while (stack.length > 0) {
    for (const child of stack.pop()!.children) {
      if (!isElement(child) || SKIPPED_TAGS.has(tagName(child))) continue;
      if (!INLINE_TAGS.has(tagName(child))) return true;
      stack.push(child);
    }
  }
  return false;
}

/** True for a `<br>` node. */
function isBr(node: AnyNode): boolean {
  return isElement(node) && tagName(node) === "br";
}

/**
 * The text blocks of `root` in document order. `skip` prunes subtrees (figures, ads …) before they are cut.
 * A run of inline nodes is split at a double `<br>`, the way many CMSs separate paragraphs. A run of nothing
 * but whitespace text (the line breaks between two block elements) is no block: over the corpus more than
 * half of all runs were such, and every reader of the blocks read each one only to find it empty.
 */
export function textBlocks(root: ParentNode, skip: (el: Element) => boolean): TextBlock[] {
  const blocks: TextBlock[] = [];
  eachTextBlock(root, skip, (block) => void blocks.push(block));
  return blocks;
}

/** True when `nodes` `from`–`to` are only text nodes of whitespace (and zero-width spaces): their text is empty. */
function isBlankRun(nodes: readonly AnyNode[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const node = nodes[i]!;
    if (node.type !== "text" || !isBlank(node.data)) return false;
  }
  return true;
}

/**
 * Hands the text blocks of `root` to `visit` in document order, and stops as soon as `visit` returns `true`: a
 * reader of the opening blocks (the dateline) does not cut a whole long article. The blocks are those
 * `textBlocks` lists.
 */
export function eachTextBlock(root: ParentNode, skip: (el: Element) => boolean, visit: (block: TextBlock) => boolean | void): void {
  let stopped = false;
  const emit = (block: TextBlock): void => {
    if (!stopped && visit(block) === true) stopped = true;
  };
  // The document is found once for the whole cut, not once per element.
  const index = root.type === "root" ? pageIndex(root as Document) : isElement(root) ? pageIndexOf(root) : undefined;
  const flags = index ? blockFlags(index) : undefined;
  const hasBlock = (el: Element): boolean => {
    const i = index ? positionOf(index, el) : undefined;
    return i === undefined ? hasBlockDescendant(el) : flags![i] === 1;
  };
  // The open frames on three parallel stacks (no object per frame): the parent, the next child's index, and
  // whether the frame sits inside a <blockquote>.
  const parents: ParentNode[] = [root];
  const next: number[] = [0];
  const quotes: boolean[] = [false];
  // The inline nodes gathered since the last block. One list serves every frame: a frame's run is cut into
  // blocks before the walk goes down into a block child, so only the innermost frame ever has a run.
  const run: AnyNode[] = [];
  // The nodes `from`–`to` of `nodes` as a block (a copy of its own size); not when they are only whitespace.
  const emitRun = (nodes: readonly AnyNode[], from: number, to: number, parent: ParentNode, quoted: boolean) => {
    if (to > from && !isBlankRun(nodes, from, to)) emit({ kind: "p", nodes: nodes.slice(from, to), parent, quoted });
  };
  // Splits a run of inline nodes at each double <br>, the way many CMSs separate paragraphs.
  const pushRun = (nodes: readonly AnyNode[], parent: ParentNode, quoted: boolean) => {
    let from = 0;
    for (let i = 0; i < nodes.length; i++) {
      const second = secondBr(nodes, i);
      if (second < 0) continue;
      emitRun(nodes, from, i, parent, quoted);
      from = second + 1;
      i = second;
    }
    emitRun(nodes, from, nodes.length, parent, quoted);
  };
  const flush = (parent: ParentNode, quoted: boolean) => {
    if (run.length === 0) return;
    pushRun(run, parent, quoted);
    run.length = 0;
  };
  while (parents.length > 0 && !stopped) {
    const top = parents.length - 1;
    const parent = parents[top]!;
    const at = next[top]!;
    if (at >= parent.children.length) {
      flush(parent, quotes[top]!);
      parents.pop();
      next.pop();
      quotes.pop();
      continue;
    }
    next[top] = at + 1;
    const node = parent.children[at]!;
    if (node.type === "text") {
      run.push(node);
      continue;
    }
    if (!isElement(node)) continue;
    const name = tagName(node);
    if (SKIPPED_TAGS.has(name) || skip(node)) continue;
    if (INLINE_TAGS.has(name) && !hasBlock(node)) {
      run.push(node);
      continue;
    }
    flush(parent, quotes[top]!);
    const quoted = quotes[top]! || name === "blockquote";
    if (hasBlock(node)) {
      parents.push(node);
      next.push(0);
      quotes.push(quoted);
    } else if (blockKind(name) === "p" && hasDoubleBr(node)) {
      // A text-only <div> or <p> whose paragraphs are separated by <br><br>.
      pushRun(node.children, node, quoted);
    } else {
      emit({ kind: blockKind(name), nodes: [node], parent: node, quoted });
    }
  }
}

/**
 * When `nodes[i]` is a `<br>` followed, past whitespace text, by a second `<br>`: the second one's index. Else -1.
 */
function secondBr(nodes: readonly AnyNode[], i: number): number {
  if (!isBr(nodes[i]!)) return -1;
  let j = i + 1;
  while (j < nodes.length && nodes[j]!.type === "text" && isBlank((nodes[j] as { data: string }).data)) j++;
  return j < nodes.length && isBr(nodes[j]!) ? j : -1;
}

function hasDoubleBr(el: Element): boolean {
  for (let i = 0; i < el.children.length; i++) if (secondBr(el.children, i) >= 0) return true;
  return false;
}

function blockKind(name: string): string {
  if (isHeadingName(name) || name === "li" || name === "pre" || name === "blockquote" || name === "dt" || name === "dd") return name;
  return "p";
}
