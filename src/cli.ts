/**
 * The command line: `article-anatomy [FILES|DIRS|URLS|-] [--format json|ndjson|markdown|text] [--fields …]
 * [--url URL] [--charset NAME] [--explain] [--jobs N] [--timeout MS] [--max-bytes N]`. See `docs/cli.md`.
 * Exit codes: 0 every input parsed, 1 some inputs failed, 2 usage error.
 *
 * Built to `dist/cli.js` (with `dist/cli-worker.js` for `--jobs`); the library itself uses no Node built-ins.
 * @module
 */
import { runCli } from "./cli/run.js";

declare const __VERSION__: string;

// `| head` closes the pipe early: that ends the output, it is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  io: { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
  version: typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0",
  workerFile: new URL("./cli-worker.js", import.meta.url),
});
