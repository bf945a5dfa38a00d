#!/usr/bin/env node
// The whole test command (`npm test`): typecheck, build, vitest, then the Deno test against the build.
//
// Its last line is always `N passed, N failed` (with `, N skipped` when tests were skipped): the tests that
// passed and failed under vitest and Deno together. A step that fails outside any test — the typecheck,
// the build, a test file that cannot load, a runner that cannot start — counts as one failed test, so the
// line never reads "0 failed" for a run that exits non-zero. Exit code: 0 when nothing failed and both
// runners executed at least one test, else 1.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const isWindows = process.platform === "win32";
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];
const timings = [];

/** Runs a command in the repository root, its output shown live; resolves with its exit code and output. */
function run(command, args, { env = {}, capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
      shell: isWindows,
    });
    let output = "";
    if (capture) {
      child.stdout.on("data", (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
      child.stderr.on("data", (chunk) => {
        output += chunk;
        process.stderr.write(chunk);
      });
    }
    child.on("error", (error) => resolve({ code: -1, output: `${output}\n${error.message}`, error }));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

async function step(name, fn) {
  console.log(`\n━━ ${name} ━━`);
  const start = performance.now();
  try {
    await fn();
  } catch (error) {
    totals.failed++;
    problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  timings.push(`${name} ${((performance.now() - start) / 1000).toFixed(1)}s`);
}

await step("typecheck (tsc --noEmit)", async () => {
  const { code } = await run("npx", ["--no", "--", "tsc", "--noEmit"]);
  if (code !== 0) throw new Error(`tsc exited with ${code}`);
});

await step("build (npm run build)", async () => {
  const { code } = await run("npm", ["run", "build", "--silent"]);
  if (code !== 0) throw new Error(`the build exited with ${code}`);
});

await step("vitest", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "article-anatomy-vitest-"));
  const report = path.join(dir, "report.json");
  try {
    const { code } = await run("npx", ["--no", "--", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
    if (!existsSync(report)) throw new Error(`vitest could not run (exit ${code}, no JSON report)`);
    const json = JSON.parse(readFileSync(report, "utf8"));
    const passed = json.numPassedTests ?? 0;
    const failed = json.numFailedTests ?? 0;
    const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    // A test file that fails to load, or whose beforeAll throws, can fail without any failed test in it.
    let brokenFiles = 0;
    for (const file of json.testResults ?? []) {
      const failedInFile = (file.assertionResults ?? []).filter((t) => t.status === "failed").length;
      if (file.status === "failed" && failedInFile === 0) {
        brokenFiles++;
        problems.push(`vitest: ${path.relative(root, file.name)} failed outside its tests: ${String(file.message ?? "").split("\n")[0].slice(0, 300)}`);
      }
    }
    totals.passed += passed;
    totals.failed += failed + brokenFiles;
    totals.skipped += skipped;
    console.log(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped${brokenFiles ? `, ${brokenFiles} file(s) broken` : ""} (exit ${code})`);
    if (passed + failed === 0) throw new Error("vitest executed no tests");
    if (code !== 0 && failed + brokenFiles === 0) throw new Error(`vitest exited with ${code} although no test failed`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

await step("deno test", async () => {
  const { code, output } = await run("npx", ["--no", "--", "deno", "test", "-A"], {
    capture: true,
    env: { NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" },
  });
  // Deno's summary: `ok | 1 passed | 0 failed (12ms)`, `FAILED | 2 passed (3 steps) | 1 failed | 1 ignored (40ms)`.
  const summary = output
    .split(/\r?\n/)
    .filter((line) => /^(ok|FAILED) \| \d+ passed/.test(line.trim()))
    .at(-1);
  if (!summary) throw new Error(`deno could not run (exit ${code}, no summary line)`);
  const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(summary)?.[1] ?? 0);
  const passed = count("passed");
  const failed = count("failed");
  const skipped = count("ignored");
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  console.log(`deno: ${passed} passed, ${failed} failed, ${skipped} skipped (exit ${code})`);
  if (passed + failed === 0) throw new Error("deno executed no tests");
  if (code !== 0 && failed === 0) throw new Error(`deno exited with ${code} although no test failed`);
});

console.log(`\n━━ summary ━━\ntimes: ${timings.join(", ")}`);
for (const problem of problems) console.log(`problem: ${problem}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exitCode = totals.failed > 0 || problems.length > 0 ? 1 : 0;
