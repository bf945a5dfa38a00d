import type { Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { tagName } from "../../src/core/dom.js";

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
