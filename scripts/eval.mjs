#!/usr/bin/env node
// `npm run eval`: scores the built library on the public corpus in ../shared/corpus (see its README for each
// set's ground truth and scoring rule). Prints one table and writes bench/results/eval.json.
// usage: node scripts/eval.mjs [--corpus DIR] [--out FILE] [--quiet] [--only set,set] [--detail set]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { shingleScores } from "./lib/shingle-metric.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const corpus = path.resolve(opt("--corpus", path.join(root, "..", "shared", "corpus")));
const outFile = path.resolve(opt("--out", path.join(root, "bench", "results", "eval.json")));
const only = opt("--only", "") ? new Set(opt("--only", "").split(",")) : undefined;
const detail = opt("--detail", "");
// --no-peers: score only this library (the quality gate); --baseline FILE: also write the scores the gate holds.
const withPeers = !args.includes("--no-peers");
const baselineFile = opt("--baseline", "");

if (!fs.existsSync(corpus)) {
  console.log(`eval: skipped — no corpus at ${corpus} (it lives in ../shared/corpus beside the repository)`);
  process.exit(0);
}
// Scores the current source: bundled on the fly with esbuild into a private temp folder, so no build step is
// needed and several evaluations can run side by side.
const { parseArticle } = await importSource();

const norm = (s) => String(s ?? "").normalize("NFC").replace(/\s+/g, " ").trim();
const safeParse = (input, options) => {
  try {
    return parseArticle(input, options);
  } catch (error) {
    return { error: String(error), breadcrumb: [], authors: [], body: { paragraphs: [], text: "", html: "" }, figures: [], tags: [], related: [] };
  }
};
const results = { corpus, date: new Date().toISOString(), sets: {} };
const want = (set) => (!only || only.has(set)) && fs.existsSync(path.join(corpus, set));

// scrapinghub: body by the benchmark's shingle metric; Readability (jsdom) in the same run when installed.
if (want("scrapinghub")) {
  const dir = path.join(corpus, "scrapinghub");
  const truth = JSON.parse(fs.readFileSync(path.join(dir, "truth.json"), "utf8"));
  const peers = JSON.parse(fs.readFileSync(path.join(dir, "peers.json"), "utf8"));
  const ids = Object.keys(truth).filter((id) => fs.existsSync(path.join(dir, `${id}.html`)));
  const ours = {};
  for (const id of ids) ours[id] = safeParse(fs.readFileSync(path.join(dir, `${id}.html`)), { url: truth[id].url }).body.text;
  const systems = { "article-anatomy": shingleScores(truth, ours, ids) };
  const readability = withPeers ? await loadReadability() : undefined;
  if (readability) {
    const theirs = {};
    for (const id of ids) theirs[id] = readability(fs.readFileSync(path.join(dir, `${id}.html`), "utf8"), truth[id].url);
    systems["readability 0.6.0 (jsdom, this run)"] = shingleScores(truth, theirs, ids);
  } else {
    systems["readability 0.6.0 (jsdom, this run)"] = { skipped: withPeers ? "jsdom / @mozilla/readability not installed" : "--no-peers" };
  }
  if (withPeers) for (const [name, outputs] of Object.entries(peers)) systems[`${name} (stored)`] = shingleScores(truth, outputs, ids.filter((id) => id in outputs));
  results.sets.scrapinghub = { pages: ids.length, systems };
  if (detail === "scrapinghub") {
    for (const id of ids) {
      const one = shingleScores(truth, ours, [id]);
      console.log(`${id.slice(0, 12)} f1=${one.f1.toFixed(3)} p=${one.precision.toFixed(3)} r=${one.recall.toFixed(3)} ${truth[id].url}`);
    }
  }
}

// readability test pages: headline exact match, published day, byline match.
if (want("readability")) {
  const dir = path.join(corpus, "readability");
  const pages = fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, "expected-metadata.json")));
  let titles = 0, titleOk = 0, titleStrict = 0, dates = 0, dateOk = 0, bylines = 0, bylineOk = 0;
  const misses = [];
  for (const name of pages) {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, name, "expected-metadata.json"), "utf8"));
    const a = safeParse(fs.readFileSync(path.join(dir, name, "source.html")), { url: "http://fakehost/test/page.html" });
    if (meta.title) {
      titles++;
      if (norm(a.headline) === norm(meta.title)) titleStrict++;
      if (sameTitle(a.headline, meta.title)) titleOk++;
      else misses.push(`${name}: headline ${JSON.stringify(a.headline)} vs ${JSON.stringify(meta.title)}`);
    }
    if (meta.publishedTime) {
      dates++;
      const day = dayOf(meta.publishedTime);
      if (day && a.published && a.published.slice(0, 10) === day) dateOk++;
      else misses.push(`${name}: published ${a.published} vs ${meta.publishedTime}`);
    }
    if (meta.byline) {
      bylines++;
      const byline = norm(meta.byline).toLowerCase();
      if (a.authors.length > 0 && a.authors.every((n) => byline.includes(norm(n).toLowerCase()))) bylineOk++;
      else misses.push(`${name}: authors ${JSON.stringify(a.authors)} vs ${JSON.stringify(meta.byline)}`);
    }
  }
  results.sets.readability = { pages: pages.length, headline: rate(titleOk, titles), headlineStrict: rate(titleStrict, titles), published: rate(dateOk, dates), byline: rate(bylineOk, bylines) };
  if (detail === "readability") console.log(misses.join("\n"));
}

// zh-cwce: body by the shingle metric, author and date accuracy.
if (want("zh-cwce")) {
  const dir = path.join(corpus, "zh-cwce");
  const truth = JSON.parse(fs.readFileSync(path.join(dir, "truth.json"), "utf8"));
  const ids = Object.keys(truth).filter((id) => fs.existsSync(path.join(dir, `${id}.html`)));
  const bodies = {};
  let authors = 0, authorOk = 0, dates = 0, dateOk = 0;
  const misses = [];
  for (const id of ids) {
    const a = safeParse(fs.readFileSync(path.join(dir, `${id}.html`)));
    bodies[id] = a.body.text;
    const t = truth[id];
    if (typeof t.author === "string" && t.author !== "") {
      authors++;
      const want = new Set(t.author.split(/[\s、]+/).filter(Boolean));
      const got = new Set(a.authors.flatMap((n) => n.split(/[\s、]+/)).filter(Boolean));
      if (want.size === got.size && [...want].every((n) => got.has(n))) authorOk++;
      else misses.push(`${id}: authors ${JSON.stringify(a.authors)} vs ${JSON.stringify(t.author)}`);
    }
    // The label 刘涛 on one page is a name, not a date (see the corpus README): not scored.
    if (typeof t.date === "string" && /^\d{4}/.test(t.date)) {
      dates++;
      if (datePrefixMatch(t.date, a.published)) dateOk++;
      else misses.push(`${id}: published ${a.published} vs ${t.date}`);
    }
  }
  const truthBodies = Object.fromEntries(ids.map((id) => [id, { articleBody: truth[id].body }]));
  results.sets["zh-cwce"] = { pages: ids.length, body: shingleScores(truthBodies, bodies, ids), author: rate(authorOk, authors), date: rate(dateOk, dates) };
  if (detail === "zh-cwce") {
    for (const id of ids) {
      const one = shingleScores(truthBodies, bodies, [id]);
      console.log(`${id.slice(0, 8)} f1=${one.f1.toFixed(3)} p=${one.precision.toFixed(3)} r=${one.recall.toFixed(3)}`);
    }
    console.log(misses.join("\n"));
  }
}

// htmldate: published day by htmldate's own rule, no URL given.
if (want("htmldate")) {
  const dir = path.join(corpus, "htmldate");
  const truth = JSON.parse(fs.readFileSync(path.join(dir, "truth.json"), "utf8"));
  let tp = 0, fp = 0, fn = 0;
  const misses = [];
  for (const [id, t] of Object.entries(truth)) {
    const file = path.join(dir, `${id}.html`);
    if (!fs.existsSync(file)) continue;
    const a = safeParse(fs.readFileSync(file));
    const day = a.published ? a.published.slice(0, 10) : undefined;
    if (!day) fn++, misses.push(`${id}: none vs ${t.date} ${t.url}`);
    else if (day === t.date) tp++;
    else fp++, misses.push(`${id}: ${day} vs ${t.date} ${t.url}`);
  }
  const precision = tp / (tp + fp || 1), recall = tp / (tp + fn || 1);
  results.sets.htmldate = { pages: tp + fp + fn, precision, recall, f: (2 * tp) / (2 * tp + fp + fn || 1), accuracy: tp / (tp + fp + fn || 1) };
  if (detail === "htmldate") console.log(misses.join("\n"));
}

// gne: hand-labelled Chinese news pages; share of labelled fields exact, per field.
if (want("gne")) {
  const dir = path.join(corpus, "gne");
  const labels = JSON.parse(fs.readFileSync(path.join(dir, "labels.json"), "utf8"));
  const fields = {};
  const misses = [];
  const score = (field, ok, detailText) => {
    fields[field] ??= { exact: 0, labelled: 0 };
    fields[field].labelled++;
    if (ok) fields[field].exact++;
    else misses.push(detailText);
  };
  for (const [key, label] of Object.entries(labels)) {
    const file = path.join(dir, `${key}.html`);
    if (!fs.existsSync(file)) continue;
    const a = safeParse(fs.readFileSync(file), label.url ? { url: label.url } : {});
    const paragraphs = a.body.paragraphs.map(norm);
    if (label.headline != null) score("headline", norm(a.headline) === norm(label.headline), `${key}: headline ${JSON.stringify(a.headline)} vs ${JSON.stringify(label.headline)}`);
    if (label.published != null) score("published", (a.published ?? "").slice(0, 10) === label.published, `${key}: published ${a.published} vs ${label.published}`);
    if (label.authors != null) score("authors", sameSet(a.authors.map(norm), label.authors.map(norm)), `${key}: authors ${JSON.stringify(a.authors)} vs ${JSON.stringify(label.authors)}`);
    if (label.breadcrumb != null) score("breadcrumb", JSON.stringify(a.breadcrumb.map((c) => norm(c.label))) === JSON.stringify(label.breadcrumb.map(norm)), `${key}: breadcrumb ${JSON.stringify(a.breadcrumb.map((c) => c.label))} vs ${JSON.stringify(label.breadcrumb)}`);
    if (label.tags != null) score("tags", JSON.stringify(a.tags.map((t) => norm(t.label))) === JSON.stringify(label.tags.map(norm)), `${key}: tags ${JSON.stringify(a.tags.map((t) => t.label))} vs ${JSON.stringify(label.tags)}`);
    if (label.body_first != null) score("body_first", paragraphs[0] === norm(label.body_first), `${key}: body_first ${JSON.stringify((paragraphs[0] ?? "").slice(0, 80))} vs ${JSON.stringify(norm(label.body_first).slice(0, 80))}`);
    if (label.body_last != null) score("body_last", paragraphs[paragraphs.length - 1] === norm(label.body_last), `${key}: body_last ${JSON.stringify((paragraphs[paragraphs.length - 1] ?? "").slice(-80))} vs ${JSON.stringify(norm(label.body_last).slice(-80))}`);
  }
  const exact = Object.values(fields).reduce((s, f) => s + f.exact, 0);
  const labelled = Object.values(fields).reduce((s, f) => s + f.labelled, 0);
  results.sets.gne = { pages: Object.keys(labels).length, exact: rate(exact, labelled), fields: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, rate(f.exact, f.labelled)])) };
  if (detail === "gne") console.log(misses.join("\n"));
}

gateScores(results);
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
if (baselineFile) {
  fs.writeFileSync(path.resolve(baselineFile), `${JSON.stringify({ note: "Public-corpus scores the quality gate (test/quality-gate.test.ts) holds; refresh with npm run eval:baseline after a real improvement.", scores: gateScores(results) }, null, 2)}\n`);
  console.log(`eval: wrote baseline ${baselineFile}`);
}
if (!args.includes("--quiet")) printTable(results);
console.log(`eval: wrote ${path.relative(process.cwd(), outFile)}`);

async function importSource() {
  const { build } = await import("esbuild");
  const os = await import("node:os");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "article-anatomy-eval-"));
  const outfile = path.join(dir, "index.mjs");
  await build({ entryPoints: [path.join(root, "src", "index.ts")], bundle: true, platform: "node", format: "esm", outfile, logLevel: "error", absWorkingDir: root });
  try {
    return await import(outfile);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
/** The numbers the quality gate holds, flat: `set.measure` → value. */
export function gateScores(r) {
  const out = {};
  const sh = r.sets.scrapinghub?.systems["article-anatomy"];
  if (sh) Object.assign(out, { "scrapinghub.f1": sh.f1, "scrapinghub.precision": sh.precision, "scrapinghub.recall": sh.recall });
  const rd = r.sets.readability;
  if (rd) Object.assign(out, { "readability.headline": rd.headline.value, "readability.published": rd.published.value, "readability.byline": rd.byline.value });
  const cw = r.sets["zh-cwce"];
  if (cw) Object.assign(out, { "zh-cwce.body-f1": cw.body.f1, "zh-cwce.author": cw.author.value, "zh-cwce.date": cw.date.value });
  const hd = r.sets.htmldate;
  if (hd) Object.assign(out, { "htmldate.f": hd.f });
  const g = r.sets.gne;
  if (g) Object.assign(out, { "gne.exact": g.exact.value });
  results.gate = out;
  return out;
}
function rate(ok, total) {
  return { value: total ? ok / total : null, ok, total };
}
// Readability's reference titles are its own output, which often keeps the page's site suffix
// ("Headline | Site", "Headline - Author - Medium", "Headline _栏目 _网站"); CONTRACT.md says a headline has
// none. A headline matches when it equals the reference, or the reference is it plus such a suffix.
function sameTitle(ours, reference) {
  const a = norm(ours), b = norm(reference);
  if (!a) return false;
  if (a === b) return true;
  return b.startsWith(a) && /^\s*[|\-–—_:·•»（(｜]/.test(b.slice(a.length));
}
function sameSet(a, b) {
  return a.length === b.length && b.every((x) => a.includes(x));
}
function dayOf(value) {
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return m[0];
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
}
// Compares only as many fields as the label has, zero-padded (the corpus README's suggestion).
function datePrefixMatch(label, published) {
  if (!published) return false;
  const parts = label.split(/[-\s:]/).filter(Boolean).map((p) => p.padStart(2, "0"));
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?/.exec(published);
  if (!m) return false;
  const ours = m.slice(1).filter((x) => x !== undefined);
  return parts.every((p, i) => ours[i] === (i === 0 ? p.padStart(4, "0") : p));
}
async function loadReadability() {
  try {
    const { JSDOM, VirtualConsole } = await import("jsdom");
    const { Readability } = await import("@mozilla/readability");
    const virtualConsole = new VirtualConsole();
    return (html, url) => {
      try {
        const dom = new JSDOM(html, { url, virtualConsole });
        return new Readability(dom.window.document).parse()?.textContent ?? "";
      } catch {
        return "";
      }
    };
  } catch {
    return undefined;
  }
}
function fmt(x) {
  return x === null || x === undefined ? "  —  " : x.toFixed(3);
}
function printTable(r) {
  const rows = [["set", "measure", "value"]];
  const sh = r.sets.scrapinghub;
  if (sh) for (const [name, s] of Object.entries(sh.systems)) rows.push(["scrapinghub", `${name} F1 / P / R / acc`, s.skipped ? `skipped: ${s.skipped}` : `${fmt(s.f1)} / ${fmt(s.precision)} / ${fmt(s.recall)} / ${fmt(s.accuracy)}`]);
  const rd = r.sets.readability;
  if (rd) rows.push(["readability", "headline (site suffix allowed) / headline strict / published / byline", `${fmt(rd.headline.value)} / ${fmt(rd.headlineStrict.value)} / ${fmt(rd.published.value)} / ${fmt(rd.byline.value)}`]);
  const cw = r.sets["zh-cwce"];
  if (cw) rows.push(["zh-cwce", "body F1 / author / date", `${fmt(cw.body.f1)} / ${fmt(cw.author.value)} / ${fmt(cw.date.value)}`]);
  const hd = r.sets.htmldate;
  if (hd) rows.push(["htmldate", "date P / R / F", `${fmt(hd.precision)} / ${fmt(hd.recall)} / ${fmt(hd.f)}`]);
  const g = r.sets.gne;
  if (g) rows.push(["gne", "fields exact (" + Object.entries(g.fields).map(([k, v]) => `${k} ${v.ok}/${v.total}`).join(", ") + ")", fmt(g.exact.value)]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join("  "));
}
