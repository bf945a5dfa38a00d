// The peak of the used heap during one synchronous call, for the bench's heap measurements
// (bench-heap.mjs, bench-heap-pages.mjs). A synchronous call cannot be sampled from its own thread, so the
// heap is read where it peaks: just before each garbage collection during the call (v8.GCProfiler reports
// the used heap before every collection) and at its end. The caller collects garbage first; the heap then
// is the base the peak is measured above.
import v8 from "node:v8";

/** The used heap, in bytes. */
export const usedHeap = () => v8.getHeapStatistics().used_heap_size;

/**
 * Runs `run` and returns `{ result, peak, atEnd, collections, fullCollections }`: `peak` is the highest used
 * heap seen, in bytes; `fullCollections` counts the collections during the call that were not scavenges
 * (mark-compact and its incremental marking), the ones that can free old garbage the base still held.
 */
export function peakDuring(run) {
  const profiler = new v8.GCProfiler();
  profiler.start();
  const result = run();
  const atEnd = usedHeap();
  const profile = profiler.stop();
  const statistics = profile?.statistics ?? [];
  const beforeCollections = statistics.map((s) => s.beforeGC?.heapStatistics?.usedHeapSize ?? 0);
  const fullCollections = statistics.filter((s) => s.gcType !== "Scavenge").length;
  return { result, peak: Math.max(atEnd, ...beforeCollections), atEnd, collections: beforeCollections.length, fullCollections };
}
