// Peak heap of `parseArticle` (and of `parseDocument`) on every real page, for `npm run bench`: the issue's
// targets are medians over the corpus, the peak heap among them. One child process for all the pages, so the
// main run's heap (every page in memory, hundreds of timed rounds) is not in the way:
//   node --expose-gc scripts/lib/bench-heap-pages.mjs <bundle> <project root> <corpus dir> [ids.json]
// (ids.json: the ids of the pages to measure; all of them without it).
// Prints one JSON line: `{ pages: [{ id, set, bytes, parseDocument, parseArticle, fullCollections,
// parseArticleAfterForcedGc }] }`, each a peak in bytes.
//
// Per page: a minor collection (the young generation emptied of the calls before), then the used heap is the
// base; the peak (`peakDuring`) less the base. A page smaller than V8's young generation is parsed without
// any collection, and then the peak is all the call allocated. `fullCollections` counts the mark-compacts
// during the call: only one of those could free old garbage the base held and make the peak read low, so
// the bench reports how many calls had one.
//
// Why not a full collection before each call (`gc()`, the method until session 12): that collection is V8's
// forced one, which does not keep the hidden classes (maps) that no live object uses any more, as the
// collections V8 runs by itself do (for two collections). Every map of the objects an extraction makes and
// drops goes, and with it every optimised function that checks one: on 60 corpus pages, 600–800 functions
// deoptimised ("weak objects") with a forced collection before each call, none with a minor one; and none
// either in a loop over the corpus with only V8's own collections (105 scavenges and 2 mark-compacts over
// 1 155 calls, `--trace-deopt`). The measured call then runs partly unoptimised and compiles again:
// +2.1 × the input allocated in the young generation (no escape analysis), +0.8 × in old space and +0.5 × in
// code space, on the pages of 50–190 kB. That is a state a running process does not reach, so the target is
// read on the minor-collection base; the forced-collection reading is still taken, in a second pass (it
// deoptimises, so it cannot be interleaved with the first), and reported beside it so runs compare.
import fs from "node:fs";
import { loadRealPages } from "./bench-pages.mjs";
import { peakDuring, usedHeap } from "./heap-peak.mjs";

const [bundle, root, corpus, idsFile] = process.argv.slice(2);
if (typeof globalThis.gc !== "function") throw new Error("run with --expose-gc");
const lib = await import(bundle);
const wanted = idsFile ? new Set(JSON.parse(fs.readFileSync(idsFile, "utf8"))) : undefined;
const pages = loadRealPages(root, corpus).pages.filter((page) => !wanted || wanted.has(page.id));
for (const page of pages) page.html = lib.decodeHtml(page.bytes).text;
const tasks = {
  parseDocument: (page) => lib.parseDocument(page.html),
  parseArticle: (page) => lib.parseArticle(page.html, page.url ? { url: page.url } : undefined),
};
// Warm the code on every page, and over at least 400 calls in all (compiled code is not what is measured: a
// few dozen calls leave much of it unoptimised, which allocates more; --quick measures 20-odd pages).
const warmRounds = Math.max(1, Math.ceil(400 / Math.max(1, pages.length)));
for (let round = 0; round < warmRounds; round++) for (const page of pages) for (const run of Object.values(tasks)) run(page);

const rows = new Map();
for (const page of pages) {
  const row = { id: page.id, set: page.set, bytes: page.size, fullCollections: 0 };
  for (const [name, run] of Object.entries(tasks)) {
    globalThis.gc({ type: "minor" });
    const base = usedHeap();
    const measured = peakDuring(() => run(page));
    row[name] = measured.peak - base;
    row.fullCollections += measured.fullCollections;
  }
  rows.set(page.id, row);
}
// The earlier method, last: a forced full collection before each call.
for (const page of pages) {
  globalThis.gc();
  const base = usedHeap();
  rows.get(page.id).parseArticleAfterForcedGc = peakDuring(() => tasks.parseArticle(page)).peak - base;
}
process.stdout.write(`${JSON.stringify({ pages: [...rows.values()] })}\n`);
