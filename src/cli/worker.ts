/**
 * The worker thread of `--jobs N`: parses and formats the pages the main thread sends, one at a time.
 * Built to `dist/cli-worker.js`, beside `dist/cli.js`, which starts it.
 * @module
 */
import { parentPort } from "node:worker_threads";
import { renderPage, type PageJob, type PageResult, type PageSettings } from "./page.js";

/** What the main thread sends: a page and the run's settings. */
export interface WorkerRequest {
  id: number;
  job: PageJob;
  settings: PageSettings;
}

/** What the worker answers. */
export interface WorkerResponse {
  id: number;
  result: PageResult;
}

parentPort?.on("message", (request: WorkerRequest) => {
  const response: WorkerResponse = { id: request.id, result: renderPage(request.job, request.settings) };
  parentPort!.postMessage(response);
});
