// The floor of the bundle budgets (.size-limit.cjs, test/size.test.ts): only the three dependency functions
// every extractor builds on — htmlparser2's `parseDocument`, css-select's `selectAll`, domutils' `textContent`.
// An extractor subpath may add at most 8 kB (min+gzip) to this, the whole `parseArticle` at most 30 kB.
export { parseDocument } from "htmlparser2";
export { selectAll } from "css-select";
export { textContent } from "domutils";
