/**
 * Builds the document tree from htmlparser2's `Parser` events: the same tree `parseDocument` gives (the same
 * node types, fields, getters and `instanceof` answers), built about twice as fast, and with the page index
 * recorded on the way instead of in a second walk.
 *
 * Why not domhandler's own `DomHandler`: its node classes declare their fields as class fields in a chain of
 * derived classes (`Node` → `NodeWithChildren` → `Element`, three `super()` calls, each field defined with
 * define semantics, plus three fields that stay `undefined` on every HTML element). Constructing them is
 * most of `parseDocument`'s time: on the corpus, htmlparser2's `Parser` with a no-op handler takes 40 % of
 * `parseDocument`, and with our nodes 55–60 %. Our nodes (`tree-nodes.ts`) are plain classes whose prototypes are
 * domhandler's, so every getter (`firstChild`, `tagName`, `nodeType` …), `cloneNode` and `instanceof
 * Element` work as they do on domhandler's nodes.
 * @module
 */
import { Document, ProcessingInstruction, type AnyNode, type Comment, type Element, type ParentNode, type Text } from "domhandler";
import { Parser, type Handler } from "htmlparser2";
import { NON_TEXT_TAGS } from "./dom.js";
import { RECORDED_ATTRIBUTES, rememberIndex, type PageIndex, type RecordedValues } from "./page-index.js";
import { letterCount } from "./text.js";
import { TreeComment, TreeElement, TreeText } from "./tree-nodes.js";

/** Receives the parser's events; mirrors `DomHandler` in HTML mode, node for node. */
class TreeHandler implements Partial<Handler> {
  readonly root = new Document([]);
  private readonly stack: ParentNode[] = [this.root];
  /** The last text node, while more of it may follow (the parser reports text in pieces, split at entities). */
  private lastNode: Text | null = null;
  // The page index, in document order. Each element records it and its position in it; `subtreeEnd` is
  // filled in from `ends` when the parse is done. The three lists are the index's own, held here too so that
  // each event reaches them in one step.
  private readonly elements: Element[] = [];
  private readonly parents: number[] = [];
  private readonly byTag = new Map<string, number[]>();
  /** Positions of the elements with each of RECORDED_ATTRIBUTES, in its order. */
  private readonly withAttribute: number[][] = RECORDED_ATTRIBUTES.map(() => []);
  /** The RECORDED_ATTRIBUTES of the tag being opened, as bits in their order. */
  private pendingAttributes = 0;
  /** Letters of the text directly inside each element, by position (the index's `ownLetters`). */
  private readonly ownLetters: number[] = [];
  /** The `class` and `id` values of the tag being opened (the first of each, as `attribs` keeps it). */
  private pendingClass: string | undefined;
  private pendingId: string | undefined;
  /** Elements with a non-empty `class` / `id`: positions and values (the index's `classValues`, `idValues`). */
  private readonly classValues: RecordedValues = { positions: [], values: [] };
  private readonly idValues: RecordedValues = { positions: [], values: [] };
  readonly ends: number[] = [];
  readonly index: { -readonly [K in keyof PageIndex]: PageIndex[K] } = {
    doc: this.root,
    elements: this.elements,
    parents: this.parents,
    byTag: this.byTag,
    byAttribute: new Map(RECORDED_ATTRIBUTES.map((name, bit) => [name, this.withAttribute[bit]!])),
    subtreeEnd: new Int32Array(0),
    ownLetters: this.ownLetters,
    classValues: this.classValues,
    idValues: this.idValues,
  };
  private readonly openPositions: number[] = [-1];

  onopentag(name: string, attribs: Record<string, string>): void {
    const i = this.elements.length;
    const element = new TreeElement(name, attribs, this.index, i) as unknown as Element;
    this.add(element);
    this.stack.push(element);
    this.elements.push(element);
    this.parents.push(this.openPositions[this.openPositions.length - 1]!);
    this.ends.push(i);
    this.ownLetters.push(0);
    this.openPositions.push(i);
    const sameTag = this.byTag.get(name);
    if (sameTag) sameTag.push(i);
    else this.byTag.set(name, [i]);
    const pending = this.pendingAttributes;
    if (pending !== 0) {
      for (let bit = 0; bit < RECORDED_ATTRIBUTES.length; bit++) if (pending & (1 << bit)) this.withAttribute[bit]!.push(i);
      this.pendingAttributes = 0;
    }
    if (this.pendingClass) {
      this.classValues.positions.push(i);
      this.classValues.values.push(this.pendingClass);
    }
    if (this.pendingId) {
      this.idValues.positions.push(i);
      this.idValues.values.push(this.pendingId);
    }
    this.pendingClass = this.pendingId = undefined;
  }

  // The parser reports a tag's attributes one by one between `onopentagname` and `onopentag`. Those of
  // RECORDED_ATTRIBUTES are noted as bits, and the element is listed under them when it is opened: a tag that
  // is never opened (a `<form>` inside a form, a tag cut off by the end of the input) lists nothing.
  onopentagname(): void {
    this.pendingAttributes = 0;
    this.pendingClass = this.pendingId = undefined;
  }

  onattribute(name: string, value: string): void {
    // The names of RECORDED_ATTRIBUTES, as cases, bit n for its n-th name: comparing a few strings beats
    // hashing every attribute name, and `indexOf` on the list costs about 1 % of the parse. The tree-builder
    // test checks each list against a scan, so a case out of step with the list fails it.
    switch (name) {
      case "itemprop":
        this.pendingAttributes |= 1;
        break;
      case "itemtype":
        this.pendingAttributes |= 2;
        break;
      case "property":
        this.pendingAttributes |= 4;
        break;
      case "rel":
        this.pendingAttributes |= 8;
        break;
      case "aria-label":
        this.pendingAttributes |= 16;
        break;
      case "typeof":
        this.pendingAttributes |= 32;
        break;
      case "itemscope":
        this.pendingAttributes |= 64;
        break;
      // Not listed by name but kept with their values, for the class and id tables of the element lookup.
      case "class":
        this.pendingClass ??= value;
        break;
      case "id":
        this.pendingId ??= value;
    }
  }

  onclosetag(): void {
    this.lastNode = null;
    // The root is never popped: the parser closes only what it opened.
    if (this.stack.length > 1) {
      this.stack.pop();
      this.ends[this.openPositions.pop()!] = this.elements.length - 1;
    }
  }

  ontext(data: string): void {
    // Counted now, while the text has just been read: see `ownLetters` in page-index.ts. The count of a text
    // node reported in pieces is the sum of the pieces' (a per-unit count). Text at the top level, outside
    // any element, and the content of non-text elements count for nothing.
    const top = this.openPositions[this.openPositions.length - 1]!;
    if (top >= 0 && !NON_TEXT_TAGS.has(this.elements[top]!.name)) this.ownLetters[top] = this.ownLetters[top]! + letterCount(data);
    const last = this.lastNode;
    if (last) last.data += data;
    else {
      const node = new TreeText(data) as unknown as Text;
      this.add(node);
      this.lastNode = node;
    }
  }

  // htmlparser2 reports each comment whole, followed at once by `oncommentend` (DomHandler's merging of
  // comment pieces never happens in HTML mode), so a comment is always a node of its own.
  oncomment(data: string): void {
    this.add(new TreeComment(data) as unknown as Comment);
  }

  // No CDATA handlers: in HTML mode (the only mode used here) htmlparser2 reports `<![CDATA[…]]>` as a comment.

  onprocessinginstruction(name: string, data: string): void {
    this.add(new ProcessingInstruction(name, data));
  }

  private add(node: AnyNode): void {
    const parent = this.stack[this.stack.length - 1]!;
    const siblings = parent.children;
    const previous = siblings.length > 0 ? siblings[siblings.length - 1]! : null;
    siblings.push(node);
    if (previous) {
      node.prev = previous;
      previous.next = node;
    }
    node.parent = parent;
    this.lastNode = null;
  }
}

/**
 * The document tree of `html`, as htmlparser2's `parseDocument(html)` would give it (HTML mode, entities
 * decoded, names lower-cased), with its page index already recorded.
 */
export function buildTree(html: string): Document {
  const handler = new TreeHandler();
  new Parser(handler).end(html);
  const { root, index, ends } = handler;
  index.subtreeEnd = Int32Array.from(ends);
  rememberIndex(root, index);
  return root;
}
