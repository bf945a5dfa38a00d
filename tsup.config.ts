import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("./package.json", "utf8")) as { version: string };

/** One entry per public subpath; the root re-exports them through shared chunks (`splitting`). */
const libraryEntries = {
  index: "src/index.ts",
  breadcrumb: "src/breadcrumb.ts",
  headline: "src/headline.ts",
  dateline: "src/dateline.ts",
  body: "src/body.ts",
  figures: "src/figures.ts",
  tags: "src/tags.ts",
  related: "src/related.ts",
  published: "src/published.ts",
  authors: "src/authors.ts",
  render: "src/render.ts",
};

export default defineConfig([
  {
    entry: libraryEntries,
    format: ["esm", "cjs"],
    // tsup's d.ts step sets `baseUrl`, which TypeScript 6 rejects (TS5101) unless deprecations are ignored.
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    splitting: true,
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    outDir: "dist",
  },
  {
    // The worker of `--jobs` is its own entry, beside cli.js, which starts it by URL; the two share chunks.
    entry: { cli: "src/cli.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
    splitting: true,
    platform: "node",
    target: "node20",
    outDir: "dist",
    banner: { js: "#!/usr/bin/env node" },
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
