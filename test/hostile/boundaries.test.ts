/**
 * The library never touches the network or the file system and never evaluates code. Checked on what ships:
 *
 * - our built files: every file of dist/ that an export of package.json reaches (ESM and CJS; the CLI and its
 *   chunks are not the library), scanned for `eval(`, `new Function`, `Function(`, `fetch(`, `XMLHttpRequest`,
 *   dynamic `import(`, and for any import that is not another dist file or a runtime dependency;
 * - the runtime dependencies as a user's bundle gets them: the root entry bundled by esbuild for a neutral
 *   platform (which fails on a Node built-in), scanned for the same.
 *
 * `npm test` builds dist/ first; run alone on a tree without dist/, this file builds it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  exports: Record<string, string | { import: { default: string }; require: { default: string } }>;
  dependencies: Record<string, string>;
};

/** Code that evaluates strings or reaches outside the process. */
const FORBIDDEN: [string, RegExp][] = [
  ["eval(", /(?<![\w$.])eval\s*\(/],
  ["new Function", /\bnew\s+Function\b/],
  ["Function(", /(?<![\w$.])Function\s*\(/],
  ["fetch(", /(?<![\w$.])fetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["navigator.sendBeacon", /\bsendBeacon\b/],
  ["dynamic import(", /(?<![\w$.])import\s*\(/],
  ["process.binding", /\bprocess\.binding\b/],
];

/** Import specifiers of a built file: ESM `from "…"`, bare `import "…"`, CJS `require("…")`. */
function importsOf(code: string): string[] {
  const specifiers: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)) specifiers.push(m[1]!);
  return specifiers;
}

/** Every dist file an entry reaches through relative imports. */
function closure(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(readFileSync(file, "utf8"))) {
      if (specifier.startsWith(".")) queue.push(path.resolve(path.dirname(file), specifier));
    }
  }
  return [...seen].sort();
}

const entries = Object.entries(pkg.exports)
  .filter(([subpath]) => subpath !== "./package.json")
  .flatMap(([, target]) => (typeof target === "string" ? [] : [target.import.default, target.require.default]))
  .map((file) => path.join(root, file));

beforeAll(() => {
  if (!entries.every((file) => existsSync(file))) execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit", timeout: 170_000 });
}, 180_000);

describe("the built library", () => {
  it("has an ESM and a CJS file for every export", () => {
    expect(entries.length).toBeGreaterThanOrEqual(20);
    for (const file of entries) expect(existsSync(file), file).toBe(true);
  });

  it("reaches no CLI file", () => {
    const files = closure(entries).map((file) => path.relative(root, file));
    expect(files.filter((file) => /^dist\/cli/.test(file))).toEqual([]);
  });

  it("imports only its own files and its runtime dependencies (no node: built-ins, no fs, no net)", () => {
    const allowed = new Set(Object.keys(pkg.dependencies));
    const stray: string[] = [];
    for (const file of closure(entries)) {
      for (const specifier of importsOf(readFileSync(file, "utf8"))) {
        if (specifier.startsWith(".")) continue;
        const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;
        if (!allowed.has(name)) stray.push(`${path.relative(root, file)}: ${specifier}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it.each(FORBIDDEN)("has no %s", (_, pattern) => {
    const hits = closure(entries)
      .filter((file) => pattern.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(hits).toEqual([]);
  });
});

describe("the library with its runtime dependencies, bundled", () => {
  let bundle = "";

  beforeAll(async () => {
    const esbuild = await import("esbuild");
    // platform "neutral": an import of a Node built-in anywhere in the graph fails the build.
    const result = await esbuild.build({
      entryPoints: [path.join(root, "dist/index.js")],
      bundle: true,
      write: false,
      platform: "neutral",
      format: "esm",
      mainFields: ["module", "main"],
      logLevel: "silent",
    });
    bundle = result.outputFiles[0]!.text;
  }, 60_000);

  it.each(FORBIDDEN)("has no %s", (name, pattern) => {
    let code = bundle;
    // domutils' feeds.js declares its own top-level `function fetch(tagName, …)`. esbuild hoists every module
    // into one scope and renames a declaration that would shadow a global in use, so while that declaration
    // is there under its own name, no `fetch(` in the bundle can be the global one.
    if (name === "fetch(" && /\bfunction fetch\(tagName\d*, where/.test(code)) code = code.replace(/(?<![\w$.])fetch\s*\(/g, "localFetch(");
    expect(pattern.test(code)).toBe(false);
  });

  it("holds the dependencies' code (the scan is not of an empty bundle)", () => {
    expect(bundle.length).toBeGreaterThan(100_000);
    // htmlparser2's tokenizer, which the tree builder drives (its `Parser` is not used, so not bundled).
    expect(bundle).toMatch(/\bTokenizer = class\b|\bclass Tokenizer\b/);
  });
});
