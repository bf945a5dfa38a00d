// The code under test for `npm run bench`, bundled from the current src/ with esbuild into a private temp
// folder (like scripts/eval.mjs), so the bench needs no build and never touches dist/.
//
// One bundle holds the library and the floor (htmlparser2's `parseDocument`), so both run the very same
// copy of htmlparser2.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";

const ENTRY = `
export * from "./src/index.ts";
export { parseDocument } from "htmlparser2";
export { decodeHtml } from "./src/core/decode.ts";
`;

/** Bundles src/ (plus the floor) into a temp folder. Returns `{ dir, file }`; remove `dir` when done. */
export async function bundleLibrary(root) {
  const { build } = await import("esbuild");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "article-anatomy-bench-"));
  const file = path.join(dir, "lib.mjs");
  await build({
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: "bench-entry.ts", loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: file,
    logLevel: "error",
    absWorkingDir: root,
  });
  return { dir, file };
}

/** The nine single extractors, in the order the issue lists them. */
export const EXTRACTORS = [
  "extractBreadcrumb",
  "extractHeadline",
  "extractDateline",
  "extractBody",
  "extractFigures",
  "extractTags",
  "extractRelated",
  "extractPublished",
  "extractAuthors",
];

/** The machine, the runtime and the code measured. */
export function machineInfo(root) {
  const cpus = os.cpus();
  const git = (...args) => {
    try {
      return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return undefined;
    }
  };
  const dirty = git("status", "--porcelain", "--", "src");
  return {
    cpu: cpus[0]?.model?.trim() ?? "unknown",
    cores: cpus.length,
    availableParallelism: typeof os.availableParallelism === "function" ? os.availableParallelism() : cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    commit: git("rev-parse", "--short", "HEAD"),
    srcChangedSinceCommit: dirty === undefined ? undefined : dirty.split("\n").filter(Boolean).length,
  };
}

/** Installed versions of the packages measured (from their package.json), `undefined` when absent. */
export function versions(root, names) {
  const out = {};
  for (const name of names) {
    try {
      out[name] = JSON.parse(fs.readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      out[name] = undefined;
    }
  }
  return out;
}
