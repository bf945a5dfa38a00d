/**
 * What `parseArticle` accepts and what it refuses: a string, a `Uint8Array` (a `Buffer` too) or an
 * `ArrayBuffer`; anything else is a `TypeError` that names what it got. Empty input is an empty `Article`.
 * Bad options are a `TypeError`; input over `maxInputBytes` (64 MiB by default) is a `RangeError`.
 */
import { describe, expect, it } from "vitest";
import { emptyArticle, parseArticle } from "../../src/index.js";
import { checkArticle } from "./article-checks.js";

const URL = "https://www.example.com/news/2024/05/02/story.html";
const PAGE = `<html><head><title>Water rates approved</title></head><body><article><h1>Water rates approved</h1>
<div class="entry-content"><p>The city council voted on Tuesday to approve a new tiered water rate structure for residents.</p>
<p>Households that use more water will pay more per gallon under the plan, which takes effect in July.</p></div></article></body></html>`;

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

describe("parseArticle refuses what is not HTML", () => {
  it.each<[string, unknown, string]>([
    ["null", null, "null"],
    ["undefined", undefined, "undefined"],
    ["a number", 42, "number 42"],
    ["NaN", Number.NaN, "number NaN"],
    ["a bigint", 10n, "bigint 10"],
    ["a boolean", false, "boolean false"],
    ["a symbol", Symbol("page"), "symbol"],
    ["a function", () => "<p>x</p>", "function"],
    ["a plain object", { html: "<p>x</p>" }, "an object (Object)"],
    ["an array", ["<p>x</p>"], "an array"],
    ["an array of bytes", [60, 112, 62], "an array"],
    ["a String object", new String("<p>x</p>"), "an object (String)"],
    ["a DataView", new DataView(new ArrayBuffer(4)), "an object (DataView)"],
    ["a Uint16Array", new Uint16Array(4), "an object (Uint16Array)"],
    ["a Date", new Date(0), "an object (Date)"],
    ["a Promise", Promise.resolve("<p>x</p>"), "an object (Promise)"],
  ])("%s is a TypeError naming it", (_, input, named) => {
    const error = thrown(() => parseArticle(input as string));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain("string, Uint8Array or ArrayBuffer");
    expect(error.message).toContain(named);
  });
});

describe("parseArticle reads every form of bytes", () => {
  const bytes = new TextEncoder().encode(PAGE);
  const expected = parseArticle(PAGE, { url: URL });

  it("reads a Uint8Array, a Buffer, an ArrayBuffer and a Uint8Array view into a larger buffer alike", () => {
    expect(expected.headline).toBe("Water rates approved");
    expect(parseArticle(bytes, { url: URL })).toEqual(expected);
    expect(parseArticle(Buffer.from(PAGE), { url: URL })).toEqual(expected);
    expect(parseArticle(bytes.buffer.slice(0) as ArrayBuffer, { url: URL })).toEqual(expected);
    const padded = new Uint8Array(bytes.length + 20);
    padded.set(bytes, 10);
    expect(parseArticle(padded.subarray(10, 10 + bytes.length), { url: URL })).toEqual(expected);
  });

  it("reads a SharedArrayBuffer-backed Uint8Array", () => {
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
    shared.set(bytes);
    expect(parseArticle(shared, { url: URL })).toEqual(expected);
  });
});

describe("empty and blank input is an empty Article, never an error", () => {
  it.each(["", " ", "\n\r\t\f", "\u00a0\u3000\ufeff", " ".repeat(100_000), "<!-- -->", "<html></html>", "<!doctype html>", "<>", "<", "&", "\u0000"])(
    "%j",
    (input) => {
      const article = parseArticle(input, { url: URL });
      checkArticle(article);
      expect(article.body.paragraphs).toEqual([]);
    },
  );

  it("is exactly emptyArticle() for empty and whitespace-only strings and bytes", () => {
    for (const input of ["", "   ", "\n\t", new Uint8Array(0), new ArrayBuffer(0), new TextEncoder().encode("  \n ")]) {
      expect(parseArticle(input)).toEqual(emptyArticle());
    }
  });

  it("gives a BOM-only page as an empty Article", () => {
    expect(parseArticle(Uint8Array.of(0xef, 0xbb, 0xbf))).toEqual(emptyArticle());
    expect(parseArticle(Uint8Array.of(0xff, 0xfe))).toEqual(emptyArticle());
  });
});

describe("the url option", () => {
  it.each([
    "",
    " ",
    "/news/story.html",
    "story.html",
    "//example.com/story.html",
    "example.com/story.html",
    "www.example.com",
    "ftp://example.com/story.html",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "data:text/html,<p>x</p>",
    "mailto:editor@example.com",
    "https://",
    "http://",
    "https:///path",
    "http://exa mple.com/",
    "http://[::1",
  ])("throws a TypeError quoting %j", (url) => {
    const error = thrown(() => parseArticle(PAGE, { url }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain('"url"');
    expect(error.message).toContain(JSON.stringify(url));
  });

  it.each<[string, unknown, string]>([
    ["a number", 42, "number 42"],
    ["null", null, "null"],
    ["a URL object", new globalThis.URL(URL), "an object (URL)"],
    ["an array", [URL], "an array"],
  ])("throws a TypeError naming %s", (_, url, named) => {
    const error = thrown(() => parseArticle(PAGE, { url: url as string }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain(named);
  });

  it.each(["http://example.com", "https://example.com/a?b=c#d", "HTTPS://EXAMPLE.COM/A", "https://xn--fsq.example/新闻/1.html", "http://127.0.0.1:8080/x"])(
    "accepts %j",
    (url) => {
      checkArticle(parseArticle(PAGE, { url }));
    },
  );

  it("is checked even when the input is empty", () => {
    expect(() => parseArticle("", { url: "/relative" })).toThrow(TypeError);
  });
});

describe("the maxInputBytes option", () => {
  it.each([0, -1, Number.NaN, "1000", null, {}])("throws a TypeError for %j", (max) => {
    const error = thrown(() => parseArticle(PAGE, { maxInputBytes: max as number }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain('"maxInputBytes"');
  });

  it("throws a RangeError naming the size and the limit, for strings and bytes alike", () => {
    const bytes = new TextEncoder().encode(PAGE);
    for (const input of [PAGE, bytes, bytes.buffer as ArrayBuffer]) {
      const error = thrown(() => parseArticle(input, { maxInputBytes: 100 }));
      expect(error).toBeInstanceOf(RangeError);
      expect(error.message).toContain("maxInputBytes (100)");
      expect(error.message).toContain(String(bytes.length));
    }
  });

  it("accepts input exactly at the limit", () => {
    expect(() => parseArticle(PAGE, { maxInputBytes: PAGE.length })).not.toThrow();
  });

  it("refuses input over 64 MiB by default, before any parsing", () => {
    const over = new Uint8Array(64 * 1024 * 1024 + 1);
    const error = thrown(() => parseArticle(over));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toContain(String(64 * 1024 * 1024));
  });

  it("is checked before the size of empty input is considered", () => {
    expect(() => parseArticle("", { maxInputBytes: -5 })).toThrow(TypeError);
  });
});

describe("other options", () => {
  it.each(["https://example.com/", 42, true])("throws a TypeError for options %j", (options) => {
    expect(() => parseArticle(PAGE, options as unknown as object)).toThrow(TypeError);
  });

  it("takes null and undefined options as none", () => {
    checkArticle(parseArticle(PAGE, null as unknown as undefined));
    checkArticle(parseArticle(PAGE, undefined));
  });

  it("ignores an unknown charset label and still decodes", () => {
    const article = parseArticle(new TextEncoder().encode(PAGE), { url: URL, charset: "no-such-charset" });
    expect(article.headline).toBe("Water rates approved");
  });

  it("does not change the options object or the input bytes", () => {
    const options = Object.freeze({ url: URL, explain: true });
    const bytes = new TextEncoder().encode(PAGE);
    const copy = bytes.slice();
    parseArticle(bytes, options);
    expect(bytes).toEqual(copy);
  });
});
