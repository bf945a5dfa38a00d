import { inspect } from "node:util";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/core/document.js";
import { DocumentCache } from "../../src/core/document-cache.js";
import { pageIndex } from "../../src/core/page-index.js";
import { extractHeadline } from "../../src/extractors/headline.js";

const PAGE = "<html><head><title>A title</title></head><body><h1 class='x'>A title</h1><p>Some text.</p></body></html>";

describe("DocumentCache", () => {
  it("keeps one value per document and cache", () => {
    const first = new DocumentCache<string>();
    const second = new DocumentCache<string>();
    const a = parseHtml(PAGE);
    const b = parseHtml(PAGE);
    expect(first.get(a)).toBeUndefined();
    first.set(a, "a1");
    second.set(a, "a2");
    first.set(b, "b1");
    expect(first.get(a)).toBe("a1");
    expect(second.get(a)).toBe("a2");
    expect(first.get(b)).toBe("b1");
    expect(second.get(b)).toBeUndefined();
    first.set(a, "again");
    expect(first.get(a)).toBe("again");
  });

  it("computes a value once per document with valueFor, an undefined one too", () => {
    const cache = new DocumentCache<string | undefined>();
    const doc = parseHtml(PAGE);
    let calls = 0;
    const compute = () => {
      calls++;
      return undefined;
    };
    expect(cache.valueFor(doc, compute)).toBeUndefined();
    expect(cache.valueFor(doc, compute)).toBeUndefined();
    expect(calls).toBe(1);
    expect(cache.valueFor(parseHtml(PAGE), () => "other")).toBe("other");
    cache.set(doc, "set");
    expect(cache.valueFor(doc, compute)).toBe("set");
    expect(calls).toBe(1);
  });

  it("leaves no trace a program can see on the document", () => {
    // A document of the user's (htmlparser2's own), and one of ours, before and after every extractor's caches
    // were filled: the same own keys, symbols, JSON and inspection.
    for (const doc of [parseDocument(PAGE), parseHtml(PAGE)]) {
      const keys = Reflect.ownKeys(doc);
      const shown = inspect(doc, { depth: 0 });
      const json = JSON.stringify(doc.children.map((node) => node.type));
      expect(extractHeadline(doc)).toBe("A title");
      pageIndex(doc);
      expect(Reflect.ownKeys(doc)).toEqual(keys);
      expect(inspect(doc, { depth: 0 })).toBe(shown);
      expect(JSON.stringify(doc.children.map((node) => node.type))).toBe(json);
      expect({ ...doc }).toEqual({ ...parseDocument(PAGE), children: doc.children });
    }
  });

  it("works on a frozen document", () => {
    // Engines may refuse a private field on a frozen object; then nothing is kept, and answers are the same.
    const doc = Object.freeze(parseDocument(PAGE));
    expect(extractHeadline(doc)).toBe("A title");
    expect(extractHeadline(doc)).toBe("A title");
    const cache = new DocumentCache<number>();
    cache.set(doc, 7);
    expect([7, undefined]).toContain(cache.get(doc));
  });

  it("answers for any object that stands for a document", () => {
    const cache = new DocumentCache<number>();
    const key = {};
    cache.set(key, 1);
    expect(cache.get(key)).toBe(1);
    expect(Object.keys(key)).toEqual([]);
  });
});
