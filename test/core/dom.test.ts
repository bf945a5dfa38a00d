import type { AnyNode, Element, ParentNode } from "domhandler";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { isElement, isHeadingName, rawText, tagName, textWithout, walk } from "../../src/core/dom.js";

describe("tagName", () => {
  it("lower-cases names an XML-mode parse keeps as written, and returns lower-case names as they are", () => {
    const doc = parseDocument(`<DIV><Script/><p/><svg:Rect/><ÄB/></DIV>`, { xmlMode: true });
    const names: string[] = [];
    const visit = (el: Element): void => {
      names.push(tagName(el));
      for (const child of el.children) if (child.type === "tag" || child.type === "script") visit(child as Element);
    };
    visit(doc.children[0] as Element);
    expect(names).toEqual(["div", "script", "p", "svg:rect", "äb"]);
    const p = parseDocument("<p>x</p>").children[0] as Element;
    expect(tagName(p)).toBe(p.name);
  });
});

describe("walk", () => {
  const doc = parseDocument(`<div id="a"><p id="b"><i id="c">x</i></p><ul id="d"><li id="e">y</li></ul></div><span id="f">z</span>`);
  const idOf = (node: AnyNode): string => (isElement(node) ? node.attribs.id! : `"${(node as { data: string }).data}"`);
  const order = (root: ParentNode, skip = ""): string[] => {
    const seen: string[] = [];
    walk(root, (node) => {
      seen.push(idOf(node));
      return !(isElement(node) && node.attribs.id === skip);
    });
    return seen;
  };

  it("visits the descendants in document order, and not below a node its visitor refuses", () => {
    expect(order(doc)).toEqual(["a", "b", "c", '"x"', "d", "e", '"y"', "f", '"z"']);
    expect(order(doc, "b")).toEqual(["a", "b", "d", "e", '"y"', "f", '"z"']);
  });

  it("gives each walk nested in a visitor its own stack", () => {
    const seen: string[] = [];
    const outer: string[] = [];
    walk(doc, (node) => {
      outer.push(idOf(node));
      if (!isElement(node) || node.name !== "ul") return true;
      // A walk of the list from inside the walk of the document, itself holding a third.
      walk(node, (inner) => void seen.push(idOf(inner), ...order(doc, "a").slice(0, 1)));
      return true;
    });
    expect(seen).toEqual(["e", "a", '"y"', "a"]);
    expect(outer).toEqual(["a", "b", "c", '"x"', "d", "e", '"y"', "f", '"z"']);
    expect(order(doc)).toEqual(["a", "b", "c", '"x"', "d", "e", '"y"', "f", '"z"']);
  });

  it("walks again as before after a visitor throws", () => {
    expect(() =>
      walk(doc, (node) => {
        if (idOf(node) === "c") throw new Error("stop");
      }),
    ).toThrow("stop");
    expect(order(doc)).toEqual(["a", "b", "c", '"x"', "d", "e", '"y"', "f", '"z"']);
    expect(order(doc.children[0] as Element)).toEqual(["b", "c", '"x"', "d", "e", '"y"']);
  });
});

describe("isHeadingName", () => {
  it("holds for h1 to h6 only", () => {
    expect(["h1", "h2", "h3", "h4", "h5", "h6"].every(isHeadingName)).toBe(true);
    for (const name of ["h0", "h7", "h", "h10", "hr", "th", "H1", "header", ""]) expect(isHeadingName(name), name).toBe(false);
  });
});

describe("textWithout", () => {
  const doc = parseDocument(`<div id="root">One <b>two</b><br>three <span class="ad">ad <i>text</i></span><script>x()</script> four<span class="quiet">hidden</span></div>`);
  const root = doc.children[0] as Element;

  it("reads the text below a node less scripts and what skip leaves out, a <br> as a space", () => {
    expect(rawText(root)).toBe("One two three ad text four" + "hidden");
    expect(textWithout(root, (el) => el.attribs.class === "ad")).toBe("One two three  fourhidden");
  });

  it("gives the same text when skip itself reads the text of other elements", () => {
    // A skip that reads text (as the noise test does) runs a walk of its own inside this one.
    const seen: string[] = [];
    const skip = (el: Element): boolean => {
      const inner = textWithout(el, (child) => child.attribs.class === "quiet");
      seen.push(inner);
      return inner.startsWith("ad") || inner === "";
    };
    expect(textWithout(root, skip)).toBe("One two three  four");
    // The root itself is asked first; the script is never asked (not text); the skipped span's children are not.
    expect(seen).toEqual(["One two three ad text four", "two", " ", "ad text", ""]);
  });
});

