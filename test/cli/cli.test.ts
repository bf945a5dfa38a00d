/**
 * The built command line on files, directories and standard input: formats, fields, batches, worker threads,
 * exit codes and error lines. Fetching URLs is in fetch.test.ts; the progress bar in progress.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, fixtureCase, repoRoot, runCli } from "./helpers.js";

interface Library {
  parseArticle(html: Uint8Array | string, options?: object): Record<string, unknown>;
  toMarkdown(article: object): string;
  toText(article: object): string;
}

let lib: Library;
let scratch: string;
const yonhap = fixtureCase("yonhap-korean-dateline");
const kyodo = fixtureCase("kyodo-japanese-dateline");
const fixturePages = readdirSync(path.join(repoRoot, "fixtures"))
  .sort()
  .map((name) => `fixtures/${name}/page.html`);

/** What the library itself gives for a page: the CLI's output is compared with this. */
const parsed = (page: string, options: object): Record<string, unknown> => lib.parseArticle(readFileSync(path.join(repoRoot, page)), options);

beforeAll(async () => {
  await ensureBuilt();
  lib = (await import(path.join(repoRoot, "dist", "index.js"))) as Library;
  mkdirSync(path.join(repoRoot, ".tmp"), { recursive: true });
  scratch = mkdtempSync(path.join(repoRoot, ".tmp", "cli-test-"));
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("one page", () => {
  it("prints the page's Article as indented JSON, the same as parseArticle", async () => {
    const run = await runCli([yonhap.page, "--url", yonhap.url]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(`${JSON.stringify(parsed(yonhap.page, { url: yonhap.url }), null, 2)}\n`);
  });

  it("--fields prints only those fields; --explain names their strategies", async () => {
    const run = await runCli([yonhap.page, `--url=${yonhap.url}`, "--fields", "authors,headline", "--explain"]);
    expect(run.code).toBe(0);
    const article = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(article)).toEqual(["headline", "authors", "explain"]);
    expect(article).toEqual(parsed(yonhap.page, { url: yonhap.url, fields: ["headline", "authors"], explain: true }));
  });

  it("--format markdown and --format text print toMarkdown and toText of the Article", async () => {
    const article = parsed(kyodo.page, { url: kyodo.url });
    const markdown = await runCli([kyodo.page, "--url", kyodo.url, "--format", "markdown"]);
    expect(markdown).toMatchObject({ code: 0, stdout: lib.toMarkdown(article) });
    expect(markdown.stdout.startsWith(`# ${String(article.headline)}\n\n`)).toBe(true);
    const text = await runCli([kyodo.page, "--url", kyodo.url, "--format=text"]);
    expect(text).toMatchObject({ code: 0, stdout: lib.toText(article) });
  });

  it("--format ndjson prints one line naming the input", async () => {
    const run = await runCli([kyodo.page, "--format", "ndjson", "--fields", "headline"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${JSON.stringify({ input: kyodo.page, article: parsed(kyodo.page, { fields: ["headline"] }) })}\n`);
  });

  it("reads standard input with - (and with no input when stdin is not a terminal)", async () => {
    const bytes = readFileSync(path.join(repoRoot, yonhap.page));
    const expected = `${JSON.stringify(parsed(yonhap.page, { url: yonhap.url, fields: ["headline", "dateline"] }), null, 2)}\n`;
    expect(await runCli(["-", "--url", yonhap.url, "--fields", "headline,dateline"], bytes)).toMatchObject({ code: 0, stdout: expected });
    expect(await runCli(["--url", yonhap.url, "--fields", "headline,dateline"], bytes)).toMatchObject({ code: 0, stdout: expected });
  });

  it("--charset decodes a page that declares none", async () => {
    // "日本の東京" in Shift_JIS, in a page with no charset declaration.
    const sjis = Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x82, 0xcc, 0x93, 0x8c, 0x8b, 0x9e]);
    const page = Buffer.concat([Buffer.from("<html><body><article><h1>"), sjis, Buffer.from("</h1><p>Text.</p></article></body></html>")]);
    const file = path.join(scratch, "sjis.html");
    writeFileSync(file, page);
    const run = await runCli([file, "--charset", "shift_jis", "--fields", "headline"]);
    expect(run).toMatchObject({ code: 0, stdout: `${JSON.stringify({ headline: "日本の東京" }, null, 2)}\n` });
  });

  it("--max-bytes refuses a larger file with exit 1", async () => {
    const run = await runCli([kyodo.page, "--max-bytes", "1000"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^article-anatomy: fixtures\/kyodo-japanese-dateline\/page\.html: the file is \d+ bytes, over the limit of 1000 \(--max-bytes\)\n$/);
  });

  it("--max-bytes refuses a larger standard input with exit 1", async () => {
    const run = await runCli(["-", "--max-bytes", "1000"], readFileSync(path.join(repoRoot, kyodo.page)));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("standard input is over the limit of 1000 bytes (--max-bytes)");
  });
});

describe("batches", () => {
  it("a directory gives one NDJSON line per page, in path order, each the page's Article", async () => {
    const run = await runCli(["fixtures", "--fields", "headline,published"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const lines = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { input: string; article: unknown });
    expect(lines.map((line) => line.input)).toEqual(fixturePages);
    for (const line of lines) expect(line.article, line.input).toEqual(parsed(line.input, { fields: ["headline", "published"] }));
  });

  it("--jobs 2 spreads the pages over worker threads with the same output", async () => {
    const single = await runCli(["fixtures", "--format", "ndjson"]);
    const workers = await runCli(["fixtures", "--format", "ndjson", "--jobs", "2"]);
    expect(workers).toMatchObject({ code: 0, stderr: "" });
    expect(workers.stdout).toBe(single.stdout);
    expect(workers.stdout.trimEnd().split("\n")).toHaveLength(fixturePages.length);
  }, 60_000);

  it("--format json on several pages prints one JSON array of {input, article}", async () => {
    const run = await runCli([kyodo.page, yonhap.page, "--format", "json", "--fields", "headline", "--jobs", "2"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { input: kyodo.page, article: parsed(kyodo.page, { fields: ["headline"] }) },
      { input: yonhap.page, article: parsed(yonhap.page, { fields: ["headline"] }) },
    ]);
  });

  it("markdown and text batches put a header naming the input before each page", async () => {
    const text = await runCli([kyodo.page, yonhap.page, "--format", "text", "--fields", "headline"]);
    expect(text.stdout).toBe(
      `==> ${kyodo.page} <==\n\n${String(parsed(kyodo.page, {}).headline)}\n\n==> ${yonhap.page} <==\n\n${String(parsed(yonhap.page, {}).headline)}\n`,
    );
    const markdown = await runCli([kyodo.page, yonhap.page, "--format", "markdown", "--fields", "headline"]);
    expect(markdown.stdout).toBe(
      `<!-- article-anatomy: ${kyodo.page} -->\n\n# ${String(parsed(kyodo.page, {}).headline)}\n\n<!-- article-anatomy: ${yonhap.page} -->\n\n# ${String(parsed(yonhap.page, {}).headline)}\n`,
    );
  });

  it("exits 1 when some inputs fail, printing the others and one error line per failed input", async () => {
    const empty = path.join(scratch, "empty-dir");
    mkdirSync(empty, { recursive: true });
    const run = await runCli([kyodo.page, "missing-page.html", empty, yonhap.page, "--fields", "headline", "--jobs", "2"]);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n").map((line) => (JSON.parse(line) as { input: string }).input)).toEqual([kyodo.page, yonhap.page]);
    const errors = run.stderr.trimEnd().split("\n");
    expect(errors).toHaveLength(2);
    expect(errors).toContain(`article-anatomy: ${empty}: no .html or .htm files in this directory`);
    expect(errors.find((line) => line.startsWith("article-anatomy: missing-page.html: "))).toMatch(/ENOENT/);
    expect(run.stderr).not.toContain("\r"); // no progress bar when stderr is not a terminal
  });
});

describe("usage", () => {
  it("--help prints the usage and --version the package version, both with exit 0", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: article-anatomy \[FILES\|DIRS\|URLS\|-\]/);
    for (const option of ["--format", "--fields", "--url", "--charset", "--explain", "--jobs", "--timeout", "--max-bytes"]) expect(help.stdout).toContain(option);
    const version = await runCli(["-v"]);
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it.each([
    [["--nope"], "unknown option --nope"],
    [[yonhap.page, "--format", "xml"], '--format must be one of json, ndjson, markdown, text, got "xml"'],
    [[yonhap.page, "--fields", "headline,title"], "--fields: unknown field title; the fields are headline, breadcrumb, dateline, published, authors, body, figures, tags, related"],
    [[yonhap.page, "--fields", ","], "--fields needs at least one field"],
    [[yonhap.page, "--jobs", "0"], '--jobs must be a positive whole number, got "0"'],
    [[yonhap.page, "--timeout", "soon"], '--timeout must be a positive whole number, got "soon"'],
    [[yonhap.page, "--url", "/view/1"], '--url must be an absolute http(s) URL, got "/view/1"'],
    [["missing.html", "--url", "ftp://x.org/a"], '--url must be an absolute http(s) URL, got "ftp://x.org/a"'],
    [[yonhap.page, kyodo.page, "--url", "https://x.org/a"], "--url names the URL of one page; it cannot be used with 2 inputs"],
    [["fixtures", "--url", "https://x.org/a"], "--url names the URL of one page; the inputs give"],
    [[yonhap.page, "--charset"], "--charset needs a value"],
    [["-", "-"], "standard input (-) can be read only once"],
  ])("exits 2 for %j", async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.startsWith(`article-anatomy: ${message}`)).toBe(true);
  });
});
