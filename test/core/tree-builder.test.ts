import { readdirSync, readFileSync } from "node:fs";
import { Comment, Element, ProcessingInstruction, Text, type AnyNode, type Document } from "domhandler";
import { getOuterHTML } from "domutils";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { pageIndex, pageIndexOf, positionOf, RECORDED_ATTRIBUTES } from "../../src/core/page-index.js";
import { buildTree } from "../../src/core/tree-builder.js";
import { XSS_PAYLOADS } from "../hostile/xss-payloads.js";

/** Every own field domhandler gives a node (the `x-` and `namespace` fields stay `undefined` in HTML mode). */
function shape(node: AnyNode): unknown {
  const base = { type: node.type, nodeType: node.nodeType, start: node.startIndex, end: node.endIndex };
  if (node instanceof Element) return { ...base, name: node.name, tagName: node.tagName, attribs: { ...node.attribs }, children: node.children.map(shape) };
  if (node instanceof ProcessingInstruction) return { ...base, name: node.name, data: node.data };
  if ("data" in node) return { ...base, data: node.data };
  return { ...base, children: "children" in node ? node.children.map(shape) : undefined };
}

/** Every node's parent, prev and next point where they should. */
function checkLinks(parent: Document | Element): void {
  parent.children.forEach((child, i) => {
    expect(child.parent).toBe(parent);
    expect(child.prev).toBe(parent.children[i - 1] ?? null);
    expect(child.next).toBe(parent.children[i + 1] ?? null);
    if (child instanceof Element) checkLinks(child);
  });
}

/** The index a walk of the tree gives, in positions: what `pageIndex` computes for a document it did not build. */
function walkedIndex(doc: Document) {
  const copy = parseDocument(getOuterHTML(doc.children));
  // A fresh domhandler document has no recorded index: pageIndex walks it.
  const { elements, parents, subtreeEnd, byTag } = pageIndex(copy);
  return { names: elements.map((el) => el.name), parents, subtreeEnd: [...subtreeEnd], byTag: [...byTag] };
}

const pages: [string, string][] = [
  ...readdirSync("fixtures").map((name): [string, string] => [name, readFileSync(`fixtures/${name}/page.html`, "utf8")]),
  ["seed", readFileSync("../shared/golden/seed/page.html", "utf8")],
  // Far more elements than one per 64 characters of markup, where the index's columns start: they grow.
  ["dense markup", `<div class="a">${"<p><b>x</b><i id=y>z</i>".repeat(3000)}</div>`],
  // The parser's edge cases: implied and stray end tags, void elements, comments in pieces, CDATA inside
  // foreign content, processing instructions, unclosed elements at the end, entities in text and attributes.
  ["edges", `<!DOCTYPE html><?xml version="1.0"?><html><head><title>a &amp; b</title><style>p{}</style></head><body>
    <p>one<p>two</div></p></br><ul><li>a<li>b</ul><table><tr><td>c<td>d</table><img src=x alt="&lt;y&gt;">
    <!-- a -- comment --><!----><svg><![CDATA[raw]]><desc>d</desc></svg><math><mi>x</mi></math>
    <select><option>1<option>2</select><script>if (a < b) {}</script><textarea><b>t</b></textarea><b><i>x</b>y</i>
    <p>unclosed <span>at the end`],
  // Recorded attributes: repeated, upper-case, on void and implied elements, on a <form> inside a form (which
  // the parser drops), and on a tag cut off by the end.
  ["attributes in a nested form", `<form rel=a typeof=T><p><form itemprop=x aria-label=y property=z typeof=U><input rel=b itemtype=t></form></form><p property=q>`],
  ["attributes", `<div ItemProp="a" itemprop="b" REL=x><br aria-label=y><p property=p itemtype=t>x</p></br><a rel="tag" href=#>t</a><div itemprop="z" cla`],
  ["attributes cut off", `<p>x</p><span rel=a aria-label=b property`],
  // Class and id values: repeated (the first wins, even empty), upper-case names, empty, on a dropped <form>, cut off.
  ["class and id values", `<div CLASS="a b" class="c" id="" ID="x"><p class="" id=y>t</p><form class=f><p><form class=g id=h></form></form><i class=" k  l "></i><span class="z`],
  // Foreign content: SVG's camel-cased names (and end tags in any case), `/>` closing elements in SVG and
  // MathML but not in HTML (nor in the HTML inside `<foreignObject>`, `<mtext>` …), CDATA as text there, `<image>`.
  ["foreign content", `<svg viewBox="0 0 1 1"><clippath id=c><rect/></clippath><linearGradient><stop/></lineargradient><foreignObject><div><image src=a>
    <svg><desc/>d</desc></svg></div></foreignobject><image href=b /><br/><![CDATA[t]]></svg><image src=c><svg/><p>after<math><mi/><mi>x</mi>
    <mtext><b>bold</b><i/>i</mtext><![CDATA[m]]></math><title/>t</title><div/>inside`],
  // Names read through the builder's cache of names: the same name in several cases, names of one length
  // and the same end letters, a name cut short by the end of a tag.
  ["names in any case", `<DIV Class=A><Div CLASS=b><div class=c><SPAN data-X=1 DATA-x=2 data-y=3></SPAN><del><dfn><dir>d</dir></dfn></del></div></DIV></Div>
    <Svg><ClipPath></CLIPPATH><clipPath></clippath></SVG><TABLE><TR><TD>a<Td>b</table><a/ b=1><a
    b>`],
  ["end tags without start tags", `</p><div></br></hr></x><p>a</span>b</p></div></p><b></form></b>`],
  ["text only", "just text &nbsp; here"],
  ["empty", ""],
  ...XSS_PAYLOADS.map((payload, i): [string, string] => [`xss ${i}`, `<div>${payload.html}</div>`]),
];

describe("buildTree", () => {
  it.each(pages)("gives parseDocument's tree on %s", (_name, html) => {
    const built = buildTree(html);
    const reference = parseDocument(html);
    expect(shape(built)).toEqual(shape(reference));
    expect(getOuterHTML(built)).toBe(getOuterHTML(reference));
    checkLinks(built);
  });

  it.each(pages)("records the index a walk would give on %s", (_name, html) => {
    const doc = buildTree(html);
    const index = pageIndex(doc);
    const { elements, parents, subtreeEnd, byTag } = index;
    expect({ names: elements.map((el) => el.name), parents: Array.from(parents), subtreeEnd: [...subtreeEnd], byTag: [...byTag] }).toEqual(walkedIndex(doc));
    // Each element records its own position (no map), and its document's index.
    expect(index.walkedPositions).toBeUndefined();
    elements.forEach((el, i) => {
      expect(positionOf(index, el)).toBe(i);
      expect(pageIndexOf(el)).toBe(index);
    });
    // The attribute lists recorded while parsing are what a scan of the elements finds.
    for (const name of RECORDED_ATTRIBUTES) {
      const scanned = elements.flatMap((el, i) => (el.attribs[name] !== undefined ? [i] : []));
      expect([name, index.byAttribute?.get(name)]).toEqual([name, scanned]);
    }
    // So are the class and id values kept for the element lookup: every element with a non-empty value.
    for (const [name, recorded] of [["class", index.classValues], ["id", index.idValues]] as const) {
      const positions = elements.flatMap((el, i) => (el.attribs[name] ? [i] : []));
      expect([name, recorded]).toEqual([name, { positions, values: positions.map((i) => elements[i]!.attribs[name]) }]);
    }
  });

  // Random markup from pieces that exercise the rules above, so that their combinations are compared too.
  it("gives parseDocument's tree on random markup", () => {
    const pieces = [
      "<p>", "</p>", "<div class=a>", "</div>", "<svg>", "</svg>", "<math>", "</math>", "<foreignObject>", "</foreignobject>", "<clipPath/>",
      "<clippath>", "</clipPath>", "<image>", "<image/>", "</br>", "<br/>", "<form id=f>", "</form>", "<![CDATA[x]]>", "<!-- c -->", "<!doctype html>",
      "<?xml x?>", "<title>", "</title>", "<desc>", "<mi/>", "<mtext>", "</mtext>", "<table>", "<tr>", "<td>", "</table>", "<li>", "<ul>", "</ul>",
      "<a href=x>", "</a>", "<h1>", "<h2>", "<select>", "<option>", "<input>", "<textarea>", "</textarea>", "<script>", "</script>", "text", "&amp;",
      " ", "<b class='x' CLASS=y>", "</b>", "<dd>", "<dt>", "<rt>", "<tbody>", "<tfoot>", "<body>", "<head>", "<link>", "<div/>", "</x>", "<DIV>",
      "<span rel=a itemprop=b id=i>", "</hr>", "<annotation-xml>", "<lineargradient>", "</linearGradient>", "<noscript>", "</noscript>",
    ];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 800; k++) {
      let html = "";
      for (let length = 1 + next(30); length > 0; length--) html += pieces[next(pieces.length)];
      expect([html, getOuterHTML(buildTree(html))]).toEqual([html, getOuterHTML(parseDocument(html))]);
    }
  });

  it("gives nodes that answer instanceof, getters and cloneNode as domhandler's do", () => {
    const doc = buildTree(`<div id="a" class="b">x<!--c--><p>y</p></div>`);
    const div = doc.children[0] as Element;
    expect(div).toBeInstanceOf(Element);
    expect(div.children[0]).toBeInstanceOf(Text);
    expect(div.children[1]).toBeInstanceOf(Comment);
    expect(div.tagName).toBe("div");
    expect(div.firstChild).toBe(div.children[0]);
    expect(div.lastChild).toBe(div.children[2]);
    expect(div.attributes.map((a) => [a.name, a.value])).toEqual([["id", "a"], ["class", "b"]]);
    expect((div.children[0] as Text).nodeValue).toBe("x");
    expect(div.children[2]!.previousSibling).toBe(div.children[1]);
    expect(getOuterHTML(div.cloneNode(true))).toBe(`<div id="a" class="b">x<!--c--><p>y</p></div>`);
  });
});
