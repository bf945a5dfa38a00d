/**
 * Every regex fed its adversarial input: a 100 000-character run of a character it repeats, given to each
 * text parser directly and to `parseArticle` in every place of a page an extractor reads. A regex that
 * backtracks turns such a run into minutes (a run of spaces in JSON-LD never finished, one in a breadcrumb
 * took seconds before the fixes of issue 5); each case here takes well under a second on the dev machine.
 * The bound is a timeout, not a timing assertion.
 */
import { describe, expect, it } from "vitest";
import { decodeHtml, declaredCharset } from "../../src/core/decode.js";
import { parseBareNames, parseBracketCredit, parseByline, parseInfoLine } from "../../src/core/parse-byline.js";
import { findDatesInText, parseDateText } from "../../src/core/parse-date-text.js";
import { parseDateline } from "../../src/core/parse-dateline.js";
import { escapeHtml } from "../../src/core/sanitize.js";
import { isRelatedHeading, startsWithRelatedHeading } from "../../src/core/sections.js";
import { cleanText, letterCount } from "../../src/core/text.js";
import { isFrontPageHref, resolveUrl } from "../../src/core/url.js";
import { parseArticle } from "../../src/index.js";
import { checkArticle } from "./article-checks.js";
import { pageWithEverywhere, run, RUN_UNITS } from "./hostile-pages.js";

const URL = "https://www.example.com/news/2024/05/02/story.html";

/** The text parsers of src/core, each fed the run as its whole input. */
const TEXT_PARSERS: Record<string, (text: string) => unknown> = {
  parseDateline: (text) => parseDateline(text),
  "parseDateline with a reference date": (text) => parseDateline(text, { referenceDate: "2024-05-02" }),
  parseByline,
  parseInfoLine,
  parseBareNames,
  "parseBracketCredit at the start": (text) => parseBracketCredit(text, "start"),
  "parseBracketCredit at the end": (text) => parseBracketCredit(text, "end"),
  parseDateText: (text) => parseDateText(text),
  findDatesInText: (text) => findDatesInText(text),
  cleanText,
  letterCount,
  isRelatedHeading,
  startsWithRelatedHeading,
  escapeHtml,
  resolveUrl: (text) => resolveUrl(text, URL),
  isFrontPageHref: (text) => isFrontPageHref(text, true),
  decodeHtml: (text) => decodeHtml(new TextEncoder().encode(text)),
  "declaredCharset of <meta charset=…run…>": (text) => declaredCharset(new TextEncoder().encode(`<meta charset="${text}">`)),
};

describe.each(Object.entries(RUN_UNITS))("a 100 000-character run of %j", (_, unit) => {
  const text = run(unit);

  it("passes through every text parser", { timeout: 20_000 }, () => {
    for (const [name, parse] of Object.entries(TEXT_PARSERS)) {
      expect(() => parse(text), name).not.toThrow();
      // After the text itself, the same run as the tail of a plausible line (`LONDON, May 2 (Reuters) - …`).
      expect(() => parse(`WASHINGTON, May 2 (AP) — By Jane Doe ${text}`), name).not.toThrow();
    }
  });

  it("in every place of a page, gives a well-formed Article", { timeout: 20_000 }, () => {
    checkArticle(parseArticle(pageWithEverywhere(text), { url: URL }));
  });
});
