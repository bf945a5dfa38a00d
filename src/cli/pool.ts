/**
 * `--jobs N`: N worker threads (`dist/cli-worker.js`) that parse pages in parallel. Each worker has at most one
 * page at a time; pages wait in a queue for a free worker.
 * @module
 */
import { Worker } from "node:worker_threads";
import type { PageJob, PageResult, PageSettings } from "./page.js";

interface Pending {
  job: PageJob;
  resolve: (result: PageResult) => void;
}

/** A fixed set of worker threads running `renderPage`. */
export class WorkerPool {
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Pending>();
  readonly #queue: Pending[] = [];
  readonly #workers: Worker[] = [];

  /** `settings` (the run's, site rules included) are handed to each worker once, when it starts. */
  constructor(size: number, workerFile: URL, settings: PageSettings) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerFile, { workerData: settings });
      worker.on("message", (result: PageResult) => this.#finish(worker, result));
      // A worker that dies fails its page and is not reused; the others carry on.
      worker.on("error", (error) => this.#finish(worker, { ok: false, error: `worker thread failed: ${error.message}` }, true));
      worker.on("exit", (code) => {
        if (this.#busy.has(worker)) this.#finish(worker, { ok: false, error: `worker thread exited with code ${code}` }, true);
      });
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  /** Parses and formats one page in a worker. Bytes are transferred, not copied. */
  render(job: PageJob): Promise<PageResult> {
    return new Promise((resolve) => {
      this.#queue.push({ job, resolve });
      this.#dispatch();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #dispatch(): void {
    while (this.#idle.length && this.#queue.length) {
      const worker = this.#idle.pop()!;
      const pending = this.#queue.shift()!;
      this.#busy.set(worker, pending);
      const source = pending.job.source;
      // Transfer only a buffer the bytes own whole: a view into a shared pool (small Buffers) must be copied.
      const ownsBuffer = source.kind === "bytes" && source.bytes.byteOffset === 0 && source.bytes.byteLength === source.bytes.buffer.byteLength;
      const transfer = ownsBuffer ? [source.bytes.buffer as ArrayBuffer] : [];
      worker.postMessage(pending.job, transfer);
    }
    if (this.#queue.length && this.#idle.length === 0 && this.#busy.size === 0) {
      // Every worker has died: fail what is left rather than wait forever.
      for (const pending of this.#queue.splice(0)) pending.resolve({ ok: false, error: "no worker thread left" });
    }
  }

  #finish(worker: Worker, result: PageResult, dead = false): void {
    const pending = this.#busy.get(worker);
    this.#busy.delete(worker);
    if (!dead) this.#idle.push(worker);
    pending?.resolve(result);
    this.#dispatch();
  }
}
