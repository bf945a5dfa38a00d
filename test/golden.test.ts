/**
 * The golden cases: every `fixtures/<case>/` (and `../shared/golden/<case>/` when that folder is beside the
 * repository) is parsed with `parseArticle` and compared with its `expected.json`.
 *
 * The comparison is the one `shared/tools/golden-check.mjs` makes: only the keys expected.json names are
 * scored; `null` means absent or empty; `published`/`date` match by prefix, or by `Date.parse` when the
 * expected value has a time; strings are compared NFC-normalised with whitespace collapsed; arrays by length
 * and order. There is one test per case and field, so a failure names both.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";
import { same } from "./helpers/golden-compare.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const fixturesDir = path.join(repoRoot, "fixtures");
const sharedGoldenDir = path.resolve(repoRoot, "../shared/golden");

// The comparison of shared/tools/golden-check.mjs, kept identical.

/** Points at the first place where actual departs from expected, so a long array or object is readable. */
function explain(where: string, exp: unknown, act: unknown, key?: string): string {
  if (exp && act && typeof exp === "object" && typeof act === "object") {
    if (Array.isArray(exp)) {
      if (!Array.isArray(act)) return `${where}: expected an array, got ${JSON.stringify(act).slice(0, 200)}`;
      const i = exp.findIndex((e, j) => !same(e, act[j]));
      const at = i < 0 ? exp.length : i;
      return (
        `${where}: expected ${exp.length} items, got ${act.length}; first difference at [${at}]\n` +
        `  expected ${String(JSON.stringify(exp[at])).slice(0, 300)}\n  actual   ${String(JSON.stringify(act[at])).slice(0, 300)}`
      );
    }
    const e = exp as Record<string, unknown>;
    const a = act as Record<string, unknown>;
    const k = Object.keys(e).find((k) => !same(e[k], a[k], k));
    if (k) return explain(`${where}.${k}`, e[k], a[k], k);
  }
  void key;
  return `${where}\n  expected ${String(JSON.stringify(exp)).slice(0, 300)}\n  actual   ${String(JSON.stringify(act)).slice(0, 300)}`;
}

// ---- the cases ----

interface GoldenCase {
  name: string;
  dir: string;
  expected: Record<string, unknown>;
  url?: string;
}

function loadCases(root: string): GoldenCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, "expected.json")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(root, name);
      const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as Record<string, unknown>;
      const inputPath = path.join(dir, "input.json");
      const input = existsSync(inputPath) ? (JSON.parse(readFileSync(inputPath, "utf8")) as { url?: string }) : {};
      return { name, dir, expected, url: input.url };
    });
}

function defineCases(cases: GoldenCase[]): void {
  for (const c of cases) {
    describe(c.name, () => {
      // Parsed once per case, on first use; a parse error fails every field of the case with that error.
      let parsed: { value?: Record<string, unknown>; error?: unknown } | undefined;
      const actual = (): Record<string, unknown> => {
        if (!parsed) {
          try {
            const bytes = readFileSync(path.join(c.dir, "page.html"));
            parsed = { value: parseArticle(bytes, c.url ? { url: c.url } : {}) as unknown as Record<string, unknown> };
          } catch (error) {
            parsed = { error };
          }
        }
        if (parsed.error) throw parsed.error;
        return parsed.value!;
      };
      const fields = Object.keys(c.expected);
      if (fields.length === 0) it.skip("expected.json names no fields", () => {});
      for (const field of fields) {
        it(field, () => {
          const exp = c.expected[field];
          const act = actual()[field];
          if (!same(exp, act, field)) expect.fail(explain(`${c.name}.${field}`, exp, act, field));
        });
      }
    });
  }
}

describe("fixtures", () => {
  const cases = existsSync(fixturesDir) ? loadCases(fixturesDir) : [];
  if (cases.length === 0) it.skip("no fixtures/<case>/expected.json found", () => {});
  defineCases(cases);
});

describe("shared golden (../shared/golden)", () => {
  if (!existsSync(sharedGoldenDir)) {
    console.warn(`golden.test: ${sharedGoldenDir} not found, its cases are skipped (CI has ../shared beside the repository)`);
    it.skip(`../shared/golden not found at ${sharedGoldenDir}; skipped (CI has it beside the repository)`, () => {});
    return;
  }
  const cases = loadCases(sharedGoldenDir);
  if (cases.length === 0) it.skip("../shared/golden holds no cases", () => {});
  defineCases(cases);
});
