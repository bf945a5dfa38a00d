import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/core/document.js";
import { compileSelector, matches, selectAll, selectFirst } from "../../src/core/select.js";

const doc = parseHtml(`
  <div id="a" class="post"><p class="x">one</p><section><p class="x y">two</p></section></div>
  <p class="x">three</p>
  <script type="application/ld+json">{}</script>
  <a rel="category tag" href="/c">c</a><a rel="tag" href="/t">t</a>
`);

describe("compileSelector", () => {
  it("returns the same compiled query for the same selector (cache)", () => {
    const first = compileSelector("div.post > p.x");
    const second = compileSelector("div.post > p.x");
    expect(second).toBe(first);
  });

  it("compiles different selectors separately", () => {
    expect(compileSelector("p.x")).not.toBe(compileSelector("p.y"));
  });

  it.each(["div[", "#", "p:nth-child(", "a:not(", ":no-such-pseudo", "[data-x=']", "a[href=", ",", "[]"])("throws a SyntaxError naming %j", (selector) => {
    let error: unknown;
    try {
      compileSelector(selector);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SyntaxError);
    expect((error as Error).message).toContain(JSON.stringify(selector));
  });

  it("does not cache a failed compilation as a success", () => {
    expect(() => compileSelector("div[")).toThrow(SyntaxError);
    expect(() => compileSelector("div[")).toThrow(SyntaxError);
  });
});

describe("selectAll / selectFirst / matches", () => {
  it("finds every match in document order", () => {
    expect(selectAll("p.x", doc).map((el) => el.children.map((c) => ("data" in c ? c.data : "")).join(""))).toEqual(["one", "two", "three"]);
  });

  it("searches below the root only", () => {
    const section = selectFirst("section", doc)!;
    expect(selectAll("p", section)).toHaveLength(1);
    expect(selectAll("section", section)).toEqual([]);
  });

  it("finds script elements", () => {
    expect(selectAll('script[type="application/ld+json" i]', doc)).toHaveLength(1);
  });

  it("gives the first match, or undefined", () => {
    expect(selectFirst("p.y", doc)?.attribs.class).toBe("x y");
    expect(selectFirst("table", doc)).toBeUndefined();
  });

  it("supports :not and ~= as the rule data uses them", () => {
    expect(selectAll("a[rel~=tag]:not([rel~=category])", doc).map((a) => a.attribs.href)).toEqual(["/t"]);
  });

  it("matches an element against a selector", () => {
    const p = selectFirst("p.y", doc)!;
    expect(matches(p, "div.post p")).toBe(true);
    expect(matches(p, "div.post > p")).toBe(false);
  });

  it("throws a SyntaxError for an invalid selector", () => {
    expect(() => selectAll("p[", doc)).toThrow(SyntaxError);
    expect(() => selectFirst("p[", doc)).toThrow(SyntaxError);
    expect(() => matches(selectFirst("p", doc)!, "p[")).toThrow(SyntaxError);
  });
});
