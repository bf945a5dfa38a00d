#!/usr/bin/env node
// The property tests of test/property/ with as many cases as you ask for: a nightly-style fuzz run.
//
//   npm run fuzz                          # 100 000 cases, a fresh seed
//   npm run fuzz -- --cases 1000000       # more
//   npm run fuzz -- --seed 1234567        # replay a run (the seed is printed at the start of every run)
//
// The cases are split between arbitrary strings, tag soup and mutated fixture pages as in `npm test`, which
// runs 10 000. A failure prints the shrunk input and the seed and path that replay it; exit code 1.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(fileURLToPath(new URL("..", import.meta.url)));

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: "100000" },
    seed: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log("usage: npm run fuzz -- [--cases N] [--seed S]");
  process.exit(0);
}
const cases = Number(values.cases);
if (!Number.isInteger(cases) || cases < 1) {
  console.error(`--cases must be a positive integer, got ${values.cases}`);
  process.exit(2);
}
const seed = values.seed !== undefined ? Number(values.seed) : (Date.now() ^ (Math.random() * 0x100000000)) | 0;
if (!Number.isInteger(seed)) {
  console.error(`--seed must be an integer, got ${values.seed}`);
  process.exit(2);
}

console.log(`fuzz: ${cases} cases, seed ${seed}`);
const start = performance.now();
const child = spawn("npx", ["--no", "--", "vitest", "run", "test/property", "--reporter=default"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, FUZZ_CASES: String(cases), FUZZ_SEED: String(seed) },
  shell: process.platform === "win32",
});
child.on("close", (code) => {
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(`fuzz: ${cases} cases, seed ${seed}: ${code === 0 ? "passed" : "FAILED"} in ${seconds}s`);
  process.exitCode = code ?? 1;
});
