/**
 * Builds the document tree from htmlparser2's `Tokenizer`: the same tree `parseDocument` gives (the same node
 * types, fields, getters and `instanceof` answers, node for node), built about twice as fast, and with the
 * page index recorded on the way instead of in a second walk.
 *
 * Why not domhandler's own `DomHandler`: its node classes declare their fields as class fields in a chain of
 * derived classes (`Node` → `NodeWithChildren` → `Element`, three `super()` calls, each field defined with
 * define semantics, plus three fields that stay `undefined` on every HTML element). Constructing them is
 * most of `parseDocument`'s time. Our nodes (`tree-nodes.ts`) are plain classes whose prototypes are
 * domhandler's, so every getter (`firstChild`, `tagName`, `nodeType` …), `cloneNode` and `instanceof
 * Element` work as they do on domhandler's nodes.
 *
 * Why not htmlparser2's `Parser` either: it sits between the tokenizer and a handler, copying every name and
 * value into strings, collecting attributes into a dictionary the handler then reads again, and keeping a
 * stack of tag names beside the handler's stack of elements. That layer cost about 13 % of `parseDocument`'s
 * time, and 8.5 kB of every bundle (minified, before gzip). Here the tokenizer's events build the tree
 * directly, following the `Parser`'s rules for HTML, which are the HTML specification's tree-construction
 * rules in simplified form: which start tags close which open elements, void elements, a `<form>` inside a
 * form is dropped, `</p>` and `</br>` without a start tag, SVG's camel-cased tag names, and foreign content
 * (SVG, MathML), where `/>` closes an element and CDATA is text. The tree-builder test compares the trees on
 * every fixture, many edge cases and random markup.
 * @module
 */
import { Document, ProcessingInstruction, type AnyNode, type Comment, type Element, type ParentNode, type Text } from "domhandler";
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { NON_TEXT_TAGS } from "./dom.js";
import { Int32List } from "./int32-list.js";
import { RECORDED_ATTRIBUTES, rememberIndex, type PageIndex, type RecordedValues } from "./page-index.js";
import { letterCount } from "./text.js";
import { TreeComment, TreeElement, TreeText } from "./tree-nodes.js";

const words = (list: string): string[] => list.split(" ");

/** Elements that never have content: no end tag is expected, and none is kept open. */
const VOID_ELEMENTS = /* @__PURE__ */ new Set(words("area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr"));

/**
 * For a start tag, the open elements it closes first (while the innermost open element is one of them): a
 * `<p>` closes an open `<p>`, an `<li>` an open `<li>`, a `<td>` an open cell, a `<div>` an open paragraph.
 * Each rule is "openers: closed", the sets separated by `;`.
 */
const CLOSED_BY_START_TAG: ReadonlyMap<string, ReadonlySet<string>> = /* @__PURE__ */ (() => {
  const closes = new Map<string, ReadonlySet<string>>();
  const rules =
    "tr:tr th td;th:th;td:thead th td;body:head link script;a:a;li:li;option:option;optgroup:optgroup option;dd dt:dd dt;rt rp:rt rp;tbody tfoot:thead tbody;" +
    "h1 h2 h3 h4 h5 h6:h1 h2 h3 h4 h5 h6 p;select input output button datalist textarea:input option optgroup select button datalist textarea;" +
    "p address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul:p";
  for (const rule of rules.split(";")) {
    const [openers, closed] = rule.split(":") as [string, string];
    const set = new Set(words(closed));
    for (const opener of words(openers)) closes.set(opener, set);
  }
  return closes;
})();

/** Inside `<svg>`, tag names keep SVG's camel case (the parser lower-cases every other name). */
const SVG_TAG_NAMES: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  words(
    "altGlyph altGlyphDef altGlyphItem animateColor animateMotion animateTransform clipPath feBlend feColorMatrix feComponentTransfer feComposite " +
      "feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feImage " +
      "feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence foreignObject glyphRef linearGradient " +
      "radialGradient textPath",
  ).map((name) => [name.toLowerCase(), name]),
);

/** What the content of an open element is parsed as. */
const enum Content {
  Html,
  Svg,
  MathMl,
}

/**
 * Elements whose content is HTML again inside SVG or MathML (HTML integration points, by their adjusted
 * names). Like htmlparser2, this opens an HTML context for these names anywhere, `<title>` in the head too.
 */
const HTML_INSIDE_FOREIGN = /* @__PURE__ */ new Set(words("mi mo mn ms mtext annotation-xml foreignObject desc title"));

/** The content an element of this name opens, or `undefined` when it continues its parent's. */
function contentOpenedBy(name: string): Content | undefined {
  return name === "svg" ? Content.Svg : name === "math" ? Content.MathMl : HTML_INSIDE_FOREIGN.has(name) ? Content.Html : undefined;
}

const NAME_SLOTS = 512;
const OPEN_HASHES = 256;

/** A hash of a tag name, for `openByHash`. */
function nameHash(name: string): number {
  const last = name.length - 1;
  return (name.length * 31 + name.charCodeAt(0) * 7 + name.charCodeAt(last)) & (OPEN_HASHES - 1);
}

const NO_POSITIONS = /* @__PURE__ */ new Int32Array(0);

/** Builds the tree from the tokenizer's events (HTML mode); the tokenizer reports positions in `html`. */
class TreeBuilder implements TokenizerCallbacks {
  readonly root = new Document([]);
  /** The open elements, innermost last, under the root. */
  private readonly stack: ParentNode[] = [this.root];
  /**
   * The children of the open elements, each element's after its parent's (the innermost's last), from
   * `childStarts` on, below `openChildCount`. An element gets its `children` when it closes, as an array of
   * their exact number: children pushed one by one would make room for 17 at the second, and most elements
   * have two or three. The list is never shortened (a shorter length would give its storage back, to be grown
   * again at the next child); slots past the count are stale until written again, and go with the builder.
   */
  private readonly openChildren: AnyNode[] = [];
  private openChildCount = 0;
  /** Where each open element's children start in `openChildren`, in step with `stack`. */
  private readonly childStarts: number[] = [0];
  /**
   * How many open elements have a name of each hash (`nameHash`): an end tag whose name has no open element
   * is known at once, without a search of the stack. Thousands of stray end tags under thousands of open
   * elements would otherwise make the parse quadratic (htmlparser2's `Parser` is).
   */
  private readonly openByHash = new Int32Array(OPEN_HASHES);
  /** How many `<form>` elements are open: each start tag of a form asks. */
  private openForms = 0;
  /** What each open element's content is parsed as, innermost last (only for elements that change it). */
  private readonly contents: Content[] = [Content.Html];
  /** The last text node, while more of it may follow (the tokenizer reports text in pieces, split at entities). */
  private lastNode: Text | null = null;
  /**
   * The name of the start tag being read; `""` for a tag that is dropped (a `<form>` inside a form). Not named
   * `tagName`: the CommonJS build turns a field initialiser into an assignment to any export of the same name
   * in its chunk (`dom.ts` exports `tagName`), which the tarball test caught.
   */
  private startTagName = "";
  /** Its attributes, the first of each name kept. */
  private attribs: Record<string, string> = {};
  private attributeName = "";
  private attributeValue = "";
  // The page index, in document order. Each element records it and its position in it; `parents`,
  // `ownLetters` and `subtreeEnd` are filled in from the columns below when the parse is done. The other lists
  // are the index's own, held here too so that each event reaches them in one step.
  private readonly elements: Element[] = [];
  // Numbers by position, in typed arrays: 4 bytes a number (a JS array's slot is 8, and a grown array
  // leaves its old store behind).
  readonly parents: Int32List;
  private readonly byTag = new Map<string, number[]>();
  /** Positions of the elements with each of RECORDED_ATTRIBUTES, in its order. */
  private readonly withAttribute: number[][] = RECORDED_ATTRIBUTES.map(() => []);
  /** The RECORDED_ATTRIBUTES of the tag being opened, as bits in their order. */
  private pendingAttributes = 0;
  /** Letters of the text directly inside each element, by position (the index's `ownLetters`). */
  readonly ownLetters: Int32List;
  /** The `class` and `id` values of the tag being opened (the first of each, as `attribs` keeps it). */
  private pendingClass: string | undefined;
  private pendingId: string | undefined;
  /** Elements with a non-empty `class` / `id`: positions and values (the index's `classValues`, `idValues`). */
  private readonly classValues: RecordedValues = { positions: [], values: [] };
  private readonly idValues: RecordedValues = { positions: [], values: [] };
  /** The position of the last descendant of each element (the index's `subtreeEnd`). */
  readonly ends: Int32List;
  readonly index: { -readonly [K in keyof PageIndex]: PageIndex[K] } = {
    doc: this.root,
    elements: this.elements,
    parents: NO_POSITIONS,
    byTag: this.byTag,
    byAttribute: new Map(RECORDED_ATTRIBUTES.map((name, bit) => [name, this.withAttribute[bit]!])),
    subtreeEnd: NO_POSITIONS,
    ownLetters: NO_POSITIONS,
    classValues: this.classValues,
    idValues: this.idValues,
  };
  /** The positions of the open elements, innermost last, under -1 for the root. */
  private readonly openPositions: number[] = [-1];

  /** Names read so far, by a hash (see `readName`). */
  private readonly names: string[] = new Array<string>(NAME_SLOTS).fill("");

  constructor(private readonly html: string) {
    // About one element in every 64 characters of markup to begin with; each column doubles when full.
    const capacity = Math.max(64, html.length >> 6);
    this.parents = new Int32List(capacity);
    this.ownLetters = new Int32List(capacity);
    this.ends = new Int32List(capacity);
  }

  // ---- Tags

  /** A tag name as the tree keeps it: lower-cased, SVG's names in their case, `<image>` read as `<img>` in HTML. */
  private readTagName(start: number, end: number): string {
    const name = this.readName(start, end);
    const content = this.contents[this.contents.length - 1]!;
    if (content === Content.Svg) return SVG_TAG_NAMES.get(name) ?? name;
    // An end tag such as `</foreignObject>` read in the HTML inside that element closes it by its SVG name.
    if (this.contents.length > 1) {
      const svgName = SVG_TAG_NAMES.get(name);
      if (svgName !== undefined && this.openElementAt(svgName) > 0) return svgName;
    }
    return content === Content.Html && name === "image" ? "img" : name;
  }

  /** The depth in `stack` of the innermost open element of this name; -1 when none is open. */
  private openElementAt(name: string): number {
    if (this.openByHash[nameHash(name)] === 0) return -1;
    const stack = this.stack;
    for (let depth = stack.length - 1; depth > 0; depth--) if ((stack[depth] as Element).name === name) return depth;
    return -1;
  }

  onopentagname(start: number, end: number): void {
    this.startTag(this.readTagName(start, end));
  }

  /** A start tag's name has been read: close what it closes, and get ready for its attributes. */
  private startTag(name: string): void {
    this.pendingAttributes = 0;
    this.pendingClass = this.pendingId = undefined;
    this.attribs = {};
    // A form inside a form is dropped, attributes and all; its content stays.
    if (name === "form" && this.openForms > 0) {
      this.startTagName = "";
      return;
    }
    this.startTagName = name;
    const closed = CLOSED_BY_START_TAG.get(name);
    if (closed) while (this.stack.length > 1 && closed.has((this.stack[this.stack.length - 1] as Element).name)) this.closeInnermost();
    // The content the element opens applies from here on: to how `/>` ends this very tag, too.
    if (!VOID_ELEMENTS.has(name)) {
      const content = contentOpenedBy(name);
      if (content !== undefined) this.contents.push(content);
    }
  }

  onattribname(start: number, end: number): void {
    this.attributeName = this.readName(start, end);
  }

  /**
   * The name at `start`–`end`, lower-cased. A page repeats a few dozen tag and attribute names thousands of
   * times: each is cut out and lower-cased once, then found again in `names` by a hash of its length and end
   * characters. The same string each time also makes every later use cheaper (map lookups, property keys,
   * comparisons). An upper-case name never matches its lower-cased entry, and is read each time.
   */
  private readName(start: number, end: number): string {
    const html = this.html;
    const length = end - start;
    const slot = (length * 961 + html.charCodeAt(start) * 31 + html.charCodeAt(end - 1)) & (NAME_SLOTS - 1);
    const known = this.names[slot]!;
    if (known.length === length && html.startsWith(known, start)) return known;
    return (this.names[slot] = html.slice(start, end).toLowerCase());
  }

  onattribdata(start: number, end: number): void {
    this.attributeValue += this.html.slice(start, end);
  }

  onattribentity(codePoint: number): void {
    this.attributeValue += String.fromCodePoint(codePoint);
  }

  onattribend(): void {
    const name = this.attributeName;
    const value = this.attributeValue;
    this.attributeValue = "";
    if (this.startTagName === "" || Object.hasOwn(this.attribs, name)) return;
    this.attribs[name] = value;
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
        this.pendingClass = value;
        break;
      case "id":
        this.pendingId = value;
    }
  }

  onopentagend(): void {
    if (this.startTagName !== "") this.openElement(this.startTagName, this.attribs);
    this.startTagName = "";
  }

  // In HTML, `/>` means nothing; in SVG and MathML it closes the element.
  onselfclosingtag(): void {
    const name = this.startTagName;
    this.onopentagend();
    if (name !== "" && this.isInForeignContext() && !VOID_ELEMENTS.has(name)) this.closeInnermost();
  }

  onclosetag(start: number, end: number): void {
    const name = this.readTagName(start, end);
    if (VOID_ELEMENTS.has(name)) {
      // `</br>` is read as `<br>`; any other void end tag is ignored.
      if (name === "br") this.impliedElement("br");
      return;
    }
    const depth = this.openElementAt(name);
    if (depth > 0) {
      while (this.stack.length > depth) this.closeInnermost();
    } else if (name === "p") {
      // `</p>` with no open paragraph gives an empty one.
      this.impliedElement("p");
      this.closeInnermost();
    }
  }

  /** An element that an end tag implies, with no attributes (`</br>`, a `</p>` with no open paragraph). */
  private impliedElement(name: string): void {
    this.startTag(name);
    this.onopentagend();
  }

  isInForeignContext(): boolean {
    return this.contents[this.contents.length - 1] !== Content.Html;
  }

  /** Adds an element; keeps it open unless it is void. */
  private openElement(name: string, attribs: Record<string, string>): void {
    const i = this.elements.length;
    const element = new TreeElement(name, attribs, this.index, i) as unknown as Element;
    this.add(element);
    this.elements.push(element);
    this.parents.push(this.openPositions[this.openPositions.length - 1]!);
    this.ends.push(i);
    this.ownLetters.push(0);
    const sameTag = this.byTag.get(name);
    if (sameTag) sameTag.push(i);
    else this.byTag.set(name, [i]);
    // The attributes noted since `startTag`, which every element goes through, and which clears them.
    const pending = this.pendingAttributes;
    if (pending !== 0) for (let bit = 0; bit < RECORDED_ATTRIBUTES.length; bit++) if (pending & (1 << bit)) this.withAttribute[bit]!.push(i);
    if (this.pendingClass) {
      this.classValues.positions.push(i);
      this.classValues.values.push(this.pendingClass);
    }
    if (this.pendingId) {
      this.idValues.positions.push(i);
      this.idValues.values.push(this.pendingId);
    }
    if (VOID_ELEMENTS.has(name)) element.children = [];
    else {
      this.stack.push(element);
      this.childStarts.push(this.openChildCount);
      this.openByHash[nameHash(name)]!++;
      if (name === "form") this.openForms++;
      this.openPositions.push(i);
    }
  }

  /** Closes the innermost open element (never the root). */
  private closeInnermost(): void {
    const element = this.stack.pop() as Element;
    element.children = this.childrenOfClosed();
    this.openByHash[nameHash(element.name)]!--;
    if (element.name === "form") this.openForms--;
    if (contentOpenedBy(element.name) !== undefined) this.contents.pop();
    this.ends.values[this.openPositions.pop()!] = this.elements.length - 1;
    this.lastNode = null;
  }

  onend(): void {
    // Elements still open at the end run to the last element.
    while (this.stack.length > 1) this.closeInnermost();
    this.root.children = this.childrenOfClosed();
  }

  /** The children of the innermost open element, which is being closed, taken off `openChildren`. */
  private childrenOfClosed(): AnyNode[] {
    const start = this.childStarts.pop()!;
    const end = this.openChildCount;
    if (end === start) return [];
    this.openChildCount = start;
    return this.openChildren.slice(start, end);
  }

  // ---- Text, comments, declarations

  ontext(start: number, end: number): void {
    this.text(this.html.slice(start, end));
  }

  ontextentity(codePoint: number): void {
    this.text(String.fromCodePoint(codePoint));
  }

  private text(data: string): void {
    // Counted now, while the text has just been read: see `ownLetters` in page-index.ts. The count of a text
    // node reported in pieces is the sum of the pieces' (a per-unit count). Text at the top level, outside
    // any element, and the content of non-text elements count for nothing.
    const top = this.openPositions[this.openPositions.length - 1]!;
    if (top >= 0 && !NON_TEXT_TAGS.has(this.elements[top]!.name)) {
      const own = this.ownLetters.values;
      own[top] = own[top]! + letterCount(data);
    }
    const last = this.lastNode;
    if (last) last.data += data;
    else {
      const node = new TreeText(data) as unknown as Text;
      this.add(node);
      this.lastNode = node;
    }
  }

  // Each comment is reported whole, so it is always a node of its own.
  oncomment(start: number, end: number, endOffset: number): void {
    this.add(new TreeComment(this.html.slice(start, end - endOffset)) as unknown as Comment);
  }

  // `<![CDATA[…]]>` is text in SVG and MathML, and a comment in HTML.
  oncdata(start: number, end: number, endOffset: number): void {
    const data = this.html.slice(start, end - endOffset);
    if (this.isInForeignContext()) this.text(data);
    else this.add(new TreeComment(`[CDATA[${data}]]`) as unknown as Comment);
  }

  // In HTML the tokenizer reports only `<!DOCTYPE …>` as a declaration; its name is always `!doctype`.
  ondeclaration(start: number, end: number): void {
    this.add(new ProcessingInstruction("!doctype", `!${this.html.slice(start, end)}`));
  }

  // Only in XML mode: in HTML, `<?…>` is read as a comment.
  onprocessinginstruction(): void {}

  private add(node: AnyNode): void {
    const pending = this.openChildren;
    const count = this.openChildCount;
    if (count > this.childStarts[this.childStarts.length - 1]!) {
      const previous = pending[count - 1]!;
      node.prev = previous;
      previous.next = node;
    }
    pending[count] = node;
    this.openChildCount = count + 1;
    node.parent = this.stack[this.stack.length - 1]!;
    this.lastNode = null;
  }
}

/**
 * The document tree of `html`, as htmlparser2's `parseDocument(html)` would give it (HTML mode, entities
 * decoded, names lower-cased), with its page index already recorded.
 */
export function buildTree(html: string): Document {
  const builder = new TreeBuilder(html);
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();
  const { root, index } = builder;
  index.parents = builder.parents.view();
  index.ownLetters = builder.ownLetters.view();
  index.subtreeEnd = builder.ends.view();
  rememberIndex(root, index);
  return root;
}
