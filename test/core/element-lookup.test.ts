import { selectAll as cssSelectAll } from "css-select";
import type { Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { fixtureDocs, isBelow } from "../helpers/fixture-docs.js";
import { parseHtml } from "../../src/core/document.js";
import { candidatePlan, candidatePositions, elementLookup, elementsWithKey } from "../../src/core/element-lookup.js";
import { selectAll, selectFirst } from "../../src/core/select.js";

/** Selectors of every shape the lookup plans for, and some it must not narrow (`*`, `:is`, escapes). */
const SELECTORS = [
  "p",
  "a[href]",
  "a[rel~=tag]:not([rel~=category])",
  ".entry-content",
  "div.entry",
  "#content-body",
  "[itemprop~=articleBody]",
  ".tags-links a, .tag-links a, .post-tags a, [itemprop~=keywords] a",
  "a[href*='/tag/'], a[href*='/tags/'], a[href*='?tag=']",
  "figure img, .wp-caption img",
  "meta[property='og:title'], meta[name=title]",
  "div > p:first-child",
  "ul li a",
  "h1, h2, .entry-title",
  "h2 + ul a, h3 ~ ul li",
  "article .entry-content p, .post-tags > a",
  "body div div p",
  "*",
  ":is(h1, h2)",
  "[class*=crumb] a",
  "nav[aria-label] a",
  ".Entry-Content",
  "a[title='x, y']",
];

const pages = fixtureDocs();

describe("selectAll through the element lookup", () => {
  it.each(pages.map((p) => [p.name, p] as const))("finds exactly what css-select finds on %s", (_name, { doc }) => {
    for (const selector of SELECTORS) {
      const expected = cssSelectAll(selector, doc) as unknown as Element[];
      expect(selectAll(selector, doc), selector).toEqual(expected);
      expect(selectFirst(selector, doc), selector).toBe(expected[0]);
      // Below an element: the document's matches that lie in its subtree (the selector is not scoped to it).
      const body = cssSelectAll("body", doc)[0] as Element | undefined;
      if (body) expect(selectAll(selector, body), `${selector} below body`).toEqual(expected.filter((el) => el !== body && isBelow(el, body)));
    }
  });

  it("narrows each selector of a list to the keys of its compounds", () => {
    expect(candidatePlan("div.entry > p.lead")).toEqual([{ keys: ["p", ".lead"], ancestorKeys: ["div", ".entry"] }]);
    expect(candidatePlan("#main .x")).toEqual([{ keys: [".x"], ancestorKeys: ["#main"] }]);
    // A sibling combinator: the earlier compound is not an ancestor.
    expect(candidatePlan("h2 + ul a")).toEqual([{ keys: ["a"], ancestorKeys: [] }]);
    expect(candidatePlan("a[rel~=tag]:not([rel~=category])")).toEqual([{ keys: ["a", "[rel"], ancestorKeys: [] }]);
    expect(candidatePlan("h1, h2")).toEqual([
      { keys: ["h1"], ancestorKeys: [] },
      { keys: ["h2"], ancestorKeys: [] },
    ]);
    expect(candidatePlan("a[title='x, y']")).toEqual([{ keys: ["a", "[title"], ancestorKeys: [] }]);
    expect(candidatePlan("li:nth-child(2n+1) > a:not(.x, .y)")).toEqual([{ keys: ["a"], ancestorKeys: ["li"] }]);
    expect(candidatePlan("[itemprop~=articleBody]")).toEqual([{ keys: ["[itemprop"], ancestorKeys: [] }]);
  });

  it("reads the shortest list a selector allows", () => {
    const doc = parseHtml(`<base href="/x/"><a href="/a">a</a><a href="/b">b</a><link href="/c">`);
    expect(selectAll("base[href]", doc).map((el) => el.name)).toEqual(["base"]);
    expect(candidatePositions(doc, candidatePlan("base[href]")!, 0, 100)).toEqual(elementLookup(doc).get("base"));
  });

  it("reads only the subtrees of a rare ancestor", () => {
    const doc = parseHtml(`<a href="/0">0</a><div class="tags"><a href="/1">1</a><div class="tags"><a href="/2">2</a></div></div><a href="/3">3</a><p class="tags"><a href="/4">4</a></p>`);
    const links = elementLookup(doc).get("a")!;
    expect(candidatePositions(doc, candidatePlan(".tags a")!, 0, 100)).toEqual([links[1], links[2], links[4]]);
    expect(selectAll(".tags a", doc).map((a) => a.attribs.href)).toEqual(["/1", "/2", "/4"]);
    expect(selectAll(".none a", doc)).toEqual([]);
  });

  it("scans everything for a selector that can match any element", () => {
    expect(candidatePlan("*")).toBeNull();
    expect(candidatePlan("p, :is(h1, h2)")).toBeNull();
    expect(candidatePlan(".a\\:b")).toBeNull();
  });

  it("lists an element once per key, in document order", () => {
    const doc = parseHtml(`<p class="x x">a</p><div class="X y" id="Main"><p class="x">b</p></div>`);
    const lookup = elementLookup(doc);
    // Class and id keep their case: css-select compares them case-sensitively.
    expect(lookup.get(".x")).toEqual([0, 2]);
    expect(lookup.get(".X")).toEqual([1]);
    expect(lookup.get("p")).toEqual([0, 2]);
    expect(lookup.get("#Main")).toEqual([1]);
    expect(lookup.get("[class")).toEqual([0, 1, 2]);
  });

  it("splits classes at every HTML space and answers names a plain object inherits", () => {
    const doc = parseHtml(`<p class="\ta\n\fb\r c  ">x</p><p constructor="" class="">y</p><p __proto__="1" id="">z</p>`);
    const lookup = elementLookup(doc);
    expect(["a", "b", "c"].map((c) => lookup.get(`.${c}`))).toEqual([[0], [0], [0]]);
    expect(lookup.get(".")).toBeUndefined();
    expect(lookup.get("#")).toBeUndefined();
    expect(lookup.get("[constructor")).toEqual([1]);
    expect(lookup.get("[toString")).toBeUndefined();
    expect(lookup.get("[missing")).toBeUndefined();
  });

  it("offers every class and id name to a test, also after single attribute names were asked", () => {
    const html = `<div id="m" class="a b" data-x="1"><span itemprop="name" class="b">n</span><a href="/" rel="author">h</a></div>`;
    const asked = elementLookup(parseHtml(html));
    expect(asked.get("[href")).toEqual([2]);
    expect(asked.get("[nothing")).toBeUndefined();
    // Each name offered to the test once, with the positions of the names that pass it.
    const entries = (lookup: ReturnType<typeof elementLookup>) =>
      new Map(
        ["a", "b", "m", "x"].map((wanted) => {
          const offered: string[] = [];
          const positions = lookup.positionsOfNames((name) => (offered.push(name), name === wanted));
          expect(offered.sort()).toEqual(["a", "b", "m"]);
          return [wanted, positions.sort()];
        }),
      );
    const expected = new Map<string, number[]>([["a", [0]], ["b", [0, 1]], ["m", [0]], ["x", []]]);
    expect(entries(asked)).toEqual(expected);
    expect(entries(elementLookup(parseHtml(html)))).toEqual(expected);
    expect(asked.get("[itemprop")).toEqual([1]);
  });

  it("lists an element once under a class its attribute names twice", () => {
    const lookup = elementLookup(parseHtml(`<p class="a b a">x</p><p class=" a\ta ">y</p><i class="b">z</i>`));
    expect(lookup.get(".a")).toEqual([0, 1]);
    expect(lookup.get(".b")).toEqual([0, 2]);
    expect(lookup.positionsOfNames((name) => name === "a").sort()).toEqual([0, 1]);
  });

  it("finds elements by a test over classes and ids, plus exact keys, each once and in order", () => {
    const doc = parseHtml(`<div id="m" class="a b"><span itemprop="name" class="b">n</span><a href="/" rel="author" class="b">h</a></div>`);
    const names = (els: Element[]) => els.map((el) => el.name);
    expect(names(elementsWithKey(doc, (name) => name === "b"))).toEqual(["div", "span", "a"]);
    expect(names(elementsWithKey(doc, (name) => name === "m", ["[rel", "[itemprop", "[none"]))).toEqual(["div", "span", "a"]);
    // Tags and attribute names are not offered to the test.
    expect(names(elementsWithKey(doc, (name) => name === "div" || name === "rel" || name === "span" || name === "itemprop"))).toEqual([]);
  });

  it("still walks a detached subtree", () => {
    const doc = parseHtml(`<div><p class="x">a</p></div>`);
    const div = doc.children[0] as Element;
    const detached = { ...div, parent: null } as unknown as Element;
    Object.setPrototypeOf(detached, Object.getPrototypeOf(div));
    expect(selectAll("p.x", detached).map((p) => p.attribs.class)).toEqual(["x"]);
  });
});
