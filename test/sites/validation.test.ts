import { describe, expect, it } from "vitest";
import { createParser, type SiteRule } from "../../src/index.js";
import { BUILTIN_SITE_RULES, compiledBuiltinRules } from "../../src/sites/builtin.js";
import { SIMPLE_SELECTORS } from "../../src/core/simple-select.js";
import { compileSiteRules, normalHost } from "../../src/sites/compile.js";

const OK: SiteRule = { match: { host: "example.com" }, headline: { select: "h1.title" } };

/** Calls `createParser` with `sites` and returns the error it throws. */
function errorOf(sites: unknown): Error {
  try {
    createParser({ sites: sites as SiteRule[] });
  } catch (error) {
    return error as Error;
  }
  throw new Error("createParser did not throw");
}

describe("createParser: site rule validation", () => {
  it("accepts well-formed rules, and every built-in rule", () => {
    expect(() => createParser({ sites: [OK, { name: "Two", match: { host: ["a.example", "b.example"] }, body: { select: ".story", drop: [".ad", "aside"] } }] })).not.toThrow();
    // The built-in rules are read without a CSS engine: each of their selectors is in the library's grammar.
    expect(() => compileSiteRules(BUILTIN_SITE_RULES, "built-in", SIMPLE_SELECTORS)).not.toThrow();
  });

  it("gives parseArticle the built-in rules as compileSiteRules would compile them", () => {
    // parseArticle converts them without the checks; this holds the two forms equal.
    expect(compiledBuiltinRules()).toEqual(compileSiteRules(BUILTIN_SITE_RULES, "built-in", SIMPLE_SELECTORS));
    expect(compiledBuiltinRules()[0]!.fields.body?.drop).toBe(".op-related-articles, .texttj, .banner-ads");
  });

  it("reads a user's rules with css-select, so any CSS is allowed there", () => {
    const sites: SiteRule[] = [{ match: { host: "example.com" }, headline: { select: "main > h1:first-of-type" }, body: { select: ".story", drop: ["p:has(> a.promo)"] } }];
    expect(() => createParser({ sites })).not.toThrow();
    expect(() => compileSiteRules(sites, "built-in", SIMPLE_SELECTORS)).toThrow(/^built-in: site rule 0 \(host "example\.com"\) field "headline" "select": Not a selector/);
  });

  it.each<[string, unknown, typeof TypeError | typeof SyntaxError, RegExp]>([
    ["sites not an array", OK, TypeError, /^createParser option "sites" must be an array of site rules, got an object/],
    ["a rule that is not an object", [OK, "example.com"], TypeError, /^createParser: site rule 1 must be an object, got a string$/],
    ["an unknown rule key", [OK, { match: { host: "news.example" }, title: { select: "h1" } }], TypeError, /^createParser: site rule 1 \(host "news\.example"\) has an unknown key "title"/],
    ["no match", [{ headline: { select: "h1" } }], TypeError, /^createParser: site rule 0: "match" must be an object/],
    ["an unknown match key", [{ match: { host: "example.com", path: "/news/" }, headline: { select: "h1" } }], TypeError, /site rule 0 \(host "example\.com"\): "match" has an unknown key "path"/],
    ["an empty host", [{ match: { host: "" }, headline: { select: "h1" } }], TypeError, /^createParser: site rule 0: "match\.host" must be a host name .* got ""$/],
    ["a URL for a host", [{ match: { host: "https://example.com/news" }, headline: { select: "h1" } }], TypeError, /site rule 0 \(host "https:\/\/example\.com\/news"\): "match\.host" must be a host name/],
    ["a wildcard host", [{ match: { host: "*.example.com" }, headline: { select: "h1" } }], TypeError, /"match\.host" must be a host name .*wildcard/],
    ["a host of the wrong type", [{ match: { host: 42 }, headline: { select: "h1" } }], TypeError, /site rule 0: "match\.host" must be a host name .* got number 42$/],
    ["an empty host list", [{ match: { host: [] }, headline: { select: "h1" } }], TypeError, /site rule 0: "match\.host" must name at least one host$/],
    ["no field rule", [{ match: { host: "example.com" } }], TypeError, /^createParser: site rule 0 \(host "example\.com"\) has no field rule/],
    ["a field rule that is a string", [{ match: { host: "example.com" }, headline: "h1" }], TypeError, /^createParser: site rule 0 \(host "example\.com"\) field "headline" must be an object/],
    ["a missing select", [{ match: { host: "example.com" }, tags: {} }], TypeError, /site rule 0 \(host "example\.com"\) field "tags" "select" must be a non-empty CSS selector string, got undefined$/],
    ["a select of the wrong type", [{ match: { host: "example.com" }, body: { select: 3 } }], TypeError, /field "body" "select" must be a non-empty CSS selector string, got number 3$/],
    ["an unknown field key", [{ match: { host: "example.com" }, tags: { select: "a", drop: [".x"] } }], TypeError, /field "tags" has an unknown key "drop"; its keys are select$/],
    ["an invalid selector", [OK, { match: { host: "example.com" }, headline: { select: "h1[" } }], SyntaxError, /^createParser: site rule 1 \(host "example\.com"\) field "headline" "select": Invalid CSS selector "h1\["/],
    ["an invalid drop selector", [{ match: { host: "example.com" }, body: { select: ".story", drop: [".ad", ".x:nonsense"] } }], SyntaxError, /^createParser: site rule 0 \(host "example\.com"\) field "body" "drop"\[1\]: Invalid CSS selector "\.x:nonsense"/],
    ["a bad attribute", [{ match: { host: "example.com" }, published: { select: "meta", attribute: "" } }], TypeError, /field "published" "attribute" must be an attribute name/],
    ["an empty name", [{ name: " ", match: { host: "example.com" }, headline: { select: "h1" } }], TypeError, /site rule 0 \(host "example\.com"\): "name" must be a non-empty string/],
  ])("rejects %s, naming the rule and the field", (_, sites, kind, message) => {
    const error = errorOf(sites);
    expect(error).toBeInstanceOf(kind);
    expect(error.message).toMatch(message);
  });

  it("rejects bad parser options", () => {
    expect(() => createParser("x" as never)).toThrow(new TypeError("createParser options must be an object, got a string"));
    expect(() => createParser({ site: [] } as never)).toThrow(/^createParser has no option "site"/);
    expect(() => createParser({ extractors: ["headline", "title"] } as never)).toThrow(/^createParser option "extractors" has an unknown field "title"/);
    expect(() => createParser({ extractors: "headline" } as never)).toThrow(/^createParser option "extractors" must be an array/);
    expect(() => createParser({ fallback: "no" } as never)).toThrow(/^createParser option "fallback" must be a boolean/);
  });

  it("normalises hosts: case, a trailing dot, IDNs", () => {
    expect(normalHost("WWW.Example.COM.")).toBe("www.example.com");
    expect(normalHost("例子.测试")).toBe("xn--fsqu00a.xn--0zwm56d");
    for (const bad of ["", " ", "example.com:8080", "example.com/news", ".example.com", "a b.com", "user@example.com"]) expect(normalHost(bad), bad).toBeUndefined();
  });

  it("checks rules once, when the parser is created, and keeps no reference to them", () => {
    const rule = { match: { host: "example.com" }, headline: { select: "h1.title" } };
    const parser = createParser({ sites: [rule] });
    rule.headline.select = "h1["; // a later change to the caller's object does not reach the parser
    const page = `<h1 class="title">From the rule</h1><h1>Other</h1>`;
    expect(parser.parseArticle(page, { url: "https://example.com/a", fields: ["headline"] }).headline).toBe("From the rule");
  });
});
