// One heap measurement for `npm run bench`, run in a child process of its own so nothing else is on the
// heap: `node --expose-gc scripts/lib/bench-heap.mjs <bundle> <page.html> <parseDocument|parseArticle>`.
// Prints one JSON line: `{ inputBytes, baseBytes, peakBytes, retainedBytes, gcs, ms }`.
//
// Peak: a synchronous parse cannot be sampled from its own thread, so the heap is read where it peaks —
// just before each garbage collection that happens during the parse (v8.GCProfiler reports the used heap
// before every GC) and at its end — and the highest of these, less the used heap after a full GC just
// before the parse (which already holds the input string), is the peak the parse adds.
import fs from "node:fs";
import v8 from "node:v8";

const [bundle, file, mode] = process.argv.slice(2);
if (typeof globalThis.gc !== "function") throw new Error("run with --expose-gc");
const lib = await import(bundle);
const html = fs.readFileSync(file, "utf8");
const inputBytes = Buffer.byteLength(html);
const run =
  mode === "parseDocument"
    ? (s) => lib.parseDocument(s)
    : mode === "parseArticle"
      ? (s) => lib.parseArticle(s, { url: "https://coastlinereview.net/news/port-strike-enters-second-week/" })
      : undefined;
if (!run) throw new Error(`unknown mode ${mode}`);

// Warm the code on a small page (compiled code is not what is measured), then drop everything it made.
let warm = run(html.slice(0, 200_000) + "</div></body></html>");
warm = undefined;
const used = () => v8.getHeapStatistics().used_heap_size;
globalThis.gc();
globalThis.gc();
const base = used();

const profiler = new v8.GCProfiler();
profiler.start();
const start = performance.now();
let result = run(html);
const ms = performance.now() - start;
const atEnd = used();
const profile = profiler.stop();
const beforeGcs = (profile?.statistics ?? []).map((s) => s.beforeGC?.heapStatistics?.usedHeapSize ?? 0);
const peak = Math.max(atEnd, ...beforeGcs);
globalThis.gc();
const retained = used();
if (!result) throw new Error("no result");
result = undefined;
process.stdout.write(
  `${JSON.stringify({ inputBytes, baseBytes: base, peakBytes: peak - base, retainedBytes: retained - base, gcs: beforeGcs.length, ms: Math.round(ms) }, null, 0)}\n`,
);
