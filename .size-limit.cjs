// Bundle sizes, min+gzip, measured by size-limit (esbuild, tree-shaken) on the BUILT package: `npm run size`.
// The budgets are relative to the floor (bench/floor.js: htmlparser2 `parseDocument`, css-select
// `selectAll`, domutils `textContent`), so they are asserted in test/size.test.ts, not here:
//   each single-extractor subpath (and article-anatomy/render) ≤ floor + 8 kB, the whole `parseArticle` ≤ floor + 30 kB (kB = 1000 bytes).
// ARTICLE_ANATOMY_DIST points at another build folder (the test builds privately when dist/ is missing).
const dist = process.env.ARTICLE_ANATOMY_DIST || "dist";

// tsup's split chunks start with bare `import "./chunk-….js"` lines that esbuild drops under
// `"sideEffects": false`, warning once per line; the drop is right, the warnings are noise.
const quiet = (config) => ({ ...config, logOverride: { ...config.logOverride, "ignored-bare-import": "silent" } });

const SUBPATHS = ["breadcrumb", "headline", "dateline", "body", "figures", "tags", "related", "published", "authors", "render"];

module.exports = [
  { name: "floor", path: "bench/floor.js", import: "{ parseDocument, selectAll, textContent }", gzip: true },
  ...SUBPATHS.map((name) => ({ name: `article-anatomy/${name}`, path: `${dist}/${name}.js`, import: "*", gzip: true, modifyEsbuildConfig: quiet })),
  { name: "article-anatomy { parseArticle }", path: `${dist}/index.js`, import: "{ parseArticle }", gzip: true, modifyEsbuildConfig: quiet },
];
