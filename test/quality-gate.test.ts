// The quality gate: the public-corpus scores must not drop below bench/baseline.json. Runs `scripts/eval.mjs`
// (this library only, no peers) and skips when ../shared/corpus is absent.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const corpus = path.resolve(root, "..", "shared", "corpus");
const baseline = JSON.parse(readFileSync(path.join(root, "bench", "baseline.json"), "utf8")) as { scores: Record<string, number> };
/** Scores may move by rounding noise only. */
const TOLERANCE = 0.0005;

describe.skipIf(!existsSync(corpus))("quality gate on ../shared/corpus", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "article-anatomy-gate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let scores: Record<string, number> | undefined;
  const run = () => {
    if (!scores) {
      const out = path.join(dir, "eval.json");
      execFileSync("node", [path.join(root, "scripts", "eval.mjs"), "--no-peers", "--quiet", "--out", out], { cwd: root, stdio: "pipe", timeout: 600_000 });
      scores = (JSON.parse(readFileSync(out, "utf8")) as { gate: Record<string, number> }).gate;
    }
    return scores;
  };
  for (const [measure, floor] of Object.entries(baseline.scores)) {
    it(`${measure} stays at or above ${floor.toFixed(4)}`, { timeout: 600_000 }, () => {
      const value = run()[measure];
      expect(value, `${measure} is missing from the eval`).toBeTypeOf("number");
      expect(value!).toBeGreaterThanOrEqual(floor - TOLERANCE);
    });
  }
});

if (!existsSync(corpus)) {
  console.warn(`quality gate skipped: no corpus at ${corpus}`);
}
