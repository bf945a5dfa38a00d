import { describe, expect, it } from "vitest";
import { findDatesInText, parseDateText, type DateTextOptions } from "../../src/core/parse-date-text.js";

interface Row {
  text: string;
  want: string | undefined;
  options?: DateTextOptions;
}

const rows: Row[] = [
  // --- numeric, year first ---------------------------------------------------------------------------
  { text: "2019-09-23", want: "2019-09-23" },
  { text: "发布时间：2019-09-23 14:34:05 来源：新华社", want: "2019-09-23T14:34:05" },
  { text: "2019/9/23", want: "2019-09-23" },
  { text: "2019.09.23", want: "2019-09-23" },
  { text: "2019. 9. 23. 오후 2:30", want: "2019-09-23T14:30" },
  { text: "2005-9-15 11:46:00", want: "2005-09-15T11:46:00" },
  { text: "2022.01.20 16:31", want: "2022-01-20T16:31" },
  { text: "2019-09-23T14:34:05+08:00", want: "2019-09-23T14:34:05+08:00" },
  { text: "2019-09-23T14:34:05Z", want: "2019-09-23T14:34:05Z" },
  { text: "２０１９－０９－２３", want: undefined }, // full-width dashes are not separators
  { text: "２０１９年９月２３日", want: "2019-09-23" },
  // --- zh / ja / ko ----------------------------------------------------------------------------------
  { text: "2019年9月23日 14:34", want: "2019-09-23T14:34" },
  { text: "2005年03月21日11:21 《理财周刊》", want: "2005-03-21T11:21" },
  { text: "2005年01月06日 星期四 08:13", want: "2005-01-06T08:13" },
  { text: "2019年9月23日14时34分", want: "2019-09-23T14:34" },
  { text: "投稿日：2019年9月23日", want: "2019-09-23" },
  { text: "2019년 9월 23일 오후 2시 30분", want: "2019-09-23T14:30" },
  { text: "民國108年9月23日", want: "2019-09-23" },
  { text: "民国108年9月23日 下午3:05", want: "2019-09-23T15:05" },
  // --- numeric, day first ----------------------------------------------------------------------------
  { text: "23.09.2019", want: "2019-09-23" },
  { text: "04.02.2022 | 13:10 Uhr | Uta Helkenberg", want: "2022-02-04T13:10" },
  { text: "21.01.2022 - 13:30", want: "2022-01-21T13:30" },
  { text: "17/03/2020", want: "2020-03-17" },
  { text: "06/02/2022 - 13:48", want: "2022-02-06T13:48" },
  { text: "06/02/2022", want: "2022-06-02", options: { monthFirst: true } },
  { text: "9/17/2004 5:54:13 AM", want: "2004-09-17T05:54:13" },
  { text: "7/5/2005 9:23:57 PM", want: "2005-07-05T21:23:57" },
  { text: "31.10.23", want: undefined },
  { text: "31.10.23", want: "2023-10-31", options: { twoDigitYears: true } },
  // --- month names -----------------------------------------------------------------------------------
  { text: "September 23, 2019", want: "2019-09-23" },
  { text: "Sep 23, 2019 2:30 PM", want: "2019-09-23T14:30" },
  { text: "Sept. 23, 2019, 12:05 a.m.", want: "2019-09-23T00:05" },
  { text: "Wednesday, October 16, 2019", want: "2019-10-16" },
  { text: "December 29th 2019", want: "2019-12-29" },
  // Month-first dates end in a day and a year, in any of their spellings (the month scan runs only then).
  { text: "DECEMBER 1ST, 2019", want: "2019-12-01" },
  { text: "Dec.  1.   2019", want: "2019-12-01" },
  { text: "Posted Sep ２３ ２０１９", want: "2019-09-23" },
  { text: "March 11, 2020 at 9:15 am", want: "2020-03-11T09:15" },
  { text: "23 September 2019", want: "2019-09-23" },
  { text: "13 Oct 2020 18:29", want: "2020-10-13T18:29" },
  { text: "23. September 2019, 14:30 Uhr", want: "2019-09-23T14:30" },
  { text: "Freitag, 5. Juni 2015", want: "2015-06-05" },
  { text: "30. März 2021", want: "2021-03-30" },
  { text: "23 septembre 2019 à 14h30", want: "2019-09-23T14:30" },
  { text: "Publié le 1er mars 2020", want: "2020-03-01" },
  { text: "23 de septiembre de 2019", want: "2019-09-23" },
  { text: "Publicado el 5 de mayo del 2021", want: "2021-05-05" },
  { text: "23 settembre 2019", want: "2019-09-23" },
  { text: "23 september 2019", want: "2019-09-23" },
  { text: "12 maart 2020", want: "2020-03-12" },
  { text: "23 de setembro de 2019", want: "2019-09-23" },
  { text: "5 de março de 2020", want: "2020-03-05" },
  // --- negatives -------------------------------------------------------------------------------------
  { text: "", want: undefined },
  { text: "no date here", want: undefined },
  { text: "2019-02-30", want: undefined },
  { text: "2019-13-01", want: undefined },
  { text: "1989-06-04", want: undefined },
  { text: "2101-01-01", want: undefined },
  { text: "Vol. 8 No. 2 (May 2018)", want: undefined },
  { text: "September 2019", want: undefined },
  { text: "v1.2.3 and 10.0.0.1", want: undefined },
  { text: "9.087 Feststellungen", want: undefined },
  { text: "DOI 10.12677/MOM.2018.82002", want: undefined },
  { text: "Mainz 5 2019", want: undefined },
  { text: "ISBN 978-3-16-148410-0", want: undefined },
  { text: "12345678901234567890", want: undefined },
  { text: "2019-09-23 25:61", want: "2019-09-23" },
  { text: "2019-09-23 13:30 PM", want: "2019-09-23" },
  { text: "1.2.2019.5", want: undefined },
];

describe("parseDateText", () => {
  it.each(rows.map((r) => [r.text, r.want, r.options] as const))("%s → %s", (text, want, options) => {
    expect(parseDateText(text, options)).toBe(want);
  });
});

describe("findDatesInText", () => {
  it("finds every date in order, with offsets", () => {
    const text = "Veröffentlicht: 23.09.2019 · Aktualisiert: 24. September 2019, 08:15 Uhr";
    expect(findDatesInText(text)).toEqual([
      { value: "2019-09-23", index: 16, length: 10, hasTime: false },
      { value: "2019-09-24T08:15", index: 43, length: 25, hasTime: true },
    ]);
  });

  it("reads an overlapping match once", () => {
    expect(findDatesInText("2019-09-23").map((d) => d.value)).toEqual(["2019-09-23"]);
  });

  it("does not depend on the clock: a date without a year is not a date", () => {
    expect(findDatesInText("9月23日 14:34 · Sep 23 · 23. September")).toEqual([]);
  });

  it("reads a day-first date with the widest gap its pattern allows between day and year", () => {
    // Suffix, dot, 3 spaces, `de` + 3 spaces, the longest month name, dot, comma, 3 spaces, `del` + 3 spaces:
    // 32 characters between day and year, all the pattern allows. One more space is no date.
    const widest = "23rd.   de   septiembre.,   del   2019";
    expect(findDatesInText(`Publicado el ${widest}.`)).toEqual([{ value: "2019-09-23", index: 13, length: widest.length, hasTime: false }]);
    expect(findDatesInText("23rd.   de   septiembre.,   del    2019")).toEqual([]);
    expect(findDatesInText("le 1er mars 2020 à 14h05")[0]?.value).toBe("2020-03-01T14:05");
  });

  it("honours minYear and maxYear", () => {
    expect(parseDateText("2005-01-06", { minYear: 2010 })).toBeUndefined();
    expect(parseDateText("2025-01-06", { maxYear: 2020 })).toBeUndefined();
  });
});

describe("adversarial input stays linear", () => {
  const inputs: [string, string][] = [
    ["digits", "1".repeat(200_000)],
    ["digit groups", "2019-".repeat(50_000)],
    ["dots", "12.".repeat(70_000)],
    ["spaces", `2019${" ".repeat(200_000)}年`],
    ["colons", `2019-09-23 ${"1:".repeat(100_000)}`],
    ["month words", "September ".repeat(20_000)],
    ["day month runs", "23 Sep ".repeat(30_000)],
    ["cjk", "2019年".repeat(40_000)],
  ];
  it.each(inputs)("%s", (_name, text) => {
    const start = performance.now();
    findDatesInText(text);
    expect(performance.now() - start).toBeLessThan(1500);
  });
});
