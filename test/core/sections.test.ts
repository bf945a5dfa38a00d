import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRelatedHeading, mayBeRelatedInitial, mayStartWithRelatedPhrase, startsWithRelatedHeading, startsWithRelatedWord } from "../../src/core/sections.js";
import { cleanText } from "../../src/core/text.js";

const HEADINGS = ["यह भी पढ़ें:", "相关报导：", "Related articles", "Read more on this", "관련 기사", "관련기사", "À lire aussi", "You may also like", "leia também", "Читайте также", "Also Read |", "lesen Sie auch", "【延伸阅读】", "◇ 相关阅读", "相關報道", "Đọc thêm", "ข่าวที่เกี่ยวข้อง", "İLGİLİ HABERLER", "Zobacz również"];

describe("related heading words", () => {
  it("recognise whole headings and heading leads", () => {
    for (const heading of HEADINGS) expect(startsWithRelatedWord(cleanText(heading)), heading).toBe(true);
    expect(isRelatedHeading("相关阅读")).toBe(true);
    expect(isRelatedHeading("Related coverage of the council")).toBe(false);
    expect(startsWithRelatedHeading("相关报导：<a>")).toBe(true);
    expect(startsWithRelatedWord("The council met")).toBe(false);
  });

  it("read a heading set in brackets or after a symbol, and only the heading", () => {
    for (const heading of ["【延伸阅读】", "【相关阅读】：", "◇相关阅读", "★延伸阅读★", "[Related]"]) expect(isRelatedHeading(heading), heading).toBe(true);
    expect(startsWithRelatedHeading("【延伸阅读】<a>")).toBe(true);
    // A bracket dateline or a symbol before other words is not a heading.
    expect(isRelatedHeading("【大纪元2024年3月5日讯】")).toBe(false);
    expect(isRelatedHeading("★ 重要新闻")).toBe(false);
    expect(startsWithRelatedWord("【大纪元2024年3月5日讯】")).toBe(false);
  });

  it("have a first character the initial test lets through", () => {
    for (const heading of HEADINGS) expect(mayBeRelatedInitial(cleanText(heading)[0]), heading).toBe(true);
    expect(mayBeRelatedInitial(undefined)).toBe(false);
  });
});

describe("mayStartWithRelatedPhrase", () => {
  it("lets through raw text whose cleaned form opens with a heading word, whatever its spaces", () => {
    expect(mayStartWithRelatedPhrase("\n\t  Related\u00a0\u00a0 articles")).toBe(true);
    expect(mayStartWithRelatedPhrase("\u200bRead\n   more on this")).toBe(true);
    expect(mayStartWithRelatedPhrase("관련  \n기사")).toBe(true);
    expect(mayStartWithRelatedPhrase("The council met on Tuesday")).toBe(false);
  });

  it("never turns away raw text that cleanText makes a heading lead", () => {
    const space = fc.constantFrom(" ", "  ", "\n", "\t", "\u00a0", "\u3000", "\u200b", " \u200b ", "\ufeff");
    fc.assert(
      fc.property(fc.constantFrom(...HEADINGS), fc.array(space, { maxLength: 3 }), fc.array(space, { maxLength: 6 }), fc.string({ maxLength: 20 }), (heading, lead, inner, tail) => {
        // The heading with its spaces replaced by runs of any space, after leading spaces, with anything after it.
        let i = 0;
        const raw = lead.join("") + heading.replace(/ /g, () => inner[i++ % Math.max(1, inner.length)] ?? " ") + tail;
        if (startsWithRelatedWord(cleanText(raw))) expect(mayStartWithRelatedPhrase(raw), JSON.stringify(raw)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (raw) => {
        if (startsWithRelatedWord(cleanText(raw))) expect(mayStartWithRelatedPhrase(raw)).toBe(true);
      }),
    );
  });
});
