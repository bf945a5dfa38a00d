/**
 * The command line's arguments: `article-anatomy [FILES|DIRS|URLS|-] [options]`, parsed into `CliOptions`.
 * Everything wrong with them is a `UsageError` (exit code 2), found before any input is read.
 * @module
 */
import { DEFAULT_MAX_INPUT, FIELD_NAMES } from "../parse-article.js";
import type { FieldName } from "../types.js";

/** The output formats `--format` accepts. */
export const FORMATS = ["json", "ndjson", "markdown", "text"] as const;
/** One of `FORMATS`. */
export type OutputFormat = (typeof FORMATS)[number];

/** Largest input accepted by default: the library's own default, 64 MiB. */
export const DEFAULT_MAX_BYTES = DEFAULT_MAX_INPUT;
/** How long a URL may take, headers and body, by default. */
const DEFAULT_TIMEOUT_MS = 30_000;

export const USAGE = `Usage: article-anatomy [FILES|DIRS|URLS|-] [options]

Parses news-article pages and prints their parts. An input is a file, a directory
(every .html/.htm file in it, recursively), an http(s) URL, or - for standard input
(the default when no input is given and standard input is not a terminal).

Options:
  --format FORMAT   json (default for one page), ndjson (default for several pages),
                    markdown or text
  --fields LIST     only these fields, comma-separated:
                    ${FIELD_NAMES.slice(0, 5).join(",")},
                    ${FIELD_NAMES.slice(5).join(",")}
  --url URL         the page's absolute URL; relative links resolve against it
                    (one input only; a fetched page uses its own URL)
  --charset NAME    charset of the input when the page declares none
  --explain         also report which strategy produced each field
  --sites FILE      site rules (a JSON array of SiteRule), tried before the built-in ones
  --jobs N          parse files in N worker threads (default 1)
  --timeout MS      time limit for fetching a URL (default ${DEFAULT_TIMEOUT_MS})
  --max-bytes N     largest input accepted, in bytes (default ${DEFAULT_MAX_BYTES})
  -h, --help        show this help
  -v, --version     show the version

Exit codes: 0 every input parsed, 1 some inputs failed (one line each on stderr),
2 usage error.`;

/** A mistake in the arguments: reported with the usage, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** What the arguments ask for. */
export interface CliOptions {
  /** The inputs as given: paths, URLs, `-`. Empty means standard input. */
  inputs: string[];
  /** Absent: json for one page, ndjson for several. */
  format?: OutputFormat;
  fields?: FieldName[];
  url?: string;
  charset?: string;
  /** `--sites FILE`: the JSON file of site rules (read and checked by the run, before any input). */
  sitesFile?: string;
  explain: boolean;
  jobs: number;
  timeoutMs: number;
  maxBytes: number;
}

/** Options that take a value, as `--name VALUE` or `--name=VALUE`. */
const VALUE_OPTIONS = new Set(["--format", "--fields", "--url", "--charset", "--sites", "--jobs", "--timeout", "--max-bytes"]);

/** Parses `argv` (without node and the script). */
export function parseCliArgs(argv: readonly string[]): CliOptions | "help" | "version" {
  const options: CliOptions = { inputs: [], explain: false, jobs: 1, timeoutMs: DEFAULT_TIMEOUT_MS, maxBytes: DEFAULT_MAX_BYTES };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyInputs || arg === "-" || !arg.startsWith("-")) {
      options.inputs.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyInputs = true;
      continue;
    }
    if (arg === "-h" || arg === "--help") return "help";
    if (arg === "-v" || arg === "--version") return "version";
    if (arg === "--explain") {
      options.explain = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option ${arg}`);
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      value = next;
    }
    applyOption(options, name, value);
  }
  if (options.url !== undefined && options.inputs.length > 1) {
    throw new UsageError(`--url names the URL of one page; it cannot be used with ${options.inputs.length} inputs`);
  }
  return options;
}

function applyOption(options: CliOptions, name: string, value: string): void {
  switch (name) {
    case "--format":
      if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got ${JSON.stringify(value)}`);
      options.format = value as OutputFormat;
      return;
    case "--fields":
      options.fields = parseFields(value);
      return;
    case "--url":
      if (!isAbsoluteHttpUrl(value)) throw new UsageError(`--url must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
      options.url = value;
      return;
    case "--charset":
      options.charset = value;
      return;
    case "--sites":
      options.sitesFile = value;
      return;
    case "--jobs":
      options.jobs = positiveInteger(name, value);
      return;
    case "--timeout":
      options.timeoutMs = positiveInteger(name, value);
      return;
    case "--max-bytes":
      options.maxBytes = positiveInteger(name, value);
      return;
  }
}

function parseFields(value: string): FieldName[] {
  const names = value.split(",").map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) throw new UsageError(`--fields needs at least one field: ${FIELD_NAMES.join(", ")}`);
  const unknown = names.filter((name) => !(FIELD_NAMES as readonly string[]).includes(name));
  if (unknown.length) throw new UsageError(`--fields: unknown field${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; the fields are ${FIELD_NAMES.join(", ")}`);
  return [...new Set(names)] as FieldName[];
}

function positiveInteger(name: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${name} must be a positive whole number, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && /^https?:\/\//i.test(value.trim());
  } catch {
    return false;
  }
}

/** Whether an input names a page on the web rather than a file. */
export function isWebUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}
