// Peak heap of `parseArticle` (and of `parseDocument`) on every real page, for `npm run bench`: the issue's
// targets are medians over the corpus, the peak heap among them. One child process for all the pages, so the
// main run's heap (every page in memory, hundreds of timed rounds) is not in the way:
//   node --expose-gc scripts/lib/bench-heap-pages.mjs <bundle> <project root> <corpus dir> [ids.json]
// (ids.json: the ids of the pages to measure; all of them without it).
// Prints one JSON line: `{ pages: [{ id, set, bytes, parseDocument, parseArticle }] }`, each a peak in bytes.
//
// Per page: a collection, then the used heap is the base; the peak (`peakDuring`) less the base. A page smaller
// than V8's young generation is often parsed without any collection, and then the peak is all the call allocated.
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
// Warm the code on every page once (compiled code is not what is measured).
for (const page of pages) for (const run of Object.values(tasks)) run(page);

const out = [];
for (const page of pages) {
  const row = { id: page.id, set: page.set, bytes: page.size };
  for (const [name, run] of Object.entries(tasks)) {
    // A full collection before parseArticle (a collection during the call must not find old garbage to
    // free, or the peak would read low); parseDocument, which allocates far less, follows a minor one.
    globalThis.gc(name === "parseArticle" ? undefined : { type: "minor" });
    const base = usedHeap();
    row[name] = peakDuring(() => run(page)).peak - base;
  }
  out.push(row);
}
process.stdout.write(`${JSON.stringify({ pages: out })}\n`);
