import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/core/document.js";
import { jsonLdArticles, jsonLdNodes, jsonLdString, jsonLdText, jsonLdTypes } from "../../src/sources/json-ld.js";

const script = (text: string) => `<script type="application/ld+json">${text}</script>`;
const doc = (...scripts: string[]) => parseHtml(`<html><head>${scripts.join("")}</head><body></body></html>`);

describe("jsonLdNodes", () => {
  const rows: { name: string; text: string; want: string[] }[] = [
    { name: "a plain object", text: `{"@type":"NewsArticle","headline":"A"}`, want: ["NewsArticle"] },
    { name: "an array", text: `[{"@type":"WebSite"},{"@type":"NewsArticle"}]`, want: ["WebSite", "NewsArticle"] },
    { name: "@graph is flattened", text: `{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"BreadcrumbList"}]}`, want: ["WebPage", "BreadcrumbList"] },
    { name: "mainEntity is flattened", text: `{"@type":"WebPage","mainEntity":{"@type":"NewsArticle"}}`, want: ["WebPage", "NewsArticle"] },
    { name: "an HTML comment wrapper", text: `<!-- {"@type":"NewsArticle"} -->`, want: ["NewsArticle"] },
    { name: "a CDATA wrapper", text: `<![CDATA[ {"@type":"NewsArticle"} ]]>`, want: ["NewsArticle"] },
    { name: "a CDATA wrapper commented out with //", text: `//<![CDATA[\n{"@type":"NewsArticle"}\n//]]>`, want: ["NewsArticle"] },
    { name: "a CDATA wrapper in C comments", text: `/*<![CDATA[*/{"@type":"NewsArticle"}/*]]>*/`, want: ["NewsArticle"] },
    { name: "a trailing semicolon", text: `{"@type":"NewsArticle"};`, want: ["NewsArticle"] },
    { name: "raw newlines inside strings", text: `{"@type":"NewsArticle","headline":"A\nB"}`, want: ["NewsArticle"] },
    { name: "malformed JSON is skipped", text: `{"@type":"NewsArticle",}`, want: [] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(jsonLdNodes(doc(script(row.text))).map((n) => jsonLdTypes(n)[0])).toEqual(row.want);
    });
  }
});

describe("jsonLdArticles", () => {
  it("puts WebPage nodes after the articles", () => {
    const d = doc(script(`[{"@type":"WebPage","name":"page"},{"@type":"BlogPosting","headline":"post"}]`));
    expect(jsonLdArticles(d).map((n) => jsonLdTypes(n)[0])).toEqual(["BlogPosting", "WebPage"]);
  });
});

describe("jsonLdString and jsonLdText", () => {
  it("read a string, a number, the first of an array, or an object's name", () => {
    expect(jsonLdString("a")).toBe("a");
    expect(jsonLdString(3)).toBe("3");
    expect(jsonLdString(["a", "b"])).toBe("a");
    expect(jsonLdString({ "@type": "Person", name: "Jane" })).toBe("Jane");
    expect(jsonLdString(null)).toBeUndefined();
  });

  it("jsonLdText decodes entities, drops tags and collapses whitespace", () => {
    expect(jsonLdText("Investors don&#39;t  know")).toBe("Investors don't know");
    expect(jsonLdText("Review &#8211; <em>shoots</em> for the moon")).toBe("Review – shoots for the moon");
    expect(jsonLdText("AT&T results")).toBe("AT&T results");
    expect(jsonLdText("   ")).toBeUndefined();
  });
});
