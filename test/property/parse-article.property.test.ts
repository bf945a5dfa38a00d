/**
 * Property: `parseArticle` never throws on a string, and always gives a well-formed `Article` (every array
 * present, texts trimmed, URLs absolute http(s), `body.html` safe) — for arbitrary strings, tag soup, and
 * mutated fixture pages, as strings and as UTF-8 bytes.
 *
 * FUZZ_CASES sets the total number of cases (default 10 000, split 30 / 30 / 40 between the three kinds);
 * FUZZ_SEED replays a run. `npm run fuzz -- --cases 100000` runs this file with more cases.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { checkArticle } from "../hostile/article-checks.js";
import { FIXTURE_PAGES, anyString, mutatedFixture, tagSoup } from "./inputs.js";

const TOTAL_CASES = Number(process.env.FUZZ_CASES ?? 10_000);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Date.now() ^ (Math.random() * 0x100000000);
/** Generous: 10 000 cases take about a minute on the 2-core dev machine. */
const TIMEOUT = Math.max(120_000, TOTAL_CASES * 40);

if (!Number.isInteger(TOTAL_CASES) || TOTAL_CASES < 1) throw new Error(`FUZZ_CASES must be a positive integer, got ${process.env.FUZZ_CASES}`);

function wellFormed({ html, url }: { html: string; url: string | undefined }): void {
  checkArticle(parseArticle(html, url === undefined ? undefined : { url }));
}

function wellFormedFromBytes({ html, url }: { html: string; url: string | undefined }): void {
  checkArticle(parseArticle(new TextEncoder().encode(html), url === undefined ? undefined : { url }));
}

describe(`parseArticle on ${TOTAL_CASES} generated inputs (seed ${SEED})`, () => {
  it("has fixture pages to mutate", () => {
    expect(FIXTURE_PAGES.length).toBeGreaterThan(0);
  });

  it("arbitrary strings", { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(anyString, wellFormed), { numRuns: Math.ceil(TOTAL_CASES * 0.2), seed: SEED });
    // The same strings as bytes: lone surrogates become U+FFFD, and the bytes go through charset detection.
    fc.assert(fc.property(anyString, wellFormedFromBytes), { numRuns: Math.ceil(TOTAL_CASES * 0.1), seed: SEED + 1 });
  });

  it("tag soup", { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(tagSoup, wellFormed), { numRuns: Math.ceil(TOTAL_CASES * 0.3), seed: SEED + 2 });
  });

  it("mutated fixture pages", { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(mutatedFixture, wellFormed), { numRuns: Math.ceil(TOTAL_CASES * 0.4), seed: SEED + 3 });
  });
});
