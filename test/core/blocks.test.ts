import { readdirSync, readFileSync } from "node:fs";
import type { Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { getOuterHTML } from "domutils";
import { describe, expect, it } from "vitest";
import { eachTextBlock, hasBlockDescendant, INLINE_TAGS, SKIPPED_TAGS, textBlocks, type TextBlock } from "../../src/core/blocks.js";
import { parseHtml } from "../../src/core/document.js";
import { isElement, rawText } from "../../src/core/dom.js";
import { pageIndex } from "../../src/core/page-index.js";
import { selectFirst } from "../../src/core/select.js";
import { cleanText } from "../../src/core/text.js";

function rootOf(html: string): Element {
  const root = selectFirst("#root", parseHtml(`<div id="root">${html}</div>`));
  if (!root) throw new Error("no #root");
  return root;
}

/** A block as kind and text, for comparing. */
function show(block: TextBlock): string {
  const text = block.nodes.map((node) => (node.type === "tag" && (node as Element).name === "br" ? " " : rawText(node))).join("");
  return `${block.quoted ? ">" : ""}${block.kind}: ${cleanText(text)}`;
}

const none = () => false;

describe("textBlocks", () => {
  const rows: { name: string; html: string; want: string[] }[] = [
    { name: "paragraphs in order", html: "<p>One.</p><p>Two.</p>", want: ["p: One.", "p: Two."] },
    { name: "headings, list items, quotes, pre", html: "<h2>Head</h2><ul><li>A</li><li>B</li></ul><blockquote>Said.</blockquote><pre>code</pre>", want: ["h2: Head", "li: A", "li: B", ">blockquote: Said.", "pre: code"] },
    { name: "a blockquote holding paragraphs gives quoted paragraphs", html: "<blockquote><p>First.</p><p>Second.</p></blockquote>", want: [">p: First.", ">p: Second."] },
    { name: "definition lists", html: "<dl><dt>Term</dt><dd>Meaning</dd></dl>", want: ["dt: Term", "dd: Meaning"] },
    { name: "div without blocks is a paragraph", html: "<div>Plain <b>div</b> text.</div>", want: ["p: Plain div text."] },
    { name: "bare text run split at a double <br>", html: "First para.<br><br>Second para.", want: ["p: First para.", "p: Second para."] },
    { name: "double <br> with whitespace between", html: "First.<br>\n  <br>\nSecond.", want: ["p: First.", "p: Second."] },
    // A zero-width space is blank to cleanText, so it does not join the two <br>s into one line break.
    { name: "double <br> with a zero-width space between", html: "First.<br>\u200b<br>Second.", want: ["p: First.", "p: Second."] },
    { name: "single <br> keeps one block", html: "Line one<br>line two", want: ["p: Line one line two"] },
    { name: "triple <br> gives no empty block", html: "A.<br><br><br>B.", want: ["p: A.", "p: B."] },
    { name: "<br><br> in a div beside blocks splits its run", html: "<div>One.<br><br>Two <a href='/x'>link</a>.<br><br>Three.<p>Four.</p></div>", want: ["p: One.", "p: Two link.", "p: Three.", "p: Four."] },
    { name: "inline run before, between and after blocks", html: "Lead <em>text</em><p>Para.</p>tail", want: ["p: Lead text", "p: Para.", "p: tail"] },
    { name: "an inline container holding blocks is descended into", html: "<span><p>One.</p><p>Two.</p></span>", want: ["p: One.", "p: Two."] },
    { name: "a link wrapping blocks is descended into", html: "<a href='/x'><h3>Title</h3><p>Teaser.</p></a>", want: ["h3: Title", "p: Teaser."] },
    { name: "nested containers", html: "<section><div><div><p>Deep.</p></div></div></section><p>Shallow.</p>", want: ["p: Deep.", "p: Shallow."] },
    { name: "scripts, styles and forms are skipped", html: "<p>Kept.</p><script>var x = 1;</script><style>p{}</style><noscript>Enable JS</noscript><button>Click</button><p>Also.</p>", want: ["p: Kept.", "p: Also."] },
    { name: "a table cell is a block", html: "<table><tr><td>Cell A</td><td>Cell B</td></tr></table>", want: ["p: Cell A", "p: Cell B"] },
  ];
  it.each(rows)("$name", ({ html, want }) => {
    const blocks = textBlocks(rootOf(html), none).filter((b) => cleanText(b.nodes.map(rawText).join("")) !== "");
    expect(blocks.map(show)).toEqual(want);
  });

  // BUG: a <div> holding only inline content is emitted whole, so a CMS's `<div>P1<br><br>P2</div>` inside the
  // container is one block (and one body paragraph) instead of two; the double-<br> split only applies to runs
  // of a container that also holds blocks. The module's own rule: "A run of inline nodes is split at a double <br>".
  it("splits a leaf <div> at a double <br>", () => {
    const blocks = textBlocks(rootOf("<div>One.<br><br>Two <a href='/x'>link</a>.<br><br>Three.</div>"), none);
    expect(blocks.map(show)).toEqual(["p: One.", "p: Two link.", "p: Three."]);
  });

  it("prunes what skip rejects, with everything inside it", () => {
    const root = rootOf('<p>One.</p><div class="ad"><p>Buy now.</p></div><p>Two.</p>');
    const blocks = textBlocks(root, (el) => el.attribs.class === "ad");
    expect(blocks.map(show)).toEqual(["p: One.", "p: Two."]);
  });

  it("gives a run's parent and an element's own node", () => {
    const root = rootOf("<p id='a'>Para.</p>Run text.");
    const [para, run] = textBlocks(root, none);
    expect(para!.nodes).toHaveLength(1);
    expect((para!.nodes[0] as Element).attribs.id).toBe("a");
    expect(para!.parent).toBe(para!.nodes[0]);
    expect(run!.parent).toBe(root);
  });

  it("gives [] for an empty container", () => {
    expect(textBlocks(rootOf(""), none)).toEqual([]);
  });

  it("never changes the tree", () => {
    const doc = parseHtml('<div id="root">A.<br><br>B.<span><p>C.</p></span><div class="ad">x</div></div>');
    const before = getOuterHTML(doc);
    textBlocks(selectFirst("#root", doc)!, (el) => el.attribs.class === "ad");
    expect(getOuterHTML(doc)).toBe(before);
  });

  it("handles very deep nesting without overflowing the stack", () => {
    const depth = 20000;
    const root = rootOf("<div>".repeat(depth) + "<p>Deep.</p>" + "</div>".repeat(depth));
    expect(textBlocks(root, none).map(show)).toEqual(["p: Deep."]);
  });
});

describe("textBlocks and the whitespace between blocks", () => {
  it("makes no block of a run of whitespace text, in textBlocks and eachTextBlock alike", () => {
    const html = "\n  <p>One.</p>\n\t<p>Two.</p> \u200b\u00a0<!-- c -->\n<div>A<br><br> <br>B</div><p>Three.</p> <br> ";
    const want = ["p: One.", "p: Two.", "p: A", "p: B", "p: Three.", "p: "];
    expect(textBlocks(rootOf(html), none).map(show)).toEqual(want);
    const all: string[] = [];
    eachTextBlock(rootOf(html), none, (block) => void all.push(show(block)));
    expect(all).toEqual(want);
  });
});

describe("hasBlockDescendant", () => {
  it.each([
    ["<div><p>x</p></div>", true],
    ["<div><span><b>x</b></span></div>", false],
    ["<div><span><p>x</p></span></div>", true],
    ["<div><script>x</script>text</div>", false],
    ["<div><img src=a.jpg> <br> text</div>", false],
    ["<div><ul><li>x</li></ul></div>", true],
    ["<div></div>", false],
  ])("%s → %s", (html, want) => {
    const el = selectFirst("div", parseHtml(html))!;
    expect(hasBlockDescendant(el)).toBe(want);
  });

  /** The definition, by a walk of the element's subtree through inline elements. */
  const walked = (el: Element): boolean =>
    el.children.some((child) => isElement(child) && !SKIPPED_TAGS.has(child.name.toLowerCase()) && (!INLINE_TAGS.has(child.name.toLowerCase()) || walked(child)));

  it("answers as a walk of the subtree would, for every element of every fixture, from either parser's tree", () => {
    let checked = 0;
    for (const name of readdirSync("fixtures")) {
      const html = readFileSync(`fixtures/${name}/page.html`, "utf8");
      for (const doc of [parseHtml(html), parseDocument(html)]) {
        for (const el of pageIndex(doc).elements) {
          expect(hasBlockDescendant(el), `${name} <${el.name} class="${el.attribs.class ?? ""}">`).toBe(walked(el));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20_000);
  });
});
