/**
 * The `fields` option of `parseArticle`: only the named extractors run and only their keys are in the
 * result; without it the full Article is unchanged.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIELD_NAMES, parseArticle, type Article } from "../src/index.js";

const page = readFileSync(new URL("../fixtures/reuters-dateline-read-more/page.html", import.meta.url));
const url = "https://www.meridianpost.co.uk/business/2024/05/02/uk-factory-output-falls-third-month/";

describe("parseArticle fields option", () => {
  const full = parseArticle(page, { url, explain: true });

  it("returns only the requested keys, with the same values as the full parse", () => {
    const partial = parseArticle(page, { url, fields: ["headline", "published", "related"] });
    expect(Object.keys(partial)).toEqual(["headline", "published", "related"]);
    expect(partial.headline).toBe(full.headline);
    expect(partial.published).toBe(full.published);
    expect(partial.related).toEqual(full.related);
  });

  it("gives published and authors their dateline-based values when the dateline itself is not asked for", () => {
    const partial = parseArticle(page, { url, fields: ["published", "authors"], explain: true });
    expect(partial).not.toHaveProperty("dateline");
    expect(partial.published).toBe(full.published);
    expect(partial.authors).toEqual(full.authors);
    expect(partial.explain).toEqual({ published: full.explain?.published, authors: full.explain?.authors });
  });

  it("keeps keys in contract order whatever the order asked", () => {
    const partial = parseArticle(page, { url, fields: ["related", "body", "headline"] });
    expect(Object.keys(partial)).toEqual(["headline", "body", "related"]);
  });

  it("leaves out an optional field the page lacks, and gives [] for an empty array field", () => {
    const partial = parseArticle("<p>Just one paragraph of text with nothing else around it.</p>", { fields: ["headline", "tags"] });
    expect(partial).toEqual({ tags: [] });
  });

  it("filters the empty Article for empty input", () => {
    expect(parseArticle("", { fields: ["body", "dateline"] })).toEqual({ body: { paragraphs: [], text: "", html: "" } });
    expect(parseArticle("  ", { fields: ["tags"], explain: true })).toEqual({ tags: [], explain: {} });
  });

  it("without fields, or with every field, gives the full Article", () => {
    const all = parseArticle(page, { url, fields: FIELD_NAMES });
    const { explain: _explain, ...article } = full;
    expect(all).toEqual(article);
    expect(Object.keys(article).sort()).toEqual([...FIELD_NAMES].filter((name) => name in article).sort());
  });

  it("rejects unknown field names and non-arrays with a TypeError naming the valid fields", () => {
    expect(() => parseArticle(page, { fields: ["headline", "title" as keyof Article] })).toThrow(
      /option "fields" has an unknown field "title"; the fields are headline, breadcrumb, dateline, published, authors, body, figures, tags, related/,
    );
    expect(() => parseArticle(page, { fields: "headline" as unknown as [] })).toThrow(TypeError);
    expect(() => parseArticle(page, { fields: [42 as unknown as "headline"] })).toThrow(/unknown field number 42/);
  });

  it("types the result as the requested fields only", () => {
    const partial = parseArticle(page, { url, fields: ["headline", "tags"] });
    const tags: Article["tags"] = partial.tags;
    // @ts-expect-error body was not requested, so it is not in the type
    expect(partial.body).toBeUndefined();
    expect(tags).toEqual(full.tags);
  });
});
