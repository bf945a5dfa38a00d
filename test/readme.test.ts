/**
 * The code examples of README.md and docs/*.md run, so they cannot rot. A fenced ```js or ```ts block whose
 * first line is `// example.mjs`, `// example.cjs` or `// example.ts` is an example: it is written to a
 * temp folder under `.tmp/` (inside the package, so `import "article-anatomy"` resolves to the package itself,
 * i.e. the build in `dist/`) and run from the repository root, where the `fixtures/…` paths it reads are. One
 * that uses `Deno.` runs under Deno, the others under Node. It must exit 0 and write nothing to stderr.
 *
 * When the next fenced block is ```text or ```json, it is the example's output and must match what the
 * example printed: "…" inside a line stands for any text, and a line that is only "…" for any number of
 * lines.
 *
 * Not run: blocks in other languages (`sh`, `text`, `json`), js/ts blocks without the `// example.*` line
 * (type signatures), and blocks whose info string says `no-run` (```ts no-run: needs the npm registry).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, repoRoot } from "./cli/helpers.js";

interface Example {
  file: string; // the Markdown file, relative to the repository
  line: number; // where the block starts
  name: string; // from its first line: example.mjs …
  code: string;
  output?: string; // the block after it, when that is text or json
}

const EXAMPLE_HEADER = /^\/\/ (example\.(?:mjs|cjs|js|ts))\s*$/;

/** The fenced blocks of a Markdown file, with their info strings and start lines. */
function fencedBlocks(markdown: string): { info: string; body: string; line: number }[] {
  const blocks: { info: string; body: string; line: number }[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith(open[1]!); i++) body.push(lines[i]!);
    blocks.push({ info: open[2]!.trim(), body: body.join("\n"), line: start + 1 });
  }
  return blocks;
}

function examplesIn(file: string): Example[] {
  const blocks = fencedBlocks(readFileSync(path.join(repoRoot, file), "utf8"));
  const examples: Example[] = [];
  blocks.forEach((block, index) => {
    const [language, ...flags] = block.info.split(/\s+/);
    if (!["js", "ts", "javascript", "typescript"].includes(language ?? "") || flags.includes("no-run")) return;
    const header = EXAMPLE_HEADER.exec(block.body.split("\n")[0] ?? "");
    if (!header) return;
    const next = blocks[index + 1];
    const output = next && ["text", "json"].includes(next.info) ? next.body : undefined;
    examples.push({ file, line: block.line, name: header[1]!, code: block.body, ...(output !== undefined && { output }) });
  });
  return examples;
}

const markdownFiles = ["README.md", ...readdirSync(path.join(repoRoot, "docs")).filter((name) => name.endsWith(".md")).sort().map((name) => `docs/${name}`)];
const examples = markdownFiles.flatMap(examplesIn);

/** The expected output as a pattern: `…` in a line is any text, a line of only `…` any number of lines. */
export function outputPattern(expected: string): RegExp {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const lines = expected.replace(/\n+$/, "").split("\n");
  const source = lines.map((line) => (line.trim() === "…" ? "(?:[^\\n]*\\n)*?" : `${escape(line).replace(/…/g, "[^\\n]*?")}\\n`)).join("");
  return new RegExp(`^${source}$`);
}

let work: string;

beforeAll(async () => {
  await ensureBuilt();
  mkdirSync(path.join(repoRoot, ".tmp"), { recursive: true });
  work = mkdtempSync(path.join(repoRoot, ".tmp", "readme-examples-"));
}, 180_000);

afterAll(() => {
  if (work && existsSync(work)) rmSync(work, { recursive: true, force: true });
});

function runExample(example: Example, index: number): Promise<{ code: number; stdout: string; stderr: string }> {
  const ext = path.extname(example.name);
  const file = path.join(work, `${index}-${path.basename(example.file, ".md")}-${example.line}${ext === ".ts" ? ".ts" : ext}`);
  // A relative import of the build (`./dist/index.js`, the Deno example) is relative to the repository root.
  writeFileSync(file, example.code.replace(/(["'])\.\/dist\//g, `$1${pathToFileURL(path.join(repoRoot, "dist")).href}/`));
  const deno = /\bDeno\./.test(example.code);
  const command = deno ? path.join(repoRoot, "node_modules", ".bin", "deno") : process.execPath;
  const args = deno ? ["run", "-A", "--quiet", file] : [file];
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: repoRoot, timeout: 60_000, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" } },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe("documentation examples", () => {
  it("finds the examples (README.md has at least 15, and most show their output)", () => {
    const inReadme = examples.filter((example) => example.file === "README.md");
    expect(inReadme.length).toBeGreaterThanOrEqual(15);
    expect(inReadme.filter((example) => example.output !== undefined).length).toBeGreaterThanOrEqual(12);
  });

  it("the output pattern treats … as a wildcard and nothing else", () => {
    expect(outputPattern('{\n  "a": "long …",\n  …\n  "z": 1\n}').test('{\n  "a": "long text here",\n  "b": 2,\n  "c": 3,\n  "z": 1\n}\n')).toBe(true);
    expect(outputPattern('{\n  "a": "long …",\n  "z": 1\n}').test('{\n  "a": "long text",\n  "b": 2,\n  "z": 1\n}\n')).toBe(false);
    expect(outputPattern("a.b (c)").test("a.b (c)\n")).toBe(true);
    expect(outputPattern("a.b (c)").test("axb (c)\n")).toBe(false);
  });

  it.each(examples.map((example, index) => [`${example.file}:${example.line} (${example.name})`, example, index] as const))(
    "%s runs and prints what the docs show",
    async (_label, example, index) => {
      const result = await runExample(example, index);
      expect(result.stderr, "stderr").toBe("");
      expect(result.code, "exit code").toBe(0);
      if (example.output !== undefined) {
        const actual = result.stdout.replace(/\n*$/, "\n"); // trailing blank lines are not shown in the docs
        expect(outputPattern(example.output).test(actual), `printed:\n${actual}\ndocs show:\n${example.output}`).toBe(true);
      }
    },
    60_000,
  );
});
