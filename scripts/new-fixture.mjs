#!/usr/bin/env node
// Creates a new golden case under fixtures/<case-name>/:
//   page.html      copied byte-for-byte from --from FILE, or a minimal template to edit
//   input.json     { "url": ... }: the page's own URL, which relative links are resolved against
//   expected.json  a skeleton naming every Article field, to be filled in BY HAND from reading the page
//
// usage: node scripts/new-fixture.mjs <case-name> [--url URL] [--from FILE]
//
// Without --url the URL is taken from the page's <link rel="canonical"> or og:url; a page that has
// neither needs --url. The script never overwrites an existing case and never runs the parser: an
// expected.json copied from the program's own output would only test the program against itself.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const USAGE = "usage: node scripts/new-fixture.mjs <case-name> [--url URL] [--from FILE]";
const NAME_RE = /^[a-z0-9-]+$/;
const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

function fail(message, code = 1) {
  console.error(`new-fixture: ${message}`);
  if (code === 2) console.error(USAGE);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { url: { type: "string" }, from: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
} catch (e) {
  fail(e.message, 2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(positionals.length ? "expected exactly one case name" : "missing case name", 2);

const name = positionals[0];
if (!NAME_RE.test(name)) fail(`invalid case name ${JSON.stringify(name)}: use lowercase letters, digits and hyphens only ([a-z0-9-]+)`, 2);

const caseDir = path.join(fixturesDir, name);
if (fs.existsSync(caseDir)) fail(`fixtures/${name} already exists; refusing to overwrite it (pick another name or edit that case by hand)`);

// The page: the given file's bytes exactly (no re-encoding), or a template.
let pageBytes = null;
if (values.from !== undefined) {
  try {
    pageBytes = fs.readFileSync(values.from);
  } catch (e) {
    fail(`cannot read --from ${values.from}: ${e.code || e.message}`);
  }
}

/** The page's own URL as it declares it (canonical link, then og:url), or undefined. */
function declaredUrl(html) {
  const attr = (tag, key) => {
    const m = tag.match(new RegExp(`\\s${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i"));
    return m ? (m[1] ?? m[2] ?? m[3]).trim() : undefined;
  };
  for (const tag of html.match(/<link\b[^>]*>/gi) || []) {
    const rel = (attr(tag, "rel") || "").toLowerCase().split(/\s+/);
    if (rel.includes("canonical") && attr(tag, "href")) return attr(tag, "href");
  }
  for (const tag of html.match(/<meta\b[^>]*>/gi) || []) {
    if ((attr(tag, "property") || attr(tag, "name") || "").toLowerCase() === "og:url" && attr(tag, "content")) return attr(tag, "content");
  }
  return undefined;
}

let url = values.url;
let urlSource = "--url";
if (url === undefined && pageBytes) {
  url = declaredUrl(pageBytes.toString("latin1")); // latin1 keeps ASCII markup intact whatever the page's charset
  urlSource = "the page's canonical/og:url";
  if (url === undefined) fail(`${values.from} declares no canonical link or og:url; pass the page's own URL with --url`, 2);
}
if (url === undefined) {
  url = `https://example.com/${name}/`;
  urlSource = "a placeholder (edit input.json and page.html, or pass --url)";
}
try {
  const u = new URL(url);
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error("not http(s)");
  url = u.href;
} catch {
  fail(`not an absolute http(s) URL: ${JSON.stringify(url)}`, 2);
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const template = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Headline of the article | Site name</title>
<link rel="canonical" href="${escapeHtml(url)}">
</head>
<body>
<header><a href="/">Site name</a></header>
<main>
  <article>
    <h1>Headline of the article</h1>
    <p class="byline">By Author Name</p>
    <div class="article-body">
      <p>First paragraph of the article. Replace this page with real-looking markup of the site family the case is about.</p>
      <p>Second paragraph.</p>
    </div>
  </article>
</main>
<footer><p>&copy; Site name</p></footer>
</body>
</html>
`;

// Every Article key. Empty arrays and nulls are claims too ("none on this page"), so each one has to
// be checked against the page; headline "" fails until it is filled in, and published is null rather
// than "" because the golden checker treats a date-only expectation as a prefix and "" would match anything.
const skeleton = {
  headline: "",
  breadcrumb: [],
  dateline: null,
  published: null,
  authors: [],
  body: { paragraphs: [] },
  figures: [],
  tags: [],
  related: [],
};

fs.mkdirSync(fixturesDir, { recursive: true });
try {
  fs.mkdirSync(caseDir); // not recursive: fails if the case appeared in the meantime
} catch (e) {
  fail(e.code === "EEXIST" ? `fixtures/${name} already exists; refusing to overwrite it` : `cannot create fixtures/${name}: ${e.message}`);
}
try {
  fs.writeFileSync(path.join(caseDir, "page.html"), pageBytes ?? template, { flag: "wx" });
  fs.writeFileSync(path.join(caseDir, "input.json"), JSON.stringify({ url }, null, 2) + "\n", { flag: "wx" });
  fs.writeFileSync(path.join(caseDir, "expected.json"), JSON.stringify(skeleton, null, 2) + "\n", { flag: "wx" });
} catch (e) {
  fs.rmSync(caseDir, { recursive: true, force: true }); // only the folder this run created
  fail(`cannot write fixtures/${name}: ${e.message}`);
}

const rel = path.relative(process.cwd(), caseDir) || ".";
console.log(`Created ${rel}/
  page.html      ${pageBytes ? `copied from ${values.from}` : "a minimal template: replace it with the real page"}
  input.json     url ${url} (from ${urlSource})
  expected.json  skeleton with every Article field

Now fill expected.json BY HAND, from reading page.html, following the Article contract (CONTRACT.md):
  - headline, breadcrumb (home first; separators and language switchers are not crumbs), dateline
    (raw, date, location, source, reporters; null when the page has none), published, authors;
  - body.paragraphs: the exact whitespace-collapsed text of every body block in order; leave out the
    headline, dateline-only paragraphs, captions, notices, ads/promos/share bars, newsletter boxes,
    copyright notices, comments and everything from the related section on;
  - figures (caption with the trailing credit cut, credit, image src/alt), tags, related;
  - every URL absolute, resolved against <base href> or the url in input.json.
Every value left as it is (empty arrays, null) is a claim that the page has none: check each one.
Do not paste the parser's output into expected.json.`);
