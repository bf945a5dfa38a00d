/**
 * A run of the command line: arguments → pages → parsed and formatted in order (in this thread or in worker
 * threads) → standard output, errors one line per input on standard error. Returns the exit code.
 * @module
 */
import { readFileSync } from "node:fs";
import { createParser } from "../create-parser.js";
import type { SiteRule } from "../types.js";
import { parseCliArgs, USAGE, UsageError, type CliOptions } from "./args.js";
import { fetchPage, readUpTo } from "./fetch.js";
import { expandInputs, type PageInput } from "./inputs.js";
import { renderPage, oneLine, type PageJob, type PageResult, type PageSettings } from "./page.js";
import { WorkerPool } from "./pool.js";
import { createProgress, type ProgressStream } from "./progress.js";

/** The streams a run reads and writes (the process's own, or fakes in tests). */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
}

/** What a run needs besides its arguments. */
export interface CliEnvironment {
  io: CliIo;
  version: string;
  /** The built worker entry (`dist/cli-worker.js`), for `--jobs` above 1. */
  workerFile: URL;
}

const PREFIX = "article-anatomy";

/**
 * The site rules of `--sites FILE`: a JSON array of `SiteRule`, checked as `createParser` checks them. A file
 * that cannot be read, is not JSON or holds a bad rule is a usage error (nothing else is read).
 */
function readSites(file: string): SiteRule[] {
  let sites: unknown;
  try {
    sites = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`--sites ${file}: ${oneLine(error)}`);
  }
  try {
    createParser({ sites: sites as SiteRule[] });
  } catch (error) {
    throw new UsageError(`--sites ${file}: ${oneLine(error)}`);
  }
  return sites as SiteRule[];
}

/** Runs the command line with `argv` (without node and the script); resolves with the exit code. */
export async function runCli(argv: readonly string[], env: CliEnvironment): Promise<number> {
  const { io } = env;
  let options: CliOptions;
  let sites: SiteRule[] | undefined;
  try {
    const parsed = parseCliArgs(argv);
    if (parsed === "help") {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (parsed === "version") {
      io.stdout.write(`${env.version}\n`);
      return 0;
    }
    options = parsed;
    if (options.inputs.length === 0) {
      if (io.stdin.isTTY) throw new UsageError("no input: name files, directories or URLs, or pipe a page into standard input");
      options.inputs.push("-");
    }
    if (options.inputs.filter((input) => input === "-").length > 1) throw new UsageError("standard input (-) can be read only once");
    if (options.sitesFile !== undefined) sites = readSites(options.sitesFile);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${PREFIX}: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }

  const expanded = expandInputs(options.inputs);
  const batch = expanded.hadDirectory || expanded.pages.length + expanded.failures.length > 1;
  if (options.url !== undefined && batch) {
    io.stderr.write(`${PREFIX}: --url names the URL of one page; the inputs give ${expanded.pages.length} pages\n`);
    return 2;
  }
  const settings: PageSettings = {
    format: options.format ?? (batch ? "ndjson" : "json"),
    batch,
    explain: options.explain,
    maxBytes: options.maxBytes,
    ...(options.fields && { fields: options.fields }),
    ...(options.url !== undefined && { url: options.url }),
    ...(options.charset !== undefined && { charset: options.charset }),
    ...(sites && { sites }),
  };

  const progress = createProgress(io.stderr, expanded.pages.length);
  let failed = expanded.failures.length;
  for (const failure of expanded.failures) progress.log(`${PREFIX}: ${failure.name}: ${failure.error}`);

  const output = orderedOutput(io.stdout, settings);
  const pool = options.jobs > 1 && expanded.pages.length > 1 ? new WorkerPool(Math.min(options.jobs, expanded.pages.length), env.workerFile, settings) : undefined;
  const render = (job: PageJob): Promise<PageResult> => (pool ? pool.render(job) : Promise.resolve(renderPage(job, settings)));
  try {
    await forEachLimited(expanded.pages, pool ? options.jobs : 1, async (page, index) => {
      let result: PageResult;
      try {
        result = await render(await pageJob(page, options, env));
      } catch (error) {
        result = { ok: false, error: oneLine(error) };
      }
      progress.tick(page.name);
      if (!result.ok) {
        failed++;
        progress.log(`${PREFIX}: ${page.name}: ${result.error}`);
      }
      output.put(index, result.ok ? result.output : undefined);
    });
  } finally {
    await pool?.close();
    progress.done();
  }
  output.end();
  return failed > 0 ? 1 : 0;
}

/** Reads what must be read in this thread (standard input, a URL); a file is read where it is parsed. */
async function pageJob(page: PageInput, options: CliOptions, env: CliEnvironment): Promise<PageJob> {
  if (page.kind === "file") return { name: page.name, source: { kind: "file", path: page.path } };
  if (page.kind === "stdin") return { name: page.name, source: { kind: "bytes", bytes: await readUpTo(env.io.stdin, options.maxBytes, () => new RangeError(`standard input is over the limit of ${options.maxBytes} bytes (--max-bytes)`)) } };
  const fetched = await fetchPage(page.url, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, userAgent: `${PREFIX}/${env.version}` });
  return {
    name: page.name,
    source: { kind: "bytes", bytes: fetched.bytes, url: fetched.url, ...(fetched.charset !== undefined && { httpCharset: fetched.charset }) },
  };
}

/** Runs `task` over `items` with at most `limit` running at once. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * Writes the pages' records in input order as they complete (a finished page waits for the ones before it),
 * framed for the format: a JSON array for a JSON batch, one line per page for NDJSON, a blank line between
 * Markdown or text documents. `undefined` marks a failed page: nothing is printed for it.
 */
function orderedOutput(stdout: CliIo["stdout"], settings: PageSettings): { put(index: number, record: string | undefined): void; end(): void } {
  const waiting = new Map<number, string | undefined>();
  let nextIndex = 0;
  let printed = 0;
  const jsonArray = settings.format === "json" && settings.batch;
  const write = (record: string): void => {
    if (jsonArray) stdout.write(`${printed === 0 ? "[\n" : ",\n"}${record.replace(/^/gm, "  ")}`);
    else if (settings.format === "json" || settings.format === "ndjson") stdout.write(`${record}\n`);
    else if (record !== "") stdout.write(`${printed === 0 ? "" : "\n"}${record}`);
    printed++;
  };
  return {
    put(index, record) {
      waiting.set(index, record);
      while (waiting.has(nextIndex)) {
        const ready = waiting.get(nextIndex);
        waiting.delete(nextIndex++);
        if (ready !== undefined) write(ready);
      }
    },
    end() {
      if (jsonArray) stdout.write(printed === 0 ? "[]\n" : "\n]\n");
    },
  };
}
