/**
 * Real encoded bytes: the pages under test/hostile/encodings/ were made once with Debian's `iconv` from UTF-8
 * text (`iconv -f utf-8 -t GBK` …, see the README there) and read back by eye. Each is checked through
 * `parseArticle`, which decodes by the rule of src/core/decode.ts and docs/security.md: BOM, then the first
 * `<meta>` declaration in the first 64 KiB (unless valid non-ASCII UTF-8 contradicts a legacy one), then the
 * `charset` option, then a sniff.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeHtml } from "../../src/core/decode.js";
import { parseArticle } from "../../src/index.js";
import { checkArticle } from "./article-checks.js";

const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./encodings/${name}`, import.meta.url)));

/** What each page says, in UTF-8. */
const TEXT = {
  zh: { headline: "台风来袭 城市停课", paragraph: "气象部门表示，台风预计周三在沿海登陆，全市中小学停课一天，市民应减少外出。" },
  zhExtended: { headline: "台风来袭 城市停课", paragraph: "气象部门表示，台风预计周三在沿海登陆，全市中小学停课一天，市民应减少外出。 𠀀𠀁 是扩展B区的字。" },
  tw: { headline: "颱風來襲 全市停課", paragraph: "氣象單位表示，颱風預計週三在沿海登陸，全市中小學停課一天，民眾應減少外出。" },
  ja: { headline: "台風接近 全校休校", paragraph: "気象庁によると、台風は水曜日に沿岸部に上陸する見込みで、市内の小中学校は休校となる。" },
  ko: { headline: "태풍 상륙 전교 휴교", paragraph: "기상청은 태풍이 수요일 해안에 상륙할 것으로 예상되며 시내 초중학교가 하루 휴교한다고 밝혔다." },
  fr: { headline: "Fête de l’été à Montréal", paragraph: "Les cafés du quartier célèbrent « l’été » avec des crêpes à 5 € et des “soirées” très animées." },
};

function expectReads(bytes: Uint8Array | ArrayBuffer, text: { headline: string; paragraph: string }, charset?: string): void {
  const article = parseArticle(bytes, charset === undefined ? undefined : { charset });
  checkArticle(article);
  expect(article.headline).toBe(text.headline);
  expect(article.body.paragraphs).toEqual([text.paragraph]);
}

describe("pages that declare their charset", () => {
  it.each<[string, keyof typeof TEXT, string]>([
    ["gbk-declared.html", "zh", "gb18030"],
    ["gb18030-declared.html", "zhExtended", "gb18030"],
    ["big5-declared.html", "tw", "big5"],
    ["shift_jis-declared.html", "ja", "shift_jis"],
    ["euc-kr-declared.html", "ko", "euc-kr"],
    ["windows-1252-declared.html", "fr", "windows-1252"],
  ])("%s reads as %s", (file, text, charset) => {
    expectReads(bytesOf(file), TEXT[text]);
    expect(decodeHtml(bytesOf(file)).charset).toBe(charset);
  });

  it("wins over a charset option that says otherwise", () => {
    expectReads(bytesOf("big5-declared.html"), TEXT.tw, "gbk");
    expectReads(bytesOf("euc-kr-declared.html"), TEXT.ko, "shift_jis");
  });

  it("is read from an ArrayBuffer as from a Uint8Array", () => {
    const bytes = bytesOf("shift_jis-declared.html");
    expectReads(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, TEXT.ja);
  });
});

describe("pages that declare nothing", () => {
  it.each<[string, keyof typeof TEXT, string]>([
    ["gbk-undeclared.html", "zh", "gb18030"],
    ["gb18030-undeclared.html", "zhExtended", "gb18030"],
    ["windows-1252-undeclared.html", "fr", "windows-1252"],
  ])("%s is sniffed as %s", (file, text, charset) => {
    expectReads(bytesOf(file), TEXT[text]);
    expect(decodeHtml(bytesOf(file)).charset).toBe(charset);
  });

  // The sniff cannot tell Big5, Shift_JIS and EUC-KR from GB18030 (docs/security.md): such pages are read as
  // GB18030, which gives a well-formed Article of the wrong characters. With the charset option they read right.
  it.each<[string, keyof typeof TEXT, string]>([
    ["big5-undeclared.html", "tw", "big5"],
    ["shift_jis-undeclared.html", "ja", "shift_jis"],
    ["euc-kr-undeclared.html", "ko", "euc-kr"],
  ])("%s needs the charset option (%s)", (file, text, charset) => {
    const guessed = parseArticle(bytesOf(file));
    checkArticle(guessed);
    expect(guessed.headline).not.toBe(TEXT[text].headline);
    expectReads(bytesOf(file), TEXT[text], charset);
  });

  it("the charset option accepts the labels pages use (x-sjis, ks_c_5601-1987, big5-hkscs)", () => {
    expectReads(bytesOf("shift_jis-undeclared.html"), TEXT.ja, "x-sjis");
    expectReads(bytesOf("euc-kr-undeclared.html"), TEXT.ko, "ks_c_5601-1987");
    expectReads(bytesOf("big5-undeclared.html"), TEXT.tw, "Big5-HKSCS");
  });
});

describe("declarations that lie or contradict each other", () => {
  it("a UTF-8 BOM wins over a <meta> that says GBK and over the charset option", () => {
    expectReads(bytesOf("utf-8-bom-meta-says-gbk.html"), TEXT.zh);
    expectReads(bytesOf("utf-8-bom-meta-says-gbk.html"), TEXT.zh, "big5");
  });

  it("UTF-8 bytes under a <meta> that says GB2312 are read as UTF-8", () => {
    expectReads(bytesOf("utf-8-meta-says-gb2312.html"), TEXT.zh);
    expect(decodeHtml(bytesOf("utf-8-meta-says-gb2312.html")).charset).toBe("utf-8");
  });

  it("UTF-8 bytes under a <meta> that says ISO-8859-1 are read as UTF-8", () => {
    expectReads(bytesOf("utf-8-meta-says-iso-8859-1.html"), TEXT.fr);
  });

  it("GBK bytes under a <meta> that says UTF-8 are read as declared, with U+FFFD for what is not UTF-8", () => {
    // A UTF-8 page with one broken byte is far more common than a mislabelled GBK page; guessing would ruin it.
    const article = parseArticle(bytesOf("gbk-meta-says-utf-8.html"));
    checkArticle(article);
    expect(decodeHtml(bytesOf("gbk-meta-says-utf-8.html")).charset).toBe("utf-8");
    expect(article.body.text).toContain("\ufffd");
  });

  it("of two declarations, the first wins", () => {
    expectReads(bytesOf("big5-then-gbk-declared.html"), TEXT.tw);
    expect(decodeHtml(bytesOf("big5-then-gbk-declared.html")).charset).toBe("big5");
  });

  it("a declaration after the first 64 KiB is not seen; the option, else the sniff, decides", () => {
    const padding = new TextEncoder().encode(`<!-- ${"x".repeat(70_000)} -->`);
    const page = bytesOf("big5-declared.html");
    const bytes = new Uint8Array(padding.length + page.length);
    bytes.set(padding);
    bytes.set(page, padding.length);
    expect(decodeHtml(bytes).charset).toBe("gb18030");
    // Unseen, it is no declaration: the charset option comes before the sniff.
    expect(decodeHtml(bytes, "big5").charset).toBe("big5");
    expect(decodeHtml(new Uint8Array([...page, ...padding])).charset).toBe("big5");
  });

  it("an unknown label in a <meta> is skipped for the next declaration", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="x-no-such"><meta charset="euc-kr">'), ...bytesOf("euc-kr-undeclared.html")]);
    expect(decodeHtml(bytes).charset).toBe("euc-kr");
  });
});

describe("bytes that are no encoding at all", () => {
  it.each([
    ["random bytes", Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)],
    ["truncated UTF-8 sequences", new Uint8Array([0x3c, 0x70, 0x3e, 0xe4, 0xb8, 0xe4, 0x3c, 0x2f, 0x70, 0x3e])],
    ["overlong UTF-8", new Uint8Array([0x3c, 0x70, 0x3e, 0xc0, 0xbc, 0xe0, 0x80, 0xbc, 0x3c, 0x2f, 0x70, 0x3e])],
    ["a lone UTF-16 BOM and an odd byte count", new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x70])],
    ["UTF-16BE BOM", new Uint8Array([0xfe, 0xff, 0x00, 0x3c, 0x00, 0x70, 0x00, 0x3e, 0x4e, 0x2d])],
    ["NUL bytes", new Uint8Array(1000)],
  ])("%s give a well-formed Article", (_, bytes) => {
    checkArticle(parseArticle(bytes));
  });
});
