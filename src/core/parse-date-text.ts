/**
 * Dates as pages print them: `2019-09-23 14:34:05`, `2019/9/23`, `23.09.2019`, `2019年9月23日 14:34`,
 * `2019년 9월 23일`, `民國108年9月23日`, `September 23, 2019`, `Sep 23, 2019 2:30 PM`, `23. September 2019`,
 * `23 septembre 2019`, `23 de septiembre de 2019` (and Italian, Dutch, Portuguese month names).
 *
 * A pure function of the text: a missing year is never inferred (least of all from the clock), and every
 * pattern is linear — bounded repetitions, no nested quantifiers — because it reads untrusted page text.
 * @module
 */

import { allMatches } from "./text.js";

/** A date found in text. */
export interface TextDate {
  /**
   * ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` / `YYYY-MM-DDTHH:MM:SS` when the text gives a time. A zone is
   * appended only when the text states one as an offset (`+08:00`, `Z`).
   */
  value: string;
  /** Where the match starts in the text. */
  index: number;
  /** Length of the matched text (date and time). */
  length: number;
  /** True when the text gives a time of day. */
  hasTime: boolean;
}

/** How to read what the text leaves open. */
export interface DateTextOptions {
  /**
   * Read an ambiguous numeric date (`05/07/2021`, `05-07-2021`) month first, as in the US. Default `false`:
   * day first. A date with a part over 12 is never ambiguous, and an AM/PM time implies month first.
   * `05.07.2021` is always day first.
   */
  monthFirst?: boolean;
  /** Accept two-digit years in day-first numeric dates (`31.10.23` → 2023-10-31). Default `false`. */
  twoDigitYears?: boolean;
  /** Earliest plausible year. Default 1990. */
  minYear?: number;
  /** Latest plausible year. Default 2100. */
  maxYear?: number;
}

/**
 * Month names and their usual abbreviations in English, German, French, Spanish, Italian, Dutch and Portuguese,
 * lower-cased. No abbreviation names two different months in two languages.
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ["january", "jan", "januar", "jänner", "janner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro"],
  ["february", "feb", "febr", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "februari", "fevereiro", "fev"],
  ["march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "maart", "mrt", "março", "marco"],
  ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
  ["may", "mai", "mayo", "maggio", "mag", "mei", "maio"],
  ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"],
  ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
  ["august", "aug", "août", "aout", "agosto", "ago", "augustus"],
  ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"],
  ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"],
  ["november", "nov", "novembre", "noviembre", "novembro"],
  ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"],
];

/** Compiled patterns, built on first use so that importing this module does no work. */
interface Patterns {
  monthIndex: Map<string, number>;
  /** `2019-09-23`, `2019/9/23`, `2019.09.23`, `2019. 9. 23.` */
  ymd: RegExp;
  /** `2019年9月23日`, `2019년 9월 23일` */
  cjk: RegExp;
  /** `民國108年9月23日` */
  roc: RegExp;
  /** `23.09.2019`, `23/09/2019`, `09-23-2019`, and with the option `31.10.23` */
  dmy: RegExp;
  /** `September 23, 2019`, `Sep 23 2019`, `December 29th 2019` */
  monthFirst: RegExp;
  /** `23 September 2019`, `23. September 2019`, `1er mars 2020`, `23 de septiembre de 2019` */
  dayFirst: RegExp;
  /** A time right after a date: `14:34:05`, `T14:34`, `, 2:30 PM`, `| 13:10 Uhr`, `14时34分`, `오후 2:30`. */
  time: RegExp;
}

let patterns: Patterns | undefined;

function compiled(): Patterns {
  if (patterns) return patterns;
  const monthIndex = new Map<string, number>();
  MONTH_NAMES.forEach((names, i) => names.forEach((name) => monthIndex.set(name, i + 1)));
  // Longest first, so that "sept" is tried before "sep"; the lookahead stops "mai" matching in "Mainz".
  const months = [...monthIndex.keys()].sort((a, b) => b.length - a.length).join("|");
  const year = "((?:19|20)\\d{2})";
  patterns = {
    monthIndex,
    ymd: new RegExp(`(?<![\\d.,/-])${year}([-/.])\\s?(\\d{1,2})\\2\\s?(\\d{1,2})(?!\\d|[.,]\\d)\\.?`, "g"),
    cjk: new RegExp(`(?<!\\d)${year}\\s{0,2}[年년]\\s{0,2}(\\d{1,2})\\s{0,2}[月월]\\s{0,2}(\\d{1,2})(?:\\s{0,2}[日号號일]|(?!\\d))`, "g"),
    roc: /民[國国]\s{0,2}(\d{2,3})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})(?:\s{0,2}[日号號]|(?!\d))/g,
    dmy: /(?<![\d.,/-])(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?!\d|[.,]\d)/g,
    monthFirst: new RegExp(`(?<![\\p{L}\\d])(${months})(?!\\p{L})\\.?\\s{0,2}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\.?,?\\s{0,3}${year}(?!\\d)`, "giu"),
    dayFirst: new RegExp(
      `(?<![\\p{L}\\d.,/-])(\\d{1,2})(?:st|nd|rd|th|er|e|º|ª|°)?\\.?\\s{0,3}(?:de\\s{1,3})?(${months})(?!\\p{L})\\.?,?\\s{0,3}(?:del?\\s{1,3})?${year}(?!\\d)`,
      "giu",
    ),
    time: new RegExp(
      "^(?:T|\\s{0,3}[,|·•@\\-–—/]?\\s{0,3}[,|·•@\\-–—/]?\\s{0,3}(?:[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?\\s{0,3})?(?:(?:um|à|at|a las|alle|om|às|kl\\.)\\s{1,2})?)" +
        "(上午|下午|午前|午後|오전|오후)?\\s{0,2}(\\d{1,2})\\s{0,2}[:：時时시h]\\s{0,2}(\\d{2})(?:\\s{0,2}[:：分분]\\s{0,2}(\\d{2})(?![\\d]))?(?:[.,]\\d{1,6})?" +
        "(?:\\s{0,2}[秒초])?(Z|[+-]\\d{2}:?\\d{2})?(?:\\s{0,2}(a\\.\\s?m\\.|p\\.\\s?m\\.|am|pm)(?![\\p{L}]))?",
      "iu",
    ),
  };
  return patterns;
}

/** Digits as ASCII: full-width `２０１９` reads as `2019` (same length, so offsets are kept). */
function asciiDigits(text: string): string {
  return text.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** `YYYY-MM-DD` for a real calendar date within the plausible years, else `undefined`. */
function calendarDate(year: number, month: number, day: number, options: DateTextOptions): string | undefined {
  if (year < (options.minYear ?? 1990) || year > (options.maxYear ?? 2100)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

interface TimeOfDay {
  text: string;
  length: number;
  meridiem: boolean;
}

/** The time that follows a date at `end`, if any. */
function timeAfter(text: string, end: number): TimeOfDay | undefined {
  const m = compiled().time.exec(text.slice(end, end + 60));
  if (!m) return undefined;
  const [whole, cjkMeridiem, h, mi, s, zone, meridiem] = m;
  let hour = Number(h);
  const minute = Number(mi);
  const pm = /^(p|下午|午後|오후)/i.test(meridiem ?? cjkMeridiem ?? "");
  const am = /^(a|上午|午前|오전)/i.test(meridiem ?? cjkMeridiem ?? "");
  if (pm || am) {
    if (hour < 1 || hour > 12) return undefined;
    if (pm && hour < 12) hour += 12;
    if (am && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59 || (s !== undefined && Number(s) > 59)) return undefined;
  let iso = `${String(hour).padStart(2, "0")}:${mi}`;
  if (s !== undefined) iso += `:${s}`;
  if (zone) iso += zone.toUpperCase() === "Z" ? "Z" : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  return { text: iso, length: whole.length, meridiem: pm || am || /^(a|p)/i.test(meridiem ?? "") };
}

/** A date match before its time is read: the date's parts and where its text ends. */
interface RawDate {
  index: number;
  end: number;
  /** Returns the date, given whether the time that follows is in AM/PM. */
  date: (meridiem: boolean) => string | undefined;
}

/** A day, then a year (`5, 2019`, `1st 2020`): how every month-first date ends. */
const DAY_THEN_YEAR = /(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?!\d)\.?,?\s{0,3}(?:19|20)\d{2}(?!\d)/i;

function rawDates(text: string, options: DateTextOptions): RawDate[] {
  const p = compiled();
  const found: RawDate[] = [];
  for (const m of allMatches(p.ymd, text)) {
    const [, y, , mo, d] = m;
    found.push({ index: m.index, end: m.index + m[0].length, date: () => calendarDate(Number(y), Number(mo), Number(d), options) });
  }
  for (const m of allMatches(p.cjk, text)) {
    const [, y, mo, d] = m;
    found.push({ index: m.index, end: m.index + m[0].length, date: () => calendarDate(Number(y), Number(mo), Number(d), options) });
  }
  for (const m of allMatches(p.roc, text)) {
    const [, y, mo, d] = m;
    found.push({ index: m.index, end: m.index + m[0].length, date: () => calendarDate(Number(y) + 1911, Number(mo), Number(d), options) });
  }
  for (const m of allMatches(p.dmy, text)) {
    const [, a, sep, b, y] = m;
    if (y!.length === 2 && !options.twoDigitYears) continue;
    if (y!.length === 4 && !/^(19|20)/.test(y!)) continue;
    const year = y!.length === 2 ? 2000 + Number(y) : Number(y);
    const first = Number(a);
    const second = Number(b);
    found.push({
      index: m.index,
      end: m.index + m[0].length,
      date: (meridiem) => {
        // Dots are day first everywhere; slashes and dashes are ambiguous unless one part is over 12.
        const monthFirst = sep !== "." && (second > 12 || (first <= 12 && (meridiem || options.monthFirst === true)));
        return monthFirst ? calendarDate(year, first, second, options) : calendarDate(year, second, first, options);
      },
    });
  }
  // The month-name patterns are by far the slowest (a case-insensitive Unicode alternation tried at every
  // position); a month-first date ends in a day and a year (`5, 2019`), so text without one is not scanned.
  if (DAY_THEN_YEAR.test(text)) for (const m of allMatches(p.monthFirst, text)) {
    const [, name, d, y] = m;
    const month = p.monthIndex.get(name!.toLowerCase());
    if (month) found.push({ index: m.index, end: m.index + m[0].length, date: () => calendarDate(Number(y), month, Number(d), options) });
  }
  for (const m of allMatches(p.dayFirst, text)) {
    const [, d, name, y] = m;
    const month = p.monthIndex.get(name!.toLowerCase());
    if (month) found.push({ index: m.index, end: m.index + m[0].length, date: () => calendarDate(Number(y), month, Number(d), options) });
  }
  return found;
}

/**
 * Every date printed in `text`, in text order, each with the time that follows it when there is one.
 * Overlapping readings keep the one that starts first (then the longer one).
 *
 * @example
 * ```ts
 * findDatesInText("发布时间：2019-09-23 14:34:05 来源：新华社");
 * // [{ value: "2019-09-23T14:34:05", index: 5, length: 19, hasTime: true }]
 * findDatesInText("Posted on Sep 23, 2019 2:30 PM");
 * // [{ value: "2019-09-23T14:30", index: 10, length: 20, hasTime: true }]
 * ```
 */
export function findDatesInText(text: string, options: DateTextOptions = {}): TextDate[] {
  const source = asciiDigits(text);
  if (!/\d/.test(source)) return [];
  const found: TextDate[] = [];
  for (const raw of rawDates(source, options)) {
    const time = timeAfter(source, raw.end);
    const date = raw.date(time?.meridiem ?? false);
    if (!date) continue;
    const length = raw.end - raw.index + (time?.length ?? 0);
    found.push({ value: time ? `${date}T${time.text}` : date, index: raw.index, length, hasTime: time !== undefined });
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: TextDate[] = [];
  let covered = -1;
  for (const date of found) {
    if (date.index < covered) continue;
    kept.push(date);
    covered = date.index + date.length;
  }
  return kept;
}

/**
 * The first date printed in `text` as ISO 8601, or `undefined`.
 *
 * @example
 * ```ts
 * parseDateText("23. September 2019, 14:30 Uhr"); // "2019-09-23T14:30"
 * parseDateText("民國108年9月23日");               // "2019-09-23"
 * ```
 */
export function parseDateText(text: string, options?: DateTextOptions): string | undefined {
  return findDatesInText(text, options)[0]?.value;
}
