/**
 * The command line: `article-anatomy [FILE|-] [--url URL] [--charset NAME] [--explain]` prints the page's
 * `Article` as JSON. Exit codes: 0 parsed, 1 the input could not be read or parsed, 2 usage error.
 * @module
 */
import { readFileSync } from "node:fs";
import { parseArticle, type ParseArticleOptions } from "./parse-article.js";

const USAGE = `Usage: article-anatomy [FILE|-] [--url URL] [--charset NAME] [--explain]

Prints the Article parsed from FILE (or standard input, with - or no FILE) as JSON.

Options:
  --url URL        the page's absolute URL; relative links resolve against it
  --charset NAME   charset of the input when the page declares none
  --explain        also report which strategy produced each field
  -h, --help       show this help
  -v, --version    show the version`;

declare const __VERSION__: string;

class UsageError extends Error {}

interface CliArgs {
  file: string;
  options: ParseArticleOptions;
}

function parseArgs(argv: string[]): CliArgs | "help" | "version" {
  let file: string | undefined;
  const options: ParseArticleOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === "-h" || arg === "--help") return "help";
    if (arg === "-v" || arg === "--version") return "version";
    if (arg === "--url") options.url = value();
    else if (arg.startsWith("--url=")) options.url = arg.slice(6);
    else if (arg === "--charset") options.charset = value();
    else if (arg === "--explain") options.explain = true;
    else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg}`);
    else if (file !== undefined) throw new UsageError(`only one input is accepted, got ${file} and ${arg}`);
    else file = arg;
  }
  return { file: file ?? "-", options };
}

/** Runs the CLI with `argv` (without node and the script); returns the exit code. */
export function main(argv: string[]): number {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`article-anatomy: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args === "version") {
    process.stdout.write(`${typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0"}\n`);
    return 0;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file === "-" ? 0 : args.file);
  } catch (error) {
    process.stderr.write(`article-anatomy: cannot read ${args.file}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const article = parseArticle(bytes, args.options);
    process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
    return 0;
  } catch (error) {
    const code = error instanceof TypeError && /option/.test((error as Error).message) ? 2 : 1;
    process.stderr.write(`article-anatomy: ${args.file}: ${(error as Error).message}\n`);
    return code;
  }
}

process.exitCode = main(process.argv.slice(2));
