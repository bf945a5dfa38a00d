/** Running the built CLI (`dist/cli.js`) in a child process, building it first when `dist/` lacks it. */
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const cliPath = path.join(repoRoot, "dist", "cli.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` from the repository root, `stdin` piped in when given. */
export function runCli(args: string[], stdin?: string | Uint8Array): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    if (stdin !== undefined) child.stdin.end(stdin);
    else child.stdin.end();
  });
}

/**
 * Builds the package when `dist/` lacks the CLI or the library (`npm test` builds first, so this is for a
 * lone `vitest run`). Several test files call this at once: a lock folder lets one of them build while the
 * others wait, since each build starts by deleting `dist/`.
 */
export async function ensureBuilt(): Promise<void> {
  const built = (): boolean => ["cli.js", "cli-worker.js", "index.js", "render.js"].every((file) => existsSync(path.join(repoRoot, "dist", file)));
  if (built()) return;
  mkdirSync(path.join(repoRoot, ".tmp"), { recursive: true });
  const lock = path.join(repoRoot, ".tmp", "test-build.lock");
  try {
    mkdirSync(lock);
  } catch {
    for (let waited = 0; existsSync(lock) && waited < 170_000; waited += 500) await new Promise((resolve) => setTimeout(resolve, 500));
    return;
  }
  try {
    await new Promise<void>((resolve, reject) => {
      execFile("npm", ["run", "build", "--silent"], { cwd: repoRoot, timeout: 170_000 }, (error, _stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve()));
    });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A fixture case: its page (relative to the repository root, where the CLI runs) and its URL. */
export function fixtureCase(name: string): { page: string; url: string } {
  const input = JSON.parse(readFileSync(path.join(repoRoot, "fixtures", name, "input.json"), "utf8")) as { url: string };
  return { page: `fixtures/${name}/page.html`, url: input.url };
}
