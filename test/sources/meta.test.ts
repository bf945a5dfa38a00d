import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/core/document.js";
import { metaTags, metaValue } from "../../src/sources/meta.js";

const doc = (head: string, body = "") => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);

describe("metaTags", () => {
  const rows: { name: string; head: string; body?: string; key: string; want: string[] | undefined }[] = [
    { name: "keys are lower-cased", head: `<meta property="OG:Title" content="Storm">`, key: "og:title", want: ["Storm"] },
    { name: "values are whitespace-collapsed", head: `<meta name="description" content="  A   storm\n hits ">`, key: "description", want: ["A storm hits"] },
    { name: "entities in content are decoded", head: `<meta property="og:title" content="Rock &amp; roll">`, key: "og:title", want: ["Rock & roll"] },
    { name: "repeated keys keep document order", head: `<meta property="article:tag" content="a"><meta property="article:tag" content="b">`, key: "article:tag", want: ["a", "b"] },
    { name: "an RDFa property list states each key", head: `<meta property="og:title twitter:title" content="A title">`, key: "twitter:title", want: ["A title"] },
    { name: "name and property are both keys", head: `<meta name="twitter:title" property="og:title" content="Both">`, key: "twitter:title", want: ["Both"] },
    { name: "itemprop is a key", head: "", body: `<meta itemprop="headline" content="Microdata title">`, key: "headline", want: ["Microdata title"] },
    { name: "an empty content is no value", head: `<meta property="og:title" content="  ">`, key: "og:title", want: undefined },
    { name: "a meta inside a script is not a tag", head: `<script>document.write('<meta name="x" content="y">')</script>`, key: "x", want: undefined },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(metaTags(doc(row.head, row.body)).get(row.key)).toEqual(row.want);
    });
  }

  it("is read once per document", () => {
    const d = doc(`<meta property="og:title" content="Storm">`);
    expect(metaTags(d)).toBe(metaTags(d));
  });
});

describe("metaValue", () => {
  it("gives the first non-empty value of the first key the page has", () => {
    const d = doc(`<meta name="twitter:title" content="Twitter"><meta property="og:title" content="OG">`);
    expect(metaValue(d, "dc.title", "og:title", "twitter:title")).toBe("OG");
    expect(metaValue(d, "dc.title")).toBeUndefined();
  });
});
