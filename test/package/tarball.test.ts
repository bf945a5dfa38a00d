/**
 * The package as a user gets it: `npm pack` of the built `dist/`, installed into a fresh project in a temp
 * folder, then imported (ESM), required (CJS), type-checked (node16 and bundler resolution), linted
 * (publint, attw), run as a CLI, and bundled with esbuild to check that one subpath does not drag in the
 * body extractor.
 *
 * `scripts/test.mjs` builds before vitest runs; when `dist/` is missing this file builds it itself.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const bin = (name: string): string => path.join(repoRoot, "node_modules", ".bin", name);
const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
  name: string;
  exports: Record<string, unknown>;
};

/** Every public subpath, `"."` first: `.`, `./breadcrumb`, … (from package.json `exports`). */
const subpaths = Object.keys(pkg.exports).filter((key) => key !== "./package.json");
const specifier = (subpath: string): string => (subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`);

/**
 * Names that only the body extractor (`src/extractors/body.ts`) and the sanitizer (`src/core/sanitize.ts`)
 * contain. esbuild keeps function names when it does not minify, so their presence in a bundle means the
 * body code was bundled. If body.ts renames them, the "body subpath contains them" test fails: update here.
 */
const BODY_ONLY_MARKERS = ["isBylineOrDate", "isBoilerplateLine", "sanitizedInnerHtml"];

let work: string; // temp folder: the tarball, the consumer project, the unpacked package
let project: string; // the consumer project, with the tarball installed
let unpacked: string; // the tarball's `package/` folder
let tarball: string;

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, timeout = 120_000): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, timeout, maxBuffer: 64 << 20, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr: error && !stderr ? String(error.message) : stderr });
      },
    );
  });
}

async function mustRun(command: string, args: string[], cwd: string, timeout?: number): Promise<string> {
  const result = await run(command, args, cwd, timeout);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(" ")} (in ${cwd}) exited with ${result.code}\n${result.stdout}\n${result.stderr}`.slice(0, 4000));
  }
  return result.stdout;
}

beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, "dist", "index.js")) || !existsSync(path.join(repoRoot, "dist", "cli.js"))) {
    await mustRun("npm", ["run", "build"], repoRoot, 170_000);
  }
  work = mkdtempSync(path.join(tmpdir(), "article-anatomy-pack-"));
  // --ignore-scripts: pack what is built; never rebuild `dist/` under the other test files.
  const packed = JSON.parse(await mustRun("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], repoRoot)) as { filename: string }[];
  tarball = path.join(work, packed[0]!.filename);

  project = path.join(work, "project");
  mkdirSync(project);
  writeFileSync(path.join(project, "package.json"), `${JSON.stringify({ name: "consumer", version: "0.0.0", private: true }, null, 2)}\n`);
  await mustRun("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], project, 170_000);

  unpacked = path.join(work, "unpacked");
  mkdirSync(unpacked);
  await mustRun("tar", ["-xzf", tarball, "-C", unpacked], work);
  unpacked = path.join(unpacked, "package");
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// ---- (a), (b): the same calls through `import` and `require` ----

/**
 * The body of the script both module systems run: `mods` maps each subpath to its module. It calls one
 * function per subpath on a small page and prints what came back as JSON.
 */
const SCENARIO = String.raw`
const out = {};
const url = "https://example.com/world/2024/05/02/storm.html";
const page = [
  "<html><head><title>Storm hits coast | Daily</title>",
  "<meta property='article:published_time' content='2024-05-02T14:30:00-04:00'>",
  "<meta name='author' content='Jane Doe'></head><body>",
  "<ol class='breadcrumb'><li><a href='/'>Home</a></li><li><a href='/world/'>World</a></li><li class='active'>Storm hits coast</li></ol>",
  "<article><h1>Storm hits coast</h1><div class='entry-content'>",
  "<p>A powerful storm made landfall on the coast early on Thursday, flooding roads and cutting power to thousands of homes across the region.</p>",
  "<figure><img src='/img/road.jpg' alt='Road'><figcaption>Flooded road (AP Photo/Mark Lee)</figcaption></figure>",
  "<p>Officials said crews were working through the night to restore electricity, and schools would stay closed until the water receded.</p>",
  "</div><div class='tags-links'><a rel='tag' href='/tag/weather/'>weather</a></div></article>",
  "<h3>Related</h3><ul><li><a href='/world/2024/05/01/warning.html'>Forecasters warn of storm</a></li></ul>",
  "</body></html>",
].join("");
function attempt(key, fn) {
  try { out[key] = { value: fn() }; } catch (error) { out[key] = { error: String(error && error.stack || error) }; }
}
const exportsOf = (m) => Object.fromEntries(Object.keys(m).filter((k) => k !== "default" && k !== "__esModule").map((k) => [k, typeof m[k]]));
for (const [sub, m] of Object.entries(mods)) out["exports:" + sub] = { value: exportsOf(m) };
const doc = (m) => m.parseHtml(page);
attempt(".", () => {
  const a = mods["."].parseArticle(page, { url });
  return { headline: a.headline, breadcrumb: a.breadcrumb.length, paragraphs: a.body.paragraphs.length, published: a.published, tags: a.tags.map((t) => t.label) };
});
attempt("./breadcrumb", () => mods["./breadcrumb"].extractBreadcrumb(doc(mods["./breadcrumb"]), { url }));
attempt("./headline", () => mods["./headline"].extractHeadline(doc(mods["./headline"]), { url }));
attempt("./dateline", () => ({
  parsed: mods["./dateline"].parseDateline("HOUSTON, Jan 27 (Reuters) - Oil prices rose", { referenceDate: "2024-01-28" }),
  extracted: mods["./dateline"].extractDateline(mods["./dateline"].parseHtml("<div class='entry'><p>【希望之声2021年7月28日】（希望之声记者高健雯综合报导）</p><p>正文。</p></div>")),
}));
attempt("./body", () => mods["./body"].extractBody(doc(mods["./body"]), { url }).paragraphs);
attempt("./figures", () => mods["./figures"].extractFigures(doc(mods["./figures"]), { url }));
attempt("./tags", () => mods["./tags"].extractTags(doc(mods["./tags"]), { url }));
attempt("./related", () => mods["./related"].extractRelated(doc(mods["./related"]), { url }));
attempt("./published", () => mods["./published"].extractPublished(doc(mods["./published"]), { url }));
attempt("./authors", () => mods["./authors"].extractAuthors(doc(mods["./authors"]), { url }));
attempt("./render", () => {
  const article = mods["."].parseArticle(page, { url });
  return { markdown: mods["./render"].toMarkdown(article), text: mods["./render"].toText(article) };
});
process.stdout.write(JSON.stringify(out));
`;

function esmScript(): string {
  const imports = subpaths.map((sub, i) => `import * as m${i} from ${JSON.stringify(specifier(sub))};`).join("\n");
  const mods = `const mods = { ${subpaths.map((sub, i) => `${JSON.stringify(sub)}: m${i}`).join(", ")} };`;
  return `${imports}\n${mods}\n${SCENARIO}`;
}

function cjsScript(): string {
  const mods = `const mods = { ${subpaths.map((sub) => `${JSON.stringify(sub)}: require(${JSON.stringify(specifier(sub))})`).join(", ")} };`;
  return `"use strict";\n${mods}\n${SCENARIO}`;
}

type Results = Record<string, { value?: unknown; error?: string }>;

/** The function each subpath must export besides `parseHtml`. */
const MAIN_EXPORT: Record<string, string> = {
  ".": "parseArticle",
  "./breadcrumb": "extractBreadcrumb",
  "./headline": "extractHeadline",
  "./dateline": "extractDateline",
  "./body": "extractBody",
  "./figures": "extractFigures",
  "./tags": "extractTags",
  "./related": "extractRelated",
  "./published": "extractPublished",
  "./authors": "extractAuthors",
  "./render": "toMarkdown",
};

/** Subpaths that do not parse HTML themselves, so they do not export `parseHtml`. */
const WITHOUT_PARSE_HTML = new Set(["./render"]);

function checkResults(results: Results): void {
  for (const sub of subpaths) {
    const names = results[`exports:${sub}`]?.value as Record<string, string>;
    const expected = WITHOUT_PARSE_HTML.has(sub) ? {} : { parseHtml: "function" };
    expect(names, `exports of ${specifier(sub)}`).toMatchObject({ ...expected, [MAIN_EXPORT[sub] ?? "parseHtml"]: "function" });
    expect(results[sub]?.error, `calling ${specifier(sub)}`).toBeUndefined();
  }
  const value = (sub: string): unknown => results[sub]?.value;
  expect(value(".")).toMatchObject({ headline: "Storm hits coast", breadcrumb: 3 });
  expect((value(".") as { paragraphs: number }).paragraphs).toBeGreaterThan(0);
  expect(value("./breadcrumb")).toEqual([
    { label: "Home", url: "https://example.com/" },
    { label: "World", url: "https://example.com/world/" },
    { label: "Storm hits coast" },
  ]);
  expect(value("./headline")).toBe("Storm hits coast");
  expect(value("./dateline")).toMatchObject({
    parsed: { date: "2024-01-27", location: "HOUSTON", source: "Reuters" },
    extracted: { source: "希望之声", date: "2021-07-28", reporters: ["高健雯"] },
  });
  expect((value("./body") as string[]).join("\n")).toContain("A powerful storm made landfall");
  expect(value("./figures")).toMatchObject([{ caption: "Flooded road", credit: "AP Photo/Mark Lee", image: { src: "https://example.com/img/road.jpg" } }]);
  expect(value("./tags")).toEqual([{ label: "weather", url: "https://example.com/tag/weather/" }]);
  expect(value("./related")).toEqual([{ title: "Forecasters warn of storm", url: "https://example.com/world/2024/05/01/warning.html" }]);
  expect(String(value("./published"))).toMatch(/^2024-05-02/);
  expect(value("./authors")).toEqual(["Jane Doe"]);
  const rendered = value("./render") as { markdown: string; text: string };
  expect(rendered.markdown).toMatch(/^# Storm hits coast\n\n\[Home\]\(https:\/\/example\.com\/\) › /);
  expect(rendered.markdown).toContain("\n\n## Related\n\n- [Forecasters warn of storm](https://example.com/world/2024/05/01/warning.html)\n");
  expect(rendered.text).toMatch(/^Storm hits coast\n\nHome › World › Storm hits coast\n\n/);
}

describe("installed tarball", () => {
  let esmResults: Results;

  it("has the files a user needs and nothing from src/ or test/", async () => {
    const listed = (await mustRun("tar", ["-tzf", tarball], work)).split("\n").filter(Boolean);
    expect(listed).toContain("package/package.json");
    expect(listed).toContain("package/LICENSE");
    expect(listed).toContain("package/dist/cli.js");
    for (const sub of subpaths) {
      const base = sub === "." ? "index" : sub.slice(2);
      for (const ext of [".js", ".cjs", ".d.ts", ".d.cts"]) expect(listed, `dist/${base}${ext}`).toContain(`package/dist/${base}${ext}`);
    }
    expect(listed.filter((f) => /^package\/(src|test|fixtures|scripts)\//.test(f))).toEqual([]);
  });

  it("(a) ESM: import of the root and every subpath works", async () => {
    writeFileSync(path.join(project, "esm-check.mjs"), esmScript());
    const out = await mustRun(process.execPath, ["esm-check.mjs"], project, 60_000);
    esmResults = JSON.parse(out) as Results;
    checkResults(esmResults);
  }, 60_000);

  it("(b) CJS: require of the root and every subpath works and gives the same results", async () => {
    writeFileSync(path.join(project, "cjs-check.cjs"), cjsScript());
    const out = await mustRun(process.execPath, ["cjs-check.cjs"], project, 60_000);
    const cjsResults = JSON.parse(out) as Results;
    checkResults(cjsResults);
    if (esmResults) expect(cjsResults).toEqual(esmResults);
  }, 60_000);

  it("(c) types resolve and are typed under moduleResolution node16 (ESM and CJS) and bundler", async () => {
    const source = [
      `import { parseArticle, parseHtml, extractBreadcrumb, type Article, type Crumb } from "${pkg.name}";`,
      `import { extractBreadcrumb as breadcrumbOnly, parseHtml as parseHtml2, type Crumb as Crumb2 } from "${specifier("./breadcrumb")}";`,
      `import { extractHeadline } from "${specifier("./headline")}";`,
      `import { extractDateline, parseDateline, type Dateline } from "${specifier("./dateline")}";`,
      `import { extractBody, type Body } from "${specifier("./body")}";`,
      `import { extractFigures, type Figure } from "${specifier("./figures")}";`,
      `import { extractTags, type TagLink } from "${specifier("./tags")}";`,
      `import { extractRelated, type RelatedLink } from "${specifier("./related")}";`,
      `import { extractPublished } from "${specifier("./published")}";`,
      `import { extractAuthors } from "${specifier("./authors")}";`,
      `import { toMarkdown, toText } from "${specifier("./render")}";`,
      ``,
      `const url = "https://example.com/a.html";`,
      `const article: Article = parseArticle("<h1>Hi</h1>", { url });`,
      `const headline: string | undefined = article.headline;`,
      `const crumbs: Crumb[] = extractBreadcrumb(parseHtml("<p></p>"), { url });`,
      `const crumbs2: Crumb2[] = breadcrumbOnly(parseHtml2("<p></p>"));`,
      `const title: string | undefined = extractHeadline(parseHtml("<h1>x</h1>"));`,
      `const dateline: Dateline | undefined = extractDateline(parseHtml("<p>x</p>")) ?? parseDateline("LONDON (Reuters) - x");`,
      `const body: Body = extractBody(parseHtml("<p>x</p>"), { url });`,
      `const figures: Figure[] = extractFigures(parseHtml("<p>x</p>"));`,
      `const tags: TagLink[] = extractTags(parseHtml("<p>x</p>"));`,
      `const related: RelatedLink[] = extractRelated(parseHtml("<p>x</p>"));`,
      `const published: string | undefined = extractPublished(parseHtml("<p>x</p>"));`,
      `const authors: string[] = extractAuthors(parseHtml("<p>x</p>"));`,
      `const paragraphs: string[] = body.paragraphs;`,
      `const markdown: string = toMarkdown(article) + toText({ headline: "x" });`,
      `const someFields = parseArticle("<h1>Hi</h1>", { fields: ["headline", "tags"] });`,
      `const someTags: TagLink[] = someFields.tags;`,
      `// @ts-expect-error body was not among the fields asked for`,
      `someFields.body;`,
      `// The types are real, not any:`,
      `// @ts-expect-error headline is a string`,
      `const notNumber: number = article.headline;`,
      `// @ts-expect-error parseArticle takes an options object`,
      `parseArticle("<p></p>", 42);`,
      `// @ts-expect-error a crumb has no title`,
      `crumbs[0]?.title;`,
      `export const used = [headline, crumbs, crumbs2, title, dateline, figures, tags, related, published, authors, paragraphs, notNumber, markdown, someTags];`,
    ].join("\n");
    // The same code as an ES module, a CommonJS module (node16 resolves it with the "require" condition) and a bundler-resolved file.
    for (const file of ["types-esm.mts", "types-cjs.cts", "types-bundler.ts"]) writeFileSync(path.join(project, file), `${source}\n`);
    // node16 resolution, ESM side and CJS side. The CJS build require()s ESM-only dependencies (domhandler …),
    // which Node allows from 20.19 (our engines); TypeScript models that with `module: node20` (or nodenext).
    // Under `module: node16` a CJS consumer with skipLibCheck off sees TS1479 inside our .d.cts (it imports
    // domhandler's ESM types); with skipLibCheck on (the usual setting) its own code checks cleanly.
    const common = { strict: true, noEmit: true, skipLibCheck: false, types: [], target: "es2022", lib: ["es2022"] };
    const configs: Record<string, { compilerOptions: Record<string, unknown>; files: string[] }> = {
      "node16 (ESM)": { compilerOptions: { ...common, module: "node16", moduleResolution: "node16" }, files: ["types-esm.mts"] },
      "node16 (CJS, skipLibCheck)": { compilerOptions: { ...common, module: "node16", moduleResolution: "node16", skipLibCheck: true }, files: ["types-cjs.cts"] },
      "node16 resolution with module node20 (ESM and CJS)": { compilerOptions: { ...common, module: "node20", moduleResolution: "node16" }, files: ["types-esm.mts", "types-cjs.cts"] },
      bundler: { compilerOptions: { ...common, module: "esnext", moduleResolution: "bundler" }, files: ["types-bundler.ts"] },
    };
    const tsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    const results = await Promise.all(
      Object.entries(configs).map(async ([name, config], i) => {
        const file = `tsconfig.${i}.json`;
        writeFileSync(path.join(project, file), JSON.stringify(config, null, 2));
        return { name, ...(await run(process.execPath, [tsc, "-p", file, "--pretty", "false"], project)) };
      }),
    );
    for (const result of results) {
      expect(result.stdout.trim(), `tsc errors, ${result.name}`).toBe("");
      expect(result.code, `tsc exit code, ${result.name}: ${result.stderr}`).toBe(0);
    }
  }, 90_000);

  it("(d) publint --strict passes", async () => {
    const result = await run(bin("publint"), ["--strict", unpacked], work);
    const output = `${result.stdout}${result.stderr}`;
    expect(result.code, output).toBe(0);
    expect(output).toContain("All good");
  }, 60_000);

  it("(e) attw --pack . passes", async () => {
    const result = await run(bin("attw"), ["--pack", ".", "--format", "table-flipped"], unpacked);
    expect(result.code, `${result.stdout}${result.stderr}`).toBe(0);
  }, 90_000);

  it("(f) the installed CLI prints the article as JSON with a headline", async () => {
    const page = pickPage();
    const args = [page.html, ...(page.url ? ["--url", page.url] : [])];
    const cli = path.join(project, "node_modules", ".bin", "article-anatomy");
    const out = await mustRun(cli, args, project, 60_000);
    const article = JSON.parse(out) as { headline?: unknown; breadcrumb?: unknown; body?: { paragraphs?: unknown } };
    expect(typeof article.headline, `headline of ${page.html}`).toBe("string");
    expect(String(article.headline).trim()).not.toBe("");
    expect(Array.isArray(article.breadcrumb)).toBe(true);
    expect(Array.isArray(article.body?.paragraphs)).toBe(true);
    expect((await mustRun(cli, ["--version"], project)).trim()).toBe(JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")).version);
    // --jobs starts dist/cli-worker.js from the installed package: two pages, two worker threads.
    const lines = (await mustRun(cli, [page.html, page.html, "--jobs", "2", "--fields", "headline"], project, 60_000)).trim().split("\n");
    expect(lines.map((line) => (JSON.parse(line) as { article: { headline?: unknown } }).article.headline)).toEqual([article.headline, article.headline]);
  }, 60_000);
});

/** A page whose expected.json names a headline: from `../shared/golden` when present, else `fixtures/`. */
function pickPage(): { html: string; url?: string } {
  const roots = [path.resolve(repoRoot, "../shared/golden"), path.join(repoRoot, "fixtures")].filter((dir) => existsSync(dir));
  for (const root of roots) {
    for (const name of readdirSync(root).sort()) {
      const dir = path.join(root, name);
      if (!existsSync(path.join(dir, "page.html")) || !existsSync(path.join(dir, "expected.json"))) continue;
      const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as { headline?: unknown };
      if (typeof expected.headline !== "string") continue;
      const inputPath = path.join(dir, "input.json");
      const url = existsSync(inputPath) ? (JSON.parse(readFileSync(inputPath, "utf8")) as { url?: string }).url : undefined;
      return { html: path.join(dir, "page.html"), url };
    }
  }
  throw new Error("no golden case or fixture with a headline to run the CLI on");
}

// ---- (g) tree-shaking ----

describe("(g) tree-shaking with esbuild, from the installed tarball", () => {
  async function bundle(name: string, source: string): Promise<string> {
    const esbuild = await import("esbuild");
    const entry = path.join(project, `${name}.mjs`);
    writeFileSync(entry, source);
    const result = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: project,
      bundle: true,
      minify: false,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    const text = result.outputFiles[0]!.text;
    console.log(`tree-shaking: ${name} bundle is ${(text.length / 1024).toFixed(1)} kB unminified`);
    return text;
  }
  const crumbEntry = (from: string): string =>
    `import { extractBreadcrumb, parseHtml } from ${JSON.stringify(from)};\n` +
    `console.log(extractBreadcrumb(parseHtml("<ol class='breadcrumb'><li><a href='https://x.org/'>Home</a></li></ol>")));\n`;
  const missing = (text: string): string[] => BODY_ONLY_MARKERS.filter((marker) => !text.includes(marker));
  const present = (text: string): string[] => BODY_ONLY_MARKERS.filter((marker) => text.includes(marker));

  it("importing article-anatomy/body bundles the body code (the markers are real)", async () => {
    const text = await bundle(
      "shake-body",
      `import { extractBody, parseHtml } from ${JSON.stringify(specifier("./body"))};\nconsole.log(extractBody(parseHtml("<p>x</p>")));\n`,
    );
    expect(missing(text), "body-only names missing from the body bundle; update BODY_ONLY_MARKERS").toEqual([]);
  }, 60_000);

  it("importing extractBreadcrumb from article-anatomy/breadcrumb leaves the body code out", async () => {
    const text = await bundle("shake-breadcrumb", crumbEntry(specifier("./breadcrumb")));
    expect(text).toContain("extractBreadcrumb");
    expect(present(text), "body-only code in the breadcrumb bundle").toEqual([]);
  }, 60_000);

  it("importing extractBreadcrumb from the root (sideEffects: false) leaves the body code out", async () => {
    const text = await bundle("shake-root", crumbEntry(pkg.name));
    expect(text).toContain("extractBreadcrumb");
    expect(present(text), "body-only code in the bundle of the root import").toEqual([]);
  }, 60_000);
});
