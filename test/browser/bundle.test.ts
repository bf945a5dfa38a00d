/**
 * The library in a browser: the built package (`article-anatomy`, resolved through the package's own
 * `exports` to `dist/`) is bundled with esbuild for `platform: "browser"` as ESM and as an IIFE, and both
 * bundles run in headless Chromium on a fixture page, checked against that fixture's expected.json with the
 * golden comparison. A bundle that reached a Node built-in would not build for the browser; the last test
 * also walks the library's files in dist/ and checks that nothing imports one.
 *
 * Chromium is `/usr/bin/chromium` (CHROMIUM_PATH overrides). When it is missing or cannot start, the browser
 * tests are skipped with a loud warning; the bundling and the dist scan still run.
 */
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { same } from "../helpers/golden-compare.js";
import { ensureBuilt, repoRoot } from "../cli/helpers.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CASE = "microdata-breadcrumb-jetpack-related";
const caseDir = path.join(repoRoot, "fixtures", CASE);
const pageBytes = readFileSync(path.join(caseDir, "page.html"));
const { url } = JSON.parse(readFileSync(path.join(caseDir, "input.json"), "utf8")) as { url: string };
const expected = JSON.parse(readFileSync(path.join(caseDir, "expected.json"), "utf8")) as Record<string, unknown>;


let esmBundle: string;
let iifeBundle: string;
let browser: Browser | undefined;

async function bundle(format: "esm" | "iife"): Promise<string> {
  const esbuild = await import("esbuild");
  const contents =
    format === "esm"
      ? `import * as lib from "article-anatomy";\nglobalThis.ArticleAnatomyEsm = lib;\n`
      : `export { parseArticle, toMarkdown, toText } from "article-anatomy";\n`;
  const result = await esbuild.build({
    stdin: { contents, resolveDir: repoRoot, sourcefile: `browser-entry-${format}.js` },
    bundle: true,
    platform: "browser",
    format,
    ...(format === "iife" && { globalName: "ArticleAnatomy" }),
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  await ensureBuilt();
  [esmBundle, iifeBundle] = await Promise.all([bundle("esm"), bundle("iife")]);
  console.log(`browser bundles: esm ${(esmBundle.length / 1024).toFixed(1)} kB, iife ${(iifeBundle.length / 1024).toFixed(1)} kB (unminified)`);
  if (!existsSync(CHROMIUM)) {
    console.warn(`\n!!! SKIPPING the browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH) !!!\n`);
    return;
  }
  try {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
  } catch (error) {
    console.warn(`\n!!! SKIPPING the browser tests: Chromium at ${CHROMIUM} would not start: ${(error as Error).message.split("\n")[0]} !!!\n`);
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** Runs `parseArticle` on the fixture's bytes and `toMarkdown` on the result, inside Chromium, with one of the bundles. */
async function runInChromium(format: "esm" | "iife"): Promise<{ article: Record<string, unknown>; markdown: string; userAgent: string }> {
  const page = await browser!.newPage();
  try {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.setContent("<!doctype html><title>bundle test</title>");
    await page.addScriptTag({ content: format === "esm" ? esmBundle : iifeBundle, ...(format === "esm" && { type: "module" }) });
    const globalName = format === "esm" ? "ArticleAnatomyEsm" : "ArticleAnatomy";
    await page.waitForFunction((name) => name in globalThis, globalName);
    const result = await page.evaluate(
      ({ bytes, url, globalName }) => {
        const lib = (globalThis as unknown as Record<string, { parseArticle: (html: Uint8Array, options: object) => Record<string, unknown>; toMarkdown: (a: object) => string }>)[globalName]!;
        const article = lib.parseArticle(new Uint8Array(bytes), { url });
        return { article, markdown: lib.toMarkdown(article), userAgent: navigator.userAgent };
      },
      { bytes: [...pageBytes], url, globalName },
    );
    expect(errors, "page errors").toEqual([]);
    return result;
  } finally {
    await page.close();
  }
}

describe("the library bundled for the browser", () => {
  for (const format of ["iife", "esm"] as const) {
    it(`the ${format} bundle parses the fixture in Chromium as expected.json says`, async (ctx) => {
      if (!browser) return ctx.skip();
      const { article, markdown, userAgent } = await runInChromium(format);
      expect(userAgent).toMatch(/Chrom/);
      for (const [key, value] of Object.entries(expected)) {
        expect(same(value, article[key], key), `${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(article[key])}`).toBe(true);
      }
      expect(markdown.startsWith(`# ${String(expected.headline)}\n\n`)).toBe(true);
    }, 60_000);
  }

  it("gives in Chromium the same Article as in Node", async (ctx) => {
    if (!browser) return ctx.skip();
    const { parseArticle } = (await import(path.join(repoRoot, "dist", "index.js"))) as { parseArticle: (html: Uint8Array, options: object) => unknown };
    const { article } = await runInChromium("iife");
    expect(article).toEqual(JSON.parse(JSON.stringify(parseArticle(pageBytes, { url }))));
  }, 60_000);

  it("the library's files in dist/ import nothing but each other and the four runtime dependencies", () => {
    const allowed = new Set(["htmlparser2", "domutils", "css-select", "domhandler"]);
    const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const entries = ["index", "breadcrumb", "headline", "dateline", "body", "figures", "tags", "related", "published", "authors", "render"];
    const seen = new Set<string>();
    const queue = entries.flatMap((name) => [`${name}.js`, `${name}.cjs`]);
    const offending: string[] = [];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(path.join(repoRoot, "dist", file), "utf8");
      for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)) {
        const specifier = match[1]!;
        if (specifier.startsWith("./")) queue.push(path.posix.normalize(specifier.slice(2)));
        else if (nodeBuiltins.has(specifier) || !allowed.has(specifier)) offending.push(`${file} imports ${specifier}`);
      }
    }
    expect(seen.size).toBeGreaterThan(entries.length * 2); // the walk followed the shared chunks
    expect(offending).toEqual([]);
    expect([...seen].filter((file) => file.startsWith("cli"))).toEqual([]);
  });
});
