#!/usr/bin/env node
// `npm run bench`: how fast article-anatomy is next to its floor (htmlparser2's `parseDocument` alone) and
// next to the peers, on every page of ../shared/corpus, the fixtures, and synthetic pages of 1, 5 and 20 MB.
// Timings are reported, never asserted (no test reads them).
//
// usage: node scripts/bench.mjs [--quick] [--corpus DIR] [--out FILE] [--docs FILE] [--no-docs] [--no-peers]
//                               [--no-heap] [--no-size] [--peer-pages N] [--rounds N] [--info-pages N]
//   (default)  every page: a warm-up round on 20 of them, then 2 timed rounds of the parses and
//              parseArticle and 2 of parse + each extractor; "extractor alone" and parseArticle on bytes
//              on 120 pages; peers on 40 pages, 2 rounds; synthetic 1 / 5 / 20 MB (parse + each extractor
//              at 1 and 5 MB); peak heap at 1 and 20 MB; bundle sizes. Writes bench/results/bench.json
//              and the results section of docs/performance.md.
//   --quick    4 pages per set, 1 warm-up + 3 timed rounds of everything; peers on 8 pages, 1 round;
//              synthetic pages: parse tasks only; peak heap at 1 MB. Prints only (writes with
//              --out FILE / --docs FILE).
//
// Method (also in docs/performance.md):
// - The library is bundled from the current src/ with esbuild into a private temp folder, together with
//   htmlparser2's `parseDocument`, so the floor and the library run the very same htmlparser2 code.
// - Everything is interleaved: each round visits every page in a shuffled order and runs every task on it
//   in a shuffled order, one call each. Round 0 is warm-up (not recorded). A page's time for a task is the
//   median of its rounds; a task's time is the median over pages; a ratio is the median over pages of the
//   per-page ratio.
// - Extractors cache per document, so "parse + extractX" parses afresh in the timed call, and
//   "extractX alone" gets a document parsed just before, outside the timed region, and never reused.
// - Synthetic pages: a child process per size, tasks interleaved there (scripts/lib/bench-synthetic.mjs).
// - Peak heap: on every real page, in one child process (scripts/lib/bench-heap-pages.mjs; the target, a median
//   over the corpus like the others; above the heap after a minor collection, see there why not a forced
//   full one); on the synthetic pages, a child process per measurement (scripts/lib/bench-heap.mjs).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EXTRACTORS, bundleLibrary, machineInfo, versions } from "./lib/bench-lib.mjs";
import { FALLBACK_URL, loadRealPages, spread, subsetPerSet, syntheticPage, syntheticTemplate } from "./lib/bench-pages.mjs";
import { kb, median, ms, quantile, round, table, times, verdict } from "./lib/bench-report.mjs";

const started = performance.now();
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const quick = args.includes("--quick");
const corpus = path.resolve(opt("--corpus", path.join(root, "..", "shared", "corpus")));
const outFile = opt("--out", quick ? undefined : path.join(root, "bench", "results", "bench.json"));
const docsFile = args.includes("--no-docs") ? undefined : opt("--docs", quick ? undefined : path.join(root, "docs", "performance.md"));
const withPeers = !args.includes("--no-peers");
const withHeap = !args.includes("--no-heap");
const withSize = !args.includes("--no-size");

const MB = 1_000_000;
// rounds: timed rounds of the parse tasks and parseArticle on every page; extractorRounds: of parse + each
// extractor on every page; infoPages / infoRounds: the informational tasks (extractor alone, parseArticle on
// bytes) run on that many pages (spread over the sets) in that many rounds. synthetic, per size: rounds of
// parseArticle (and of parse + each extractor when `extractors`), parseRounds of the two parse tasks (cheap,
// and the denominator of the growth ratio, so they get more samples).
const config = quick
  ? {
      mode: "quick", perSet: 4, warmup: 1, warmupPages: Infinity, rounds: 3, extractorRounds: 3, infoPages: Infinity, infoRounds: 3, peerPages: 8, peerRounds: 1,
      synthetic: { 1: { rounds: 3, parseRounds: 7, extractors: false }, 5: { rounds: 1, parseRounds: 3, extractors: false }, 20: { rounds: 1, parseRounds: 3, extractors: false } },
      heapMB: [1], heapCap: false,
    }
  : {
      mode: "full", perSet: Infinity, warmup: 1, warmupPages: 20, rounds: 2, extractorRounds: 2, infoPages: 120, infoRounds: 1, peerPages: 40, peerRounds: 2,
      synthetic: { 1: { rounds: 5, parseRounds: 9, extractors: true }, 5: { rounds: 1, parseRounds: 3, extractors: true }, 20: { rounds: 4, parseRounds: 6, extractors: false } },
      heapMB: [1, 20], heapCap: true,
    };
config.syntheticMB = Object.keys(config.synthetic).map(Number).sort((a, b) => a - b);
if (opt("--peer-pages")) config.peerPages = Number(opt("--peer-pages"));
if (opt("--rounds")) config.rounds = Number(opt("--rounds"));
if (opt("--info-pages")) config.infoPages = Number(opt("--info-pages"));

const log = (...parts) => console.log(...parts);
const notes = [];
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

// ── the code under test ──────────────────────────────────────────────────────────────────────────────────
const bundle = await bundleLibrary(root);
const lib = await import(bundle.file);
const peerVersions = versions(root, ["htmlparser2", "jsdom", "linkedom", "@mozilla/readability", "@postlight/parser", "@extractus/article-extractor"]);
const peers = withPeers ? await loadPeers() : {};

// ── pages ────────────────────────────────────────────────────────────────────────────────────────────────
const { pages: allReal, corpusFound } = loadRealPages(root, corpus);
if (!corpusFound) {
  const note = `NO CORPUS at ${corpus}: measured on fixtures/*/page.html and the synthetic pages only.`;
  notes.push(note);
  log(`bench: ${note}`);
}
const real = quick ? subsetPerSet(allReal, config.perSet) : allReal;
for (const page of real) {
  page.html = lib.decodeHtml(page.bytes).text;
  page.opts = page.url ? { url: page.url } : undefined;
  page.peerUrl = page.url ?? FALLBACK_URL;
}
const template = syntheticTemplate(root);
const templateUrl = "https://coastlinereview.net/news/port-strike-enters-second-week/";
const synthetic = config.syntheticMB.map((mb) => {
  const html = syntheticPage(template, mb * MB);
  const bytes = new Uint8Array(Buffer.from(html, "utf8"));
  return { id: `synthetic/${mb}MB`, set: "synthetic", mb, html, bytes, size: bytes.byteLength, url: templateUrl, opts: { url: templateUrl }, peerUrl: templateUrl, synthetic: true };
});
const peerPages = new Set(withPeers ? spread(real, config.peerPages) : []);
const warmupPages = new Set(spread(real, config.warmupPages));
const infoPages = new Set(spread(real, config.infoPages));
const pages = [...real, ...synthetic]; // the interleaved loop runs on `real`; synthetic pages run in children
const setsMeasured = [...new Set(real.map((p) => p.set))];
log(
  `bench (${config.mode}): ${real.length} real pages (${setsMeasured.map((s) => `${s} ${real.filter((p) => p.set === s).length}`).join(", ")})` +
    ` + synthetic ${config.syntheticMB.map((m) => `${m} MB`).join(", ")}; peers on ${peerPages.size} of them${withPeers ? "" : " (--no-peers)"}.`,
);
if (quick) notes.push(`--quick: ${config.perSet} pages per set, ${config.rounds} timed rounds; peers on ${peerPages.size} pages; synthetic pages only get the parse tasks; peak heap on these pages and the 1 MB page only.`);
if (infoPages.size < real.length) notes.push(`To keep the run short, "extractor alone" and "parseArticle on bytes" run on ${infoPages.size} of the ${real.length} real pages (spread evenly over the sets), ${config.infoRounds} timed round(s); every other task runs on every page.`);
if (withPeers) notes.push(`Peers are slow, so they run on ${peerPages.size} of the ${real.length} real pages (spread evenly over the sets), ${config.peerRounds} timed round(s) each, and not on the synthetic pages.`);

// ── tasks ────────────────────────────────────────────────────────────────────────────────────────────────
// kind: "ours" runs on every page and round; "peer" only on peer pages in the first warm-up + peerRounds
// rounds. `setup` runs outside the timed region; `core` tasks also run on synthetic pages in --quick.
const tasks = [
  { key: "parseDocument", label: "htmlparser2 `parseDocument` (floor)", kind: "ours", core: true, parseOnly: true, run: (p) => lib.parseDocument(p.html) },
  { key: "parseHtml", label: "`parseHtml` (our tree builder)", kind: "ours", core: true, parseOnly: true, run: (p) => lib.parseHtml(p.html) },
  { key: "parseArticle", label: "`parseArticle`", kind: "ours", core: true, run: (p) => lib.parseArticle(p.html, p.opts) },
  { key: "parseArticle(bytes)", label: "`parseArticle` on bytes (charset decoding included)", kind: "ours", info: true, run: (p) => lib.parseArticle(p.bytes, p.opts) },
  ...EXTRACTORS.map((name) => ({ key: `parse+${name}`, label: `\`parseHtml\` + \`${name}\``, kind: "ours", extractor: name, run: (p) => lib[name](lib.parseHtml(p.html), p.opts) })),
  ...EXTRACTORS.map((name) => ({ key: `${name} alone`, label: `\`${name}\` alone (on a fresh parsed doc)`, kind: "ours", info: true, extractor: name, setup: (p) => lib.parseHtml(p.html), run: (p, doc) => lib[name](doc, p.opts) })),
  ...Object.entries(peers).map(([key, peer]) => ({ key, label: peer.label, kind: "peer", async: peer.async, run: peer.run })),
];

// ── the interleaved run ──────────────────────────────────────────────────────────────────────────────────
const samples = new Map(pages.map((p) => [p.id, new Map()])); // page → task → ms[]
const failures = new Map(); // task → [{ page, error }]
const failed = new Set(); // `${page}\u0000${task}`: skipped after the first failure
const random = mulberry32(20240611);
let sink;
const roundsOf = () => Math.max(config.rounds, config.extractorRounds, config.infoRounds);
const load = [os.loadavg()[0]];
const syntheticKeyUsed = (t) => (t.core && t.key !== "parseArticle(bytes)") || (t.key.startsWith("parse+") && config.syntheticMB.some((mb) => config.synthetic[mb].extractors));
const totalRounds = config.warmup + roundsOf();

for (let round = 0; round < totalRounds; round++) {
  const order = shuffle([...real], random);
  for (const page of order) {
    if (round >= config.warmup + roundsOf(page)) continue;
    // Warm-up: the JIT warms on a spread of real pages.
    if (round < config.warmup && !(warmupPages.has(page) || peerPages.has(page))) continue;
    const timedRound = round - config.warmup; // < 0 in warm-up
    const list = tasks.filter((t) => {
      if (t.kind === "peer") return peerPages.has(page) && timedRound < config.peerRounds;
      if (timedRound < 0) return warmupPages.has(page);
      if (t.info) return infoPages.has(page) && timedRound < config.infoRounds;
      return timedRound < (t.extractor ? config.extractorRounds : config.rounds);
    });
    for (const task of shuffle(list, random)) {
      const key = `${page.id}\u0000${task.key}`;
      if (failed.has(key)) continue;
      try {
        const input = task.setup ? task.setup(page) : undefined;
        let t0;
        let t1;
        if (task.async) {
          t0 = performance.now();
          sink = await task.run(page, input);
          t1 = performance.now();
        } else {
          t0 = performance.now();
          sink = task.run(page, input);
          t1 = performance.now();
        }
        if (round >= config.warmup) {
          const byTask = samples.get(page.id);
          if (!byTask.has(task.key)) byTask.set(task.key, []);
          byTask.get(task.key).push(t1 - t0);
        }
      } catch (error) {
        failed.add(key);
        if (!failures.has(task.key)) failures.set(task.key, []);
        failures.get(task.key).push({ page: page.id, error: String(error?.message ?? error).slice(0, 200) });
      }
    }
  }
  load.push(os.loadavg()[0]);
  log(`  round ${round + 1}/${totalRounds}${round < config.warmup ? " (warm-up)" : ""} done at ${elapsed()} (load average ${os.loadavg()[0].toFixed(1)})`);
}
sink = undefined;

// ── synthetic pages: one child process per size (scripts/lib/bench-synthetic.mjs says why) ───────────────
for (const page of synthetic) {
  const plan = config.synthetic[page.mb];
  page.file = path.join(bundle.dir, `synthetic-${page.mb}MB.html`);
  fs.writeFileSync(page.file, page.html);
  const childPlan = { parseRounds: plan.parseRounds, rounds: plan.rounds, extractors: plan.extractors ? EXTRACTORS : [] };
  try {
    const out = execFileSync(process.execPath, [path.join(root, "scripts", "lib", "bench-synthetic.mjs"), bundle.file, page.file, page.url, JSON.stringify(childPlan)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 16 << 20,
      timeout: 900_000,
    });
    const result = JSON.parse(out.trim().split("\n").at(-1));
    samples.set(page.id, new Map(Object.entries(result.samples)));
    for (const [key, error] of Object.entries(result.errors ?? {})) {
      if (!failures.has(key)) failures.set(key, []);
      failures.get(key).push({ page: page.id, error });
    }
  } catch (error) {
    if (!failures.has("synthetic")) failures.set("synthetic", []);
    failures.get("synthetic").push({ page: page.id, error: String(error?.stderr || error?.message || error).slice(0, 300) });
  }
  load.push(os.loadavg()[0]);
  log(`  synthetic ${page.mb} MB done at ${elapsed()} (load average ${os.loadavg()[0].toFixed(1)})`);
}
// ── hostile shapes (issue 5): growth from n to 10 n, in a child process (scripts/lib/bench-hostile.mjs) ────
let hostile = [];
try {
  const out = execFileSync(process.execPath, [path.join(root, "scripts", "lib", "bench-hostile.mjs"), bundle.file, String(quick ? 0.05 : 0.2)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 16 << 20,
    timeout: 900_000,
  });
  hostile = JSON.parse(out.trim().split("\n").at(-1)).rows.map((r) => ({
    ...r,
    growthParseDocument: r.parseDocument[1] / r.parseDocument[0],
    growthParseArticle: r.parseArticle[1] / r.parseArticle[0],
  }));
} catch (error) {
  failures.set("hostile", [{ page: "hostile shapes", error: String(error?.stderr || error?.message || error).slice(0, 300) }]);
}
log(`  hostile shapes done at ${elapsed()} (load average ${os.loadavg()[0].toFixed(1)})`);
const timedSeconds = (performance.now() - started) / 1000;

// ── statistics ───────────────────────────────────────────────────────────────────────────────────────────
const pageMedian = (page, key) => median(samples.get(page.id)?.get(key) ?? []);
const overPages = (list, key) => {
  const values = list.map((p) => pageMedian(p, key)).filter((x) => x !== undefined);
  return { median: median(values), p90: quantile(values, 0.9), pages: values.length };
};
const ratioOverPages = (list, a, b) => {
  const values = [];
  for (const p of list) {
    const x = pageMedian(p, a);
    const y = pageMedian(p, b);
    if (x !== undefined && y !== undefined && y > 0) values.push(x / y);
  }
  return { median: median(values), p90: quantile(values, 0.9), pages: values.length };
};

const ours = tasks.filter((t) => t.kind === "ours");
const rows = ours.map((t) => ({ key: t.key, label: t.label, extractor: t.extractor, ...overPages(real, t.key), vsFloor: ratioOverPages(real, t.key, "parseDocument") }));
const peerList = [...peerPages];
const peerRows = withPeers
  ? ["parseDocument", "parseArticle", ...Object.keys(peers)].map((key) => ({
      key,
      label: tasks.find((t) => t.key === key)?.label ?? key,
      ...overPages(peerList, key),
      vsParseArticle: ratioOverPages(peerList, key, "parseArticle"),
    }))
  : [];
const bySet = setsMeasured.map((set) => {
  const list = real.filter((p) => p.set === set);
  return {
    set,
    pages: list.length,
    medianBytes: median(list.map((p) => p.size)),
    parseDocument: overPages(list, "parseDocument").median,
    parseArticle: overPages(list, "parseArticle").median,
    ratio: ratioOverPages(list, "parseArticle", "parseDocument").median,
  };
});
const worst = real
  .map((p) => ({ page: p.id, bytes: p.size, parseDocument: pageMedian(p, "parseDocument"), parseArticle: pageMedian(p, "parseArticle") }))
  .filter((r) => r.parseDocument && r.parseArticle)
  .map((r) => ({ ...r, ratio: r.parseArticle / r.parseDocument }))
  .sort((a, b) => b.ratio - a.ratio)
  .slice(0, 8);

const syntheticKeys = ours.filter(syntheticKeyUsed).map((t) => t.key);
const syntheticRows = syntheticKeys.map((key) => {
  const bySize = Object.fromEntries(synthetic.map((p) => [p.mb, pageMedian(p, key)]));
  const first = bySize[config.syntheticMB[0]];
  const last = bySize[config.syntheticMB.at(-1)];
  return { key, label: tasks.find((t) => t.key === key).label, bySize, growth: first && last ? last / first : undefined };
});
const growthOf = (key) => syntheticRows.find((r) => r.key === key)?.growth;

// ── peak heap, one child process per measurement ────────────────────────────────────────────────────────
const heap = [];
if (withHeap) {
  log(`  heap: ${config.heapMB.length * 2} child processes…`);
  for (const mb of config.heapMB) {
    const page = synthetic.find((p) => p.mb === mb) ?? { html: syntheticPage(template, mb * MB) };
    const file = path.join(bundle.dir, `synthetic-${mb}MB.html`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, page.html);
    const row = { mb, inputBytes: Buffer.byteLength(page.html) };
    const child = (mode, flags = [], timeout = 600_000) =>
      execFileSync(process.execPath, ["--expose-gc", ...flags, path.join(root, "scripts", "lib", "bench-heap.mjs"), bundle.file, file, mode], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 1 << 20,
        timeout,
      });
    for (const mode of ["parseDocument", "parseArticle"]) {
      try {
        row[mode] = JSON.parse(child(mode).trim().split("\n").at(-1));
      } catch (error) {
        row[mode] = { error: String(error?.stderr || error?.message || error).slice(0, 300) };
      }
    }
    // The peak above counts garbage V8 had not yet collected. To tell whether the live data alone fits in
    // 12× the input, parse again with the old generation capped at (heap before the parse + 12 × input).
    if (config.heapCap && row.parseArticle?.baseBytes !== undefined) {
      const capMiB = Math.ceil((row.parseArticle.baseBytes + 12 * row.inputBytes) / 2 ** 20);
      try {
        child("parseArticle", [`--max-old-space-size=${capMiB}`], 300_000);
        row.capped12x = { capMiB, fits: true };
      } catch (error) {
        const text = String(error?.stderr ?? "");
        row.capped12x = { capMiB, fits: false, why: /out of memory/i.test(text) ? "out of memory" : error?.signal === "SIGTERM" ? "timed out" : text.split("\n").find((l) => l.trim())?.slice(0, 200) ?? String(error?.message) };
      }
    }
    heap.push(row);
  }
}
// Peak heap on every real page (one child process for all of them); the target is the median over the corpus.
let pageHeap;
if (withHeap) {
  log(`  heap: every real page, one child process…`);
  try {
    const ids = path.join(bundle.dir, "heap-page-ids.json");
    fs.writeFileSync(ids, JSON.stringify(real.map((p) => p.id)));
    const out = execFileSync(process.execPath, ["--expose-gc", path.join(root, "scripts", "lib", "bench-heap-pages.mjs"), bundle.file, root, corpus, ids], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 16 << 20,
      timeout: 900_000,
    });
    // The pages this run timed (all of them, or --quick's subset).
    pageHeap = JSON.parse(out.trim().split("\n").at(-1)).pages;
  } catch (error) {
    notes.push(`Peak heap per page failed: ${String(error?.stderr || error?.message || error).slice(0, 300)}`);
  }
}
const pageHeapRatio = (rows, mode) => {
  const ratios = (rows ?? []).map((r) => r[mode] / r.bytes).filter(Number.isFinite);
  return { median: ratios.length ? median(ratios) : undefined, p90: ratios.length ? quantile(ratios, 0.9) : undefined, pages: ratios.length };
};
const heapPagesOf = (set) => (pageHeap ?? []).filter((r) => (set === "corpus" ? r.set !== "fixtures" : set === "all" ? true : r.set === set));
/** Per-page peak heap by group of pages ("corpus", each set, "all"): medians of both tasks, for the JSON and the table. */
const heapBySet = pageHeap
  ? ["corpus", ...new Set(pageHeap.map((r) => r.set)), "all"].map((set) => {
      const rows = heapPagesOf(set);
      return {
        set,
        article: pageHeapRatio(rows, "parseArticle"),
        document: pageHeapRatio(rows, "parseDocument"),
        forced: pageHeapRatio(rows, "parseArticleAfterForcedGc"),
        withFullCollection: rows.filter((r) => r.fullCollections > 0).length,
      };
    })
  : undefined;

const heapRatio = (row, mode) => (row[mode]?.peakBytes !== undefined ? row[mode].peakBytes / row.inputBytes : undefined);
const worstHeap = heap.length ? Math.max(...heap.map((r) => heapRatio(r, "parseArticle") ?? Number.NaN)) : undefined;

// ── bundle sizes: a private tsup build (never dist/), measured by size-limit as test/size.test.ts does ─────
const sizes = withSize ? measureSizes() : undefined;

// ── targets ──────────────────────────────────────────────────────────────────────────────────────────────
const row = (key) => rows.find((r) => r.key === key);
const peerRow = (key) => peerRows.find((r) => r.key === key);
const extractorRows = rows.filter((r) => r.key.startsWith("parse+"));
const growthRatio = growthOf("parseArticle") && growthOf("parseDocument") ? growthOf("parseArticle") / growthOf("parseDocument") : undefined;
// Issue 4's targets are medians over the corpus (../shared/corpus). The fixtures, our own small pages, are timed
// and reported with the rest (the tables below) but are not part of the targets; without the corpus they stand in.
const hasCorpus = real.some((p) => p.set !== "fixtures");
const targetPages = hasCorpus ? real.filter((p) => p.set !== "fixtures") : real;
const targetPeerPages = peerList.filter((p) => targetPages.includes(p));
const pagesNamed = hasCorpus ? "corpus pages" : "fixture pages (no corpus)";
const overTargetPages = (key) => ratioOverPages(targetPages, key, "parseDocument");
const allPagesNote = (r) => (hasCorpus ? `; all ${r.vsFloor.pages} pages with the fixtures: ${r.vsFloor.median?.toFixed(2)}×` : "");
const heapTarget = heapBySet?.find(({ set }) => set === (hasCorpus ? "corpus" : "all")) ?? { article: pageHeapRatio([], "parseArticle"), document: pageHeapRatio([], "parseDocument"), forced: pageHeapRatio([], "parseArticleAfterForcedGc"), withFullCollection: 0 };
if (heapTarget.withFullCollection > 0) {
  notes.push(`Peak heap per page: ${heapTarget.withFullCollection} of the calls had a full collection during them, which can free old garbage the base held; their peak may read low.`);
}
const worstTargetExtractor = extractorRows.reduce((a, b) => ((overTargetPages(b.key).median ?? 0) > (a ? overTargetPages(a.key).median ?? -1 : -1) ? b : a), undefined);
const peerTarget = (key) => (withPeers ? ratioOverPages(targetPeerPages, key, "parseArticle") : { median: undefined, pages: 0 });
const targets = [
  { name: "parseArticle / parseDocument", value: overTargetPages("parseArticle").median, op: "<=", limit: 1.5, unit: "×", over: `median of per-page ratios, ${overTargetPages("parseArticle").pages} ${pagesNamed}${row("parseArticle") ? allPagesNote(row("parseArticle")) : ""}` },
  ...extractorRows.map((r) => ({ name: `(parseHtml + ${r.extractor}) / parseDocument`, value: overTargetPages(r.key).median, op: "<=", limit: 1.15, unit: "×", over: `${overTargetPages(r.key).pages} ${pagesNamed}${allPagesNote(r)}` })),
  { name: "parse + any single extractor / parseDocument (worst extractor)", value: worstTargetExtractor ? overTargetPages(worstTargetExtractor.key).median : undefined, op: "<=", limit: 1.15, unit: "×", over: worstTargetExtractor ? `worst: ${worstTargetExtractor.extractor}` : "" },
  { name: "Readability+jsdom / parseArticle", value: peerTarget("readability+jsdom").median, op: ">=", limit: 40, unit: "×", over: `${peerTarget("readability+jsdom").pages} peer ${pagesNamed}` },
  { name: "Postlight / parseArticle", value: peerTarget("postlight").median, op: ">=", limit: 15, unit: "×", over: `${peerTarget("postlight").pages} peer ${pagesNamed}` },
  { name: `growth ${config.syntheticMB[0]} MB → ${config.syntheticMB.at(-1)} MB: parseArticle's / parseDocument's`, value: growthRatio, op: "<=", limit: 1.3, unit: "×", over: `parseArticle ×${growthOf("parseArticle")?.toFixed(1)}, parseDocument ×${growthOf("parseDocument")?.toFixed(1)}` },
  { name: "peak heap / input size (parseArticle, median over pages)", value: heapTarget.article.median, op: "<=", limit: 12, unit: "×", over: `${heapTarget.article.pages} ${pagesNamed}; parseDocument ${heapTarget.document.median?.toFixed(1) ?? "—"}×; after a forced full GC (the method until session 12) ${heapTarget.forced.median?.toFixed(1) ?? "—"}×; calls with a full GC during them: ${heapTarget.withFullCollection}` },
  { name: "peak heap / input size (parseArticle, worst synthetic page)", value: worstHeap, op: "<=", limit: 12, unit: "×", over: heap.map((r) => `${r.mb} MB ${heapRatio(r, "parseArticle")?.toFixed(1) ?? "—"}×`).join(", ") },
  ...(sizes?.rows ?? []).map((r) => ({ name: `min+gzip ${r.name} − floor`, value: r.extra / 1000, op: "<=", limit: r.budget / 1000, unit: " kB", over: `${r.size} B; floor ${sizes.floor} B` })),
].map((t) => ({ ...t, result: verdict(t.value, t.op, t.limit) }));

// ── output ───────────────────────────────────────────────────────────────────────────────────────────────
const machine = { ...machineInfo(root), loadAverage1min: { start: round(load[0]), max: round(Math.max(...load)), end: round(os.loadavg()[0]) } };
if (machine.loadAverage1min.max > machine.cores * 0.75) {
  notes.push(`The machine was busy with other work during this run (1-minute load average up to ${machine.loadAverage1min.max} on ${machine.cores} cores): absolute times are inflated; the ratios, measured interleaved, less so.`);
}
const totalSeconds = (performance.now() - started) / 1000;
const markdown = renderMarkdown();
log(`\n${markdown}`);
log(`\nbench: ${config.mode} run took ${totalSeconds.toFixed(0)} s (timed rounds ${timedSeconds.toFixed(0)} s).`);
for (const t of targets.filter((x) => !x.name.startsWith("(parseHtml"))) log(`${t.result.padEnd(4)}  ${t.name}: ${t.value === undefined ? "—" : t.value.toFixed(2)}${t.unit} (target ${t.op === "<=" ? "≤" : "≥"} ${t.limit}${t.unit})`);

const result = {
  note: "Written by `npm run bench` (scripts/bench.mjs). Times in ms. Ratios are medians over pages of per-page ratios. Never asserted by a test.",
  machine,
  versions: peerVersions,
  config: { ...config, perSet: Number.isFinite(config.perSet) ? config.perSet : "all", corpus: corpusFound ? corpus : null, syntheticSource: template.source, MB },
  notes,
  durationSeconds: Math.round(totalSeconds),
  targets: targets.map((t) => ({ ...t, value: round(t.value) })),
  realPages: { count: real.length, bySet: bySet.map((s) => ({ ...s, parseDocument: round(s.parseDocument), parseArticle: round(s.parseArticle), ratio: round(s.ratio) })) },
  tasks: rows.map((r) => ({ key: r.key, medianMs: round(r.median), p90Ms: round(r.p90), pages: r.pages, vsParseDocument: round(r.vsFloor.median), vsParseDocumentP90: round(r.vsFloor.p90) })),
  peers: { pages: peerList.map((p) => p.id), rows: peerRows.map((r) => ({ key: r.key, medianMs: round(r.median), pages: r.pages, vsParseArticle: round(r.vsParseArticle.median) })) },
  hostile: hostile.map((r) => ({ shape: r.shape, n: r.n, parseDocumentMs: r.parseDocument.map(round), parseArticleMs: r.parseArticle.map(round), growthParseDocument: round(r.growthParseDocument), growthParseArticle: round(r.growthParseArticle) })),
  synthetic: syntheticRows.map((r) => ({ key: r.key, ...Object.fromEntries(Object.entries(r.bySize).map(([mb, v]) => [`${mb}MB`, round(v)])), growth: round(r.growth) })),
  bundleSizes: sizes ?? null,
  heapPerPage: heapBySet
    ? Object.fromEntries(
        heapBySet.map(({ set, article: a, document: d, forced: f, withFullCollection }) => [
          set,
          { pages: a.pages, parseArticlePeakPerInput: round(a.median), parseArticleP90: round(a.p90), parseDocumentPeakPerInput: round(d.median), parseArticleAfterForcedGcPerInput: round(f.median), callsWithFullCollection: withFullCollection },
        ]),
      )
    : null,
  heap: heap.map((r) => ({ ...r, parseDocumentPeakPerInput: round(heapRatio(r, "parseDocument")), parseArticlePeakPerInput: round(heapRatio(r, "parseArticle")) })),
  highestParseArticleRatios: worst.map((w) => ({ ...w, parseDocument: round(w.parseDocument), parseArticle: round(w.parseArticle), ratio: round(w.ratio) })),
  failures: Object.fromEntries(failures),
  perPage: Object.fromEntries(
    pages.map((p) => [p.id, { bytes: p.size, ...Object.fromEntries(["parseDocument", "parseArticle", ...Object.keys(peers)].map((k) => [k, round(pageMedian(p, k))]).filter(([, v]) => v !== undefined)) }]),
  ),
};
if (outFile) {
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
  fs.writeFileSync(path.resolve(outFile), `${JSON.stringify(result, null, 2)}\n`);
  log(`bench: wrote ${path.relative(process.cwd(), path.resolve(outFile))}`);
}
if (docsFile) {
  writeDocs(path.resolve(docsFile), markdown);
  log(`bench: wrote the results section of ${path.relative(process.cwd(), path.resolve(docsFile))}`);
}
fs.rmSync(bundle.dir, { recursive: true, force: true });

// ── helpers ──────────────────────────────────────────────────────────────────────────────────────────────
async function loadPeers() {
  const out = {};
  const missing = [];
  try {
    const { JSDOM, VirtualConsole } = await import("jsdom");
    const { Readability } = await import("@mozilla/readability");
    const virtualConsole = new VirtualConsole();
    out["readability+jsdom"] = {
      label: `@mozilla/readability ${peerVersions["@mozilla/readability"]} on jsdom ${peerVersions.jsdom}`,
      run: (p) => {
        const dom = new JSDOM(p.html, { url: p.peerUrl, virtualConsole });
        const article = new Readability(dom.window.document).parse();
        dom.window.close();
        return article;
      },
    };
  } catch {
    missing.push("jsdom + @mozilla/readability");
  }
  try {
    const { parseHTML } = await import("linkedom");
    const { Readability } = await import("@mozilla/readability");
    out["readability+linkedom"] = {
      label: `@mozilla/readability ${peerVersions["@mozilla/readability"]} on linkedom ${peerVersions.linkedom}`,
      run: (p) => new Readability(parseHTML(p.html).document).parse(),
    };
  } catch {
    missing.push("linkedom");
  }
  try {
    const Parser = (await import("@postlight/parser")).default;
    out.postlight = {
      label: `@postlight/parser ${peerVersions["@postlight/parser"]}`,
      async: true,
      // fetchAllPages: false: with `html` given nothing is fetched, and no next page either.
      run: (p) => Parser.parse(p.peerUrl, { html: p.html, fetchAllPages: false }),
    };
  } catch {
    missing.push("@postlight/parser");
  }
  try {
    const { extractFromHtml } = await import("@extractus/article-extractor");
    out.extractus = {
      label: `@extractus/article-extractor ${peerVersions["@extractus/article-extractor"]} (\`extractFromHtml\`)`,
      async: true,
      run: (p) => extractFromHtml(p.html, p.peerUrl),
    };
  } catch {
    missing.push("@extractus/article-extractor");
  }
  if (missing.length) {
    const note = `peers not installed, skipped: ${missing.join(", ")}`;
    console.log(`bench: ${note}`);
    notes.push(note);
  }
  return out;
}

function renderMarkdown() {
  const m = machine;
  const lines = [];
  lines.push(`Run: \`npm run bench${quick ? " -- --quick" : ""}\` on ${m.date.slice(0, 10)} — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node} (V8 ${m.v8}), ${m.platform}, load average ${m.loadAverage1min.start}–${m.loadAverage1min.max}; commit ${m.commit ?? "?"}${m.srcChangedSinceCommit ? ` with ${m.srcChangedSinceCommit} uncommitted change(s) under src/` : ""}. Took ${Math.round(totalSeconds)} s.`);
  lines.push("");
  lines.push(`Pages: ${real.length} real (${bySet.map((s) => `${s.set} ${s.pages}`).join(", ")}) and synthetic pages of ${config.syntheticMB.map((x) => `${x} MB`).join(", ")} (MB = 10^6 bytes; ${template.source} repeated). Warm-up: ${config.warmup} round on ${Math.min(warmupPages.size, real.length)} pages, not recorded; then timed rounds: ${config.rounds} of the parses and parseArticle, ${config.extractorRounds} of parse + each extractor, ${config.infoRounds} of the extractors alone and parseArticle on bytes (on ${infoPages.size} pages); synthetic pages ${config.syntheticMB.map((x) => `${x} MB ${config.synthetic[x].parseRounds} / ${config.synthetic[x].rounds}`).join(", ")} (parses / the rest).`);
  for (const note of notes) lines.push("", `**Note:** ${note}`);
  lines.push("", "### Targets", "");
  lines.push(
    table(
      ["measure", "value", "target", "result", "over"],
      targets.map((t) => [t.name, t.value === undefined ? "—" : `${t.value.toFixed(2)}${t.unit}`, `${t.op === "<=" ? "≤" : "≥"} ${t.limit}${t.unit}`, `**${t.result}**`, t.over]),
    ),
  );
  lines.push("", `### Per page (median over the real pages)`, "");
  lines.push(
    table(
      ["task", "pages", "median ms", "p90 ms", "× parseDocument (median of per-page ratios)", "× parseDocument (p90)"],
      rows.map((r) => [r.label, r.pages, ms(r.median), ms(r.p90), times(r.vsFloor.median), times(r.vsFloor.p90)]),
    ),
  );
  if (withPeers) {
    lines.push("", `### Peers (median over the same ${peerList.length} pages)`, "");
    lines.push(
      table(
        ["system", "median ms", "× parseArticle (median of per-page ratios)", "pages"],
        peerRows.map((r) => [r.label, ms(r.median), times(r.vsParseArticle.median), r.pages]),
      ),
    );
  }
  lines.push("", "### Synthetic pages", "");
  lines.push(
    table(
      ["task", ...config.syntheticMB.map((x) => `${x} MB (ms)`), `growth ${config.syntheticMB[0]} → ${config.syntheticMB.at(-1)} MB`],
      syntheticRows.map((r) => [r.label, ...config.syntheticMB.map((x) => ms(r.bySize[x])), r.growth ? `${r.growth.toFixed(1)}×` : "—"]),
    ),
  );
  if (heap.length) {
    lines.push("", "### Peak heap (one child process per cell; peak used heap above the heap holding the input)", "");
    lines.push(
      table(
        ["page", "input", "parseDocument peak", "parseArticle peak", "parseArticle retained", "parseArticle with old space capped at heap + 12 × input"],
        heap.map((r) => [
          `synthetic ${r.mb} MB`,
          kb(r.inputBytes),
          r.parseDocument?.peakBytes !== undefined ? `${kb(r.parseDocument.peakBytes)} (${heapRatio(r, "parseDocument").toFixed(1)}×)` : `error`,
          r.parseArticle?.peakBytes !== undefined ? `${kb(r.parseArticle.peakBytes)} (${heapRatio(r, "parseArticle").toFixed(1)}×)` : `error`,
          r.parseArticle?.retainedBytes !== undefined ? kb(r.parseArticle.retainedBytes) : "—",
          r.capped12x ? `${r.capped12x.fits ? "completes" : `fails (${r.capped12x.why})`} at ${r.capped12x.capMiB} MiB` : "not run",
        ]),
      ),
    );
  }
  if (heapBySet) {
    lines.push("", "### Peak heap per page (one child process for all real pages; peak used heap above the heap after a minor GC before the call, ÷ the page's bytes; last column: after a forced full GC instead, the method until session 12)", "");
    // The table leaves out "all", and "corpus" when there is no corpus.
    const shown = heapBySet.filter(({ set }) => set !== "all" && (set !== "corpus" || hasCorpus));
    lines.push(
      table(
        ["pages", "count", "parseDocument, median", "parseArticle, median", "parseArticle, p90", "calls with a full GC", "parseArticle after a forced full GC, median"],
        shown.map(({ set, article: a, document: d, forced: f, withFullCollection }) => [set === "corpus" ? "**corpus (the target)**" : set, a.pages, times(d.median), times(a.median), times(a.p90), withFullCollection, times(f.median)]),
      ),
    );
  }
  if (sizes?.error) lines.push("", `Bundle sizes: not measured (${sizes.error}).`);
  else if (sizes) {
    lines.push("", `### Bundle size (min+gzip by size-limit, private build of the current src/; kB = 1000 B)`, "");
    lines.push(
      table(
        ["entry", "bytes", "over the floor", "budget", "result"],
        [["floor: `parseDocument` + `selectAll` + `textContent`", sizes.floor, "—", "—", ""], ...sizes.rows.map((r) => [r.name, r.size, `+${(r.extra / 1000).toFixed(2)} kB`, `+${r.budget / 1000} kB`, `**${r.extra <= r.budget ? "PASS" : "MISS"}**`])],
      ),
    );
  }
  if (hostile.length > 0) {
    lines.push("", "### Hostile shapes (issue 5): growth from n to 10 n, best of 2 runs, in a child process", "");
    lines.push(
      table(
        ["shape", "n → 10 n", "parseDocument ms", "parseArticle ms", "growth parseDocument", "growth parseArticle"],
        hostile.map((r) => [r.shape, r.n.join(" → "), r.parseDocument.map(ms).join(" → "), r.parseArticle.map(ms).join(" → "), times(r.growthParseDocument), times(r.growthParseArticle)]),
      ),
    );
    lines.push("", "Linear code grows about ×10 here. The full-size cases (100 000 nested elements, 1 000 000 paragraphs, 50 MB) are bounded in test/hostile/.");
  }
  lines.push("", "### By set", "");
  lines.push(
    table(
      ["set", "pages", "median size", "parseDocument ms", "parseArticle ms", "× parseDocument"],
      bySet.map((s) => [s.set, s.pages, kb(s.medianBytes), ms(s.parseDocument), ms(s.parseArticle), times(s.ratio)]),
    ),
  );
  lines.push("", "Highest parseArticle / parseDocument pages:", "");
  lines.push(table(["page", "size", "parseDocument ms", "parseArticle ms", "ratio"], worst.map((w) => [w.page, kb(w.bytes), ms(w.parseDocument), ms(w.parseArticle), times(w.ratio)])));
  if (failures.size) {
    lines.push("", "Failures (the page is left out of that task):", "");
    for (const [key, list] of failures) lines.push(`- ${key}: ${list.length} page(s), e.g. ${list[0].page}: ${list[0].error}`);
  }
  return lines.join("\n");
}

function measureSizes() {
  log("  bundle sizes: private tsup build + size-limit…");
  fs.mkdirSync(path.join(root, ".tmp"), { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, ".tmp", "bench-size-"));
  try {
    const rel = path.relative(root, dir);
    const opts = { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 16 << 20, timeout: 300_000 };
    execFileSync(process.execPath, [path.join(root, "node_modules", "tsup", "dist", "cli-default.js"), "--out-dir", rel, "--no-dts", "--silent"], opts);
    const out = execFileSync(process.execPath, [path.join(root, "node_modules", "size-limit", "bin.js"), "--json"], { ...opts, env: { ...process.env, ARTICLE_ANATOMY_DIST: rel, NO_COLOR: "1" } });
    const list = JSON.parse(out.slice(out.indexOf("[")));
    const floor = list.find((r) => r.name === "floor")?.size;
    const rows = list
      .filter((r) => r.name !== "floor")
      .map((r) => ({ name: r.name, size: r.size, extra: r.size - floor, budget: r.name.includes("parseArticle") ? 30_000 : 8_000 }));
    return { floor, rows };
  } catch (error) {
    return { error: String(error?.stderr || error?.message || error).split("\n").find((l) => l.trim())?.slice(0, 200) ?? "failed" };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function writeDocs(file, markdown) {
  const begin = "<!-- bench:begin (written by npm run bench; edit outside these markers) -->";
  const end = "<!-- bench:end -->";
  const block = `${begin}\n${markdown}\n${end}`;
  let text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Performance\n\n";
  const i = text.indexOf("<!-- bench:begin");
  const j = text.indexOf(end);
  text = i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + end.length) : `${text.trimEnd()}\n\n## Results\n\n${block}\n`;
  fs.writeFileSync(file, text);
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(list, rand) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}
