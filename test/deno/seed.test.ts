/**
 * Runs the built ESM (`dist/index.js`) under Deno on the seed page: `../shared/golden/seed` beside the
 * repository, or the first fixture with a headline and a breadcrumb when that folder is absent.
 * Run with `npx deno test -A` from the repository root (see deno.json); `npm test` builds `dist/` first.
 *
 * The repository's `tsc --noEmit` also checks this file, before `dist/` exists and without Deno's globals,
 * hence the computed import specifier and the local types below.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

declare const Deno: { test(name: string, fn: () => void | Promise<void>): void };

/** The part of the package's API this test uses. */
interface ArticleApi {
  parseArticle(html: Uint8Array | string, options?: { url?: string }): {
    headline?: string;
    breadcrumb: { label: string; url?: string }[];
    body: { paragraphs: string[] };
  };
}

interface Expected {
  headline?: string;
  breadcrumb?: unknown[];
}

const distEntry = new URL("../../dist/index.js", import.meta.url);

function pickCase(): URL {
  const seed = new URL("../../../shared/golden/seed/", import.meta.url);
  if (existsSync(fileURLToPath(new URL("page.html", seed)))) return seed;
  const fixtures = new URL("../../fixtures/", import.meta.url);
  for (const name of readdirSync(fileURLToPath(fixtures)).sort()) {
    const dir = new URL(`${name}/`, fixtures);
    const expectedPath = fileURLToPath(new URL("expected.json", dir));
    if (!existsSync(expectedPath) || !existsSync(fileURLToPath(new URL("page.html", dir)))) continue;
    const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as Expected;
    if (typeof expected.headline === "string" && Array.isArray(expected.breadcrumb)) return dir;
  }
  throw new Error("no seed page: neither ../shared/golden/seed nor a fixture with a headline and a breadcrumb");
}

const caseDir = pickCase();
const file = (name: string): string => fileURLToPath(new URL(name, caseDir));
const collapse = (s: string | undefined): string | undefined => s?.normalize("NFC").replace(/\s+/g, " ").trim();

Deno.test(`dist/index.js parseArticle on ${file("page.html")}`, async () => {
  assert.ok(existsSync(fileURLToPath(distEntry)), "dist/index.js exists (run `npm run build` first)");
  const { parseArticle } = (await import(distEntry.href)) as ArticleApi;
  const input = existsSync(file("input.json")) ? (JSON.parse(readFileSync(file("input.json"), "utf8")) as { url?: string }) : {};
  const expected = JSON.parse(readFileSync(file("expected.json"), "utf8")) as Expected;

  const article = parseArticle(readFileSync(file("page.html")), input.url ? { url: input.url } : {});

  assert.equal(typeof article.headline, "string");
  assert.equal(collapse(article.headline), collapse(expected.headline));
  assert.equal(article.breadcrumb.length, expected.breadcrumb?.length);
  assert.ok(article.body.paragraphs.length > 0, "the body has paragraphs");
  for (const paragraph of article.body.paragraphs) assert.ok(paragraph.trim().length > 0, "every body paragraph has text");
});
