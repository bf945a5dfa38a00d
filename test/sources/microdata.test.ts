import { readdirSync, readFileSync } from "node:fs";
import type { AnyNode, Document, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/core/document.js";
import { microdataItemOf, microdataItems, microdataItemsOfType, microdataProperty, microdataValue } from "../../src/sources/microdata.js";

const doc = (body: string) => parseHtml(`<html><head><meta property="og:title" content="Not an item's"></head><body>${body}</body></html>`);

describe("microdataItems", () => {
  it("reads items with short type names and their properties", () => {
    const d = doc(`<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Storm</h1><meta itemprop="datePublished" content="2024-05-02"></article>`);
    const [item] = microdataItems(d);
    expect(item!.types).toEqual(["NewsArticle"]);
    expect(microdataProperty(item!, "headline")).toBe("Storm");
    expect(microdataProperty(item!, "datePublished")).toBe("2024-05-02");
  });

  it("gives a property that is itself an item to the outer item, and its inner properties to it", () => {
    const d = doc(`<div itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" itemscope itemtype="http://schema.org/Thing" href="/a"><span itemprop="name">A</span></a><meta itemprop="position" content="1"></div>`);
    const [listItem, thing] = microdataItems(d);
    expect(listItem!.properties.get("item")).toHaveLength(1);
    expect(listItem!.properties.has("name")).toBe(false);
    expect(microdataItemOf(listItem!.properties.get("item")![0]!)).toBe(thing);
    expect(microdataProperty(thing!, "name")).toBe("A");
    expect(microdataProperty(listItem!, "position")).toBe("1");
  });

  it("reads RDFa Lite: typeof, property (with a schema: prefix), and leaves og: properties to the meta reader", () => {
    const d = doc(`<ol vocab="https://schema.org/" typeof="BreadcrumbList"><li property="itemListElement" typeof="ListItem"><span property="schema:name">Home</span><span property="og:title">x</span></li></ol>`);
    const lists = microdataItemsOfType(d, /^BreadcrumbList$/);
    expect(lists).toHaveLength(1);
    const item = microdataItemOf(lists[0]!.properties.get("itemListElement")![0]!)!;
    expect(microdataProperty(item, "name")).toBe("Home");
    expect([...item.properties.keys()]).toEqual(["name"]);
  });

  it("drops properties outside any item", () => {
    expect(microdataItems(doc(`<span itemprop="name">Lost</span>`))).toEqual([]);
  });

  it("is read once per document", () => {
    const d = doc(`<div itemscope itemtype="https://schema.org/Thing"></div>`);
    expect(microdataItems(d)).toBe(microdataItems(d));
  });
});

describe("microdataValue", () => {
  const rows: { name: string; html: string; want: string }[] = [
    { name: "content wins", html: `<span itemprop="x" content="stated">shown</span>`, want: "stated" },
    { name: "a link's href", html: `<a itemprop="x" href="/a">A</a>`, want: "/a" },
    { name: "an image's src", html: `<img itemprop="x" src="/i.png">`, want: "/i.png" },
    { name: "a time's datetime", html: `<time itemprop="x" datetime="2024-05-02">May 2</time>`, want: "2024-05-02" },
    { name: "data's value", html: `<data itemprop="x" value="42">forty-two</data>`, want: "42" },
    { name: "else the text, whitespace-collapsed", html: `<span itemprop="x"> A  <b>B</b> </span>`, want: "A B" },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const d = doc(`<div itemscope>${row.html}</div>`);
      expect(microdataValue(microdataItems(d)[0]!.properties.get("x")![0]!)).toBe(row.want);
    });
  }
});

/**
 * The items as a walk of the whole document finds them (what `microdataItems` did before it walked only the
 * subtrees of item elements): every `tag` element, skipping <template>s, each property given to the nearest
 * item around it.
 */
function itemsByWholeWalk(doc: Document): { element: Element; types: string[]; properties: [string, Element[]][] }[] {
  const found: { element: Element; types: string[]; properties: Map<string, Element[]> }[] = [];
  const visit = (node: AnyNode, owner: (typeof found)[number] | undefined): void => {
    if (node.type !== "tag") return;
    const el = node as Element;
    if (el.name === "template") return;
    if (owner) {
      // RDFa `property` tokens with a prefix count only for schema.org (`schema:`, a URL); `og:` and `dc:` are not properties.
      const rdfa = (el.attribs.property ?? "").split(/\s+/).filter((t) => !t.includes(":") || /^(schema|https?):/i.test(t));
      const names = [...(el.attribs.itemprop ?? "").split(/\s+/), ...rdfa];
      for (const name of names.filter(Boolean).map((t) => t.slice(Math.max(t.lastIndexOf("/"), t.lastIndexOf("#"), t.lastIndexOf(":")) + 1))) {
        owner.properties.set(name, [...(owner.properties.get(name) ?? []), el]);
      }
    }
    let inner = owner;
    if (el.attribs.itemscope !== undefined || el.attribs.typeof !== undefined) {
      const types = `${el.attribs.itemtype ?? ""} ${el.attribs.typeof ?? ""}`.split(/\s+/).filter(Boolean).map((t) => t.slice(Math.max(t.lastIndexOf("/"), t.lastIndexOf("#"), t.lastIndexOf(":")) + 1));
      inner = { element: el, types, properties: new Map() };
      found.push(inner);
    }
    for (const child of el.children) visit(child, inner);
  };
  for (const child of doc.children) visit(child, undefined);
  return found.map((item) => ({ element: item.element, types: item.types, properties: [...item.properties].sort(([a], [b]) => (a < b ? -1 : 1)) }));
}

describe("microdataItems, walking only the items' subtrees", () => {
  const view = (doc: Document) =>
    microdataItems(doc).map((item) => ({ element: item.element, types: [...item.types], properties: [...item.properties].map(([k, v]) => [k, [...v]] as [string, Element[]]).sort(([a], [b]) => (a < b ? -1 : 1)) }));

  it("finds what a walk of the whole document finds, on every fixture, from either parser's tree", () => {
    let items = 0;
    for (const name of readdirSync("fixtures")) {
      const html = readFileSync(`fixtures/${name}/page.html`, "utf8");
      for (const doc of [parseHtml(html), parseDocument(html)]) {
        const want = itemsByWholeWalk(doc);
        expect(view(doc), name).toEqual(want);
        items += want.length;
      }
    }
    expect(items).toBeGreaterThan(20);
  });

  it("leaves out items inside a <template>, and nested items keep document order", () => {
    const html =
      '<template><div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Hidden</span></div></template>' +
      '<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">H</h1>' +
      '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">A</span></div></div>' +
      '<p vocab="https://schema.org/" typeof="BreadcrumbList"><span property="itemListElement" typeof="ListItem">x</span></p>';
    for (const doc of [parseHtml(html), parseDocument(html)]) {
      expect(view(doc)).toEqual(itemsByWholeWalk(doc));
      expect(microdataItems(doc).map((item) => item.types[0])).toEqual(["NewsArticle", "Person", "BreadcrumbList", "ListItem"]);
    }
  });
});
