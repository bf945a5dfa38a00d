import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/core/document.js";
import { canonicalUrl, pageUrl } from "../../src/sources/canonical.js";

const doc = (head: string) => parseHtml(`<html><head>${head}</head><body></body></html>`);

describe("canonicalUrl", () => {
  const rows: { name: string; head: string; base?: string; want: string | undefined }[] = [
    { name: "an absolute canonical", head: `<link rel="canonical" href="https://example.com/a/1.html">`, want: "https://example.com/a/1.html" },
    { name: "a relative canonical resolved against the base", head: `<link rel="canonical" href="/a/1.html">`, base: "https://example.com/a/1.html?utm=x", want: "https://example.com/a/1.html" },
    { name: "a relative canonical without a base", head: `<link rel="canonical" href="/a/1.html">`, want: undefined },
    { name: "rel as a token list, in any case", head: `<link rel="Canonical nofollow" href="https://example.com/b">`, want: "https://example.com/b" },
    { name: "no canonical", head: `<link rel="stylesheet" href="/s.css">`, want: undefined },
    { name: "a non-http canonical", head: `<link rel="canonical" href="javascript:void(0)">`, want: undefined },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(canonicalUrl(doc(row.head), row.base)).toBe(row.want);
    });
  }
});

describe("pageUrl", () => {
  it("is the canonical URL, else the base", () => {
    expect(pageUrl(doc(`<link rel="canonical" href="https://example.com/c">`), "https://example.com/c?x=1")).toBe("https://example.com/c");
    expect(pageUrl(doc(""), "https://example.com/c?x=1")).toBe("https://example.com/c?x=1");
  });
});
