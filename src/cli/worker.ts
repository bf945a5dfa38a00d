/**
 * The worker thread of `--jobs N`: parses and formats the pages the main thread sends, one at a time, with
 * the run's settings it was started with.
 * Built to `dist/cli-worker.js`, beside `dist/cli.js`, which starts it.
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import { renderPage, type PageJob, type PageResult, type PageSettings } from "./page.js";

// The run's settings (site rules included) come once, when the worker starts; each message is one page, and
// each answer that page's result. The pool knows which page a worker has, so neither carries an id.
const settings = workerData as PageSettings;

parentPort?.on("message", (job: PageJob) => {
  const result: PageResult = renderPage(job, settings);
  parentPort!.postMessage(result);
});
