import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allMatches, cleanText, collapseWhitespace, isWhitespaceCode, letterCount, squeezeSpaces, uniqueBy, visibleEnd } from "../../src/core/text.js";

describe("cleanText", () => {
  const rows: { name: string; text: string; want: string }[] = [
    { name: "trims", text: "  hello  ", want: "hello" },
    { name: "collapses spaces, tabs and newlines", text: "a \t\n  b\r\nc", want: "a b c" },
    { name: "no-break space", text: "a\u00a0\u00a0b\u00a0", want: "a b" },
    { name: "ideographic space", text: "\u3000中文\u3000\u3000段落\u3000", want: "中文 段落" },
    { name: "zero-width space", text: "\u200bword\u200b \u200bnext", want: "word next" },
    { name: "byte-order mark", text: "\ufeffTitle", want: "Title" },
    { name: "narrow and em spaces", text: "a\u2009b\u2003c", want: "a b c" },
    { name: "line and paragraph separators", text: "a\u2028b\u2029c", want: "a b c" },
    { name: "nothing but whitespace", text: " \u00a0\u3000\u200b\n", want: "" },
    { name: "empty", text: "", want: "" },
    { name: "CJK text is not re-spaced", text: "三位消息人士说，朝鲜和韩国正在谈判。", want: "三位消息人士说，朝鲜和韩国正在谈判。" },
    { name: "punctuation is kept as written", text: "“Yes,” she said — twice…", want: "“Yes,” she said — twice…" },
  ];
  it.each(rows)("$name", ({ text, want }) => {
    expect(cleanText(text)).toBe(want);
  });
});

describe("letterCount", () => {
  const rows: { name: string; text: string; want: number }[] = [
    { name: "latin letters", text: "Hello, world!", want: 10 },
    { name: "digits count", text: "2024-05-02", want: 8 },
    { name: "Chinese characters each count", text: "中文段落", want: 4 },
    { name: "Chinese punctuation does not", text: "你好，世界！", want: 4 },
    { name: "Japanese kana and kanji", text: "関連記事です", want: 6 },
    { name: "Korean syllables", text: "관련 기사", want: 4 },
    { name: "full-width digits", text: "１２３", want: 3 },
    { name: "accented letters", text: "café naïve", want: 9 },
    { name: "Cyrillic", text: "Читайте также", want: 12 },
    { name: "whitespace and punctuation only", text: " \u3000—…「」()", want: 0 },
    { name: "empty", text: "", want: 0 },
  ];
  it.each(rows)("$name", ({ text, want }) => {
    expect(letterCount(text)).toBe(want);
  });

  it("counts every UTF-16 code unit as the documented ranges say", () => {
    // The definition, written as ranges: ASCII letters and digits; above Latin-1's punctuation and symbols,
    // everything but punctuation blocks, low surrogates (a pair counts once), the BOM and zero-width space.
    const reference = (c: number): number => {
      if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
      const outside = [[0x80, 0xbf], [0x2000, 0x2bff], [0x3000, 0x303f], [0xfe30, 0xfe4f], [0xff00, 0xff0f], [0xff1a, 0xff20], [0xff3b, 0xff40], [0xff5b, 0xff65], [0xdc00, 0xdfff], [0xfeff, 0xfeff], [0x200b, 0x200b]];
      return outside.some(([from, to]) => c >= from! && c <= to!) ? 0 : 1;
    };
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (letterCount(String.fromCharCode(c)) !== reference(c)) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
    expect(letterCount("𠀀𝐀")).toBe(2);
  });
});

describe("collapseWhitespace", () => {
  it.each([
    ["a b c", "a b c"],
    ["  a b  ", "a b"],
    ["a  b", "a b"],
    ["a\tb\nc", "a b c"],
    ["a\u00a0b", "a b"],
    ["a\u3000\u3000b", "a b"],
    // Zero-width spaces are not whitespace here (`cleanText` removes them).
    ["a\u200bb", "a\u200bb"],
    ["", ""],
  ])("%j → %j", (text, want) => {
    expect(collapseWhitespace(text)).toBe(want);
    // The fast path gives what the plain replacement gives.
    expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, " ").trim());
  });
});

describe("squeezeSpaces", () => {
  it.each([
    ["a b c", "a b c"],
    // Not trimmed: the text is joined to its neighbours.
    [" a b ", " a b "],
    ["  a  b  ", " a b "],
    ["a\tb\nc", "a b c"],
    ["a\u00a0\u3000b", "a b"],
    ["\ufeffa", " a"],
    // Zero-width spaces are spaces here, as in `cleanText`.
    ["a\u200bb", "a b"],
    ["a \u200b b", "a b"],
    ["", ""],
  ])("%j → %j", (text, want) => {
    expect(squeezeSpaces(text)).toBe(want);
    // The fast path gives what the plain replacement gives (the one the printed page used before).
    expect(squeezeSpaces(text)).toBe(text.replace(/[\s\u00a0\u200b\u3000\ufeff]+/g, " "));
  });
});

describe("uniqueBy", () => {
  it("keeps the first of each key, in order", () => {
    const items = [{ k: "a", n: 1 }, { k: "b", n: 2 }, { k: "a", n: 3 }, { k: "c", n: 4 }, { k: "b", n: 5 }];
    expect(uniqueBy(items, (i) => i.k)).toEqual([{ k: "a", n: 1 }, { k: "b", n: 2 }, { k: "c", n: 4 }]);
  });

  it("does not change its input", () => {
    const items = ["x", "x", "y"];
    uniqueBy(items, (i) => i);
    expect(items).toEqual(["x", "x", "y"]);
  });

  it("gives [] for []", () => {
    expect(uniqueBy([], String)).toEqual([]);
  });
});

describe("cleanText fast path", () => {
  const reference = (text: string) => text.replace(/[\s\u00a0\u200b\u3000\ufeff]+/g, " ").trim();
  // Every character `\s` matches, and three that look like spaces but are not (U+0085, U+180E, U+200C).
  const spaces = ["\t", "\n", "\v", "\f", "\r", " ", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
  const alphabet = ["a", "中", "  ", "\u200b", ".", "\r\n", "\u0085", "\u180e", "\u200c", ...spaces];

  it("gives what one regex replace and trim give, on any mix of spaces and text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(cleanText(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("takes exactly the characters of \\s (and U+200B) for spaces", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      expect(cleanText(`x${c}`), `U+${code.toString(16)}`).toBe(reference(`x${c}`));
      expect(cleanText(`${c}x`), `U+${code.toString(16)}`).toBe(reference(`${c}x`));
    }
  });

  it("finds where the kept text ends as cleanText does", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        const kept = reference(text);
        const end = visibleEnd(text);
        // The kept text ends with the character before `end`, and nothing after it is kept.
        expect(kept === "" ? end === 0 : kept.endsWith(text[end - 1]!) && reference(text.slice(end)) === "").toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("returns a clean text itself", () => {
    const text = "already clean 文字";
    expect(cleanText(text)).toBe(text);
  });
});

describe("allMatches", () => {
  const same = (pattern: RegExp, text: string) => {
    const got = allMatches(pattern, text).map((m) => [m.index, [...m]]);
    const want = [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => [m.index, [...m]]);
    expect(got).toEqual(want);
    expect(pattern.lastIndex).toBe(0);
  };

  it("finds what matchAll finds, groups and offsets included, and leaves lastIndex at 0", () => {
    same(/(\d{4})-(\d{2})/g, "from 2019-09 to 2020-10, not 12-34");
    same(/时间|日期/g, "发布时间：2019 日期 时间时间");
    same(/x/g, "no match here");
    same(/x/g, "");
  });

  it("steps over empty matches, a whole code point at a time with the u flag", () => {
    same(/a*/g, "baaac");
    same(/(?:)/gu, "a😀b");
    same(/(?:)/g, "a😀b");
    same(/^ {0,3}(`+)/gm, "```\n  ``\nx `\n`");
  });

  it("restarts from the beginning whatever lastIndex the pattern was left at", () => {
    const pattern = /b/g;
    pattern.lastIndex = 5;
    expect(allMatches(pattern, "abcabc").map((m) => m.index)).toEqual([1, 4]);
  });

  it("rejects a pattern without the g flag, which would loop forever", () => {
    expect(() => allMatches(/a/, "aaa")).toThrow(TypeError);
  });

  it("agrees with matchAll on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        same(/[ab]+|(?=c)/g, text);
        same(/\d{1,2}|/gu, text);
      }),
    );
  });
});

describe("isWhitespaceCode", () => {
  it("agrees with \\s on every UTF-16 code unit", () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    expect(disagreements).toEqual([]);
  });
});
