// One heap measurement for `npm run bench`, run in a child process of its own so nothing else is on the
// heap: `node --expose-gc scripts/lib/bench-heap.mjs <bundle> <page.html> <parseDocument|parseArticle>`.
// Prints one JSON line: `{ inputBytes, baseBytes, peakBytes, retainedBytes, gcs, ms }`.
//
// Peak: `peakDuring` (heap-peak.mjs), less the used heap after a full GC just before the parse (which already
// holds the input string): the peak the parse adds.
import fs from "node:fs";
import { peakDuring, usedHeap } from "./heap-peak.mjs";

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
globalThis.gc();
globalThis.gc();
const base = usedHeap();

let ms = 0;
const measured = peakDuring(() => {
  const start = performance.now();
  const parsed = run(html);
  ms = performance.now() - start;
  return parsed;
});
const { peak, collections } = measured;
// Retained: what stays after a full GC while the result is still held.
globalThis.gc();
const retained = usedHeap();
if (!measured.result) throw new Error("no result");
measured.result = undefined;
process.stdout.write(
  `${JSON.stringify({ inputBytes, baseBytes: base, peakBytes: peak - base, retainedBytes: retained - base, gcs: collections, ms: Math.round(ms) }, null, 0)}\n`,
);
