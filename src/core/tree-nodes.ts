/**
 * The node classes `buildTree` makes: domhandler's fields on plain classes whose prototypes are domhandler's
 * (so every getter, `cloneNode` and `instanceof` answer as for its nodes). An element also carries, in
 * private fields, the page index of its document and its position there, so that the extractors find both in
 * O(1) instead of walking up to the document and looking the element up in a map.
 * @module
 */
import { Comment, Element, Text, type AnyNode, type ParentNode } from "domhandler";
import type { PageIndex } from "./page-index.js";

// Public fields are `declare`d and assigned in the constructor: a class field would be emitted as a field
// definition (ES2022), which is the slow construction this module exists to avoid. The two private fields
// must be class fields; private fields are not shown by `util.inspect` or `JSON.stringify`, nor listed by
// `Object.keys`, so the nodes look exactly like domhandler's.

/** The children of an element still open in the builder: none, and none may be added to this array. */
const NOT_YET_CLOSED = /* @__PURE__ */ Object.freeze([]) as unknown as AnyNode[];

/** An element node: domhandler's `Element` fields, assigned in one constructor, plus its index entry. */
export class TreeElement {
  declare parent: ParentNode | null;
  declare prev: AnyNode | null;
  declare next: AnyNode | null;
  declare startIndex: number | null;
  declare endIndex: number | null;
  declare children: AnyNode[];
  declare name: string;
  declare attribs: Record<string, string>;
  declare type: "tag" | "script" | "style";
  /** The index of the document this element was built into. */
  #index: PageIndex;
  /** This element's position in `#index.elements`. */
  #position: number;

  constructor(name: string, attribs: Record<string, string>, index: PageIndex, position: number) {
    this.parent = null;
    this.prev = null;
    this.next = null;
    this.startIndex = null;
    this.endIndex = null;
    // The builder gives each element its children when it closes (void elements at once).
    this.children = NOT_YET_CLOSED;
    this.name = name;
    this.attribs = attribs;
    // The element types domhandler gives in HTML mode.
    this.type = name === "script" ? "script" : name === "style" ? "style" : "tag";
    this.#index = index;
    this.#position = position;
  }

  /** The page index recorded on an element `buildTree` made; `undefined` for any other node. */
  static recordedIndex(node: object): PageIndex | undefined {
    return #index in node ? (node as TreeElement).#index : undefined;
  }

  /**
   * The position recorded on an element `buildTree` made, when it is a position in `index`; `undefined` for
   * an element of another document, and -1 for an element `buildTree` did not make.
   */
  static recordedPosition(node: object, index: PageIndex): number | undefined {
    if (!(#position in node)) return -1;
    const element = node as TreeElement;
    return element.#index === index ? element.#position : undefined;
  }
}

/**
 * The class of one kind of data node (text or comment): domhandler's `Text` / `Comment` fields, on that
 * class's prototype. One class per kind, so each kind keeps one object shape.
 */
function dataNodeClass<Kind extends "text" | "comment">(type: Kind, prototype: object) {
  class TreeData {
    declare parent: ParentNode | null;
    declare prev: AnyNode | null;
    declare next: AnyNode | null;
    declare startIndex: number | null;
    declare endIndex: number | null;
    declare data: string;
    declare type: Kind;
    constructor(data: string) {
      this.parent = null;
      this.prev = null;
      this.next = null;
      this.startIndex = null;
      this.endIndex = null;
      this.data = data;
      this.type = type;
    }
  }
  Object.setPrototypeOf(TreeData.prototype, prototype);
  return TreeData;
}

// The prototypes carry domhandler's getters and methods, and make `instanceof` answer as for its nodes.
Object.setPrototypeOf(TreeElement.prototype, Element.prototype);
export const TreeText = /* @__PURE__ */ dataNodeClass("text", Text.prototype);
export const TreeComment = /* @__PURE__ */ dataNodeClass("comment", Comment.prototype);
