// Growth of the hostile shapes of issue 5 for `npm run bench`, in a child process of its own:
//   node scripts/lib/bench-hostile.mjs <bundle> <scale>
// Each shape is built at n and at 10 n (n = 10 000 × scale); parseDocument and parseArticle run on both,
// interleaved, best of a few rounds. Linear code grows ×10; the report compares parseArticle's growth with
// parseDocument's own, as for the synthetic pages. The tests (test/hostile/) bound the time of the full-size
// cases; this measures how the time grows. Prints one JSON line: { rows: [...] }.
const [bundle, scaleArg] = process.argv.slice(2);
const lib = await import(bundle);
const scale = Number(scaleArg) || 1;

const PROSE = "The board met on Monday about the harbour fees for next season in the bay. ".repeat(3);
const inArticle = (inside) => `<html><body><article><h1>Harbour story</h1><div class="entry-content"><p>${PROSE}</p>${inside}<p>${PROSE}</p></div></article></body></html>`;
const run = (text, n) => text.repeat(n);

/** Each shape as a function of n. */
const SHAPES = [
  { name: "nested <div>s", build: (n) => run("<div>", n) + `<p>${PROSE}</p>` + run("</div>", n) },
  { name: "nested <span>s in one paragraph", build: (n) => inArticle(`<p>${run("<span>", n)}deep text${run("</span>", n)}</p>`) },
  // htmlparser2's Parser looks for each end tag among all the open elements: quadratic here.
  { name: "stray end tags (n) under n open <div>s", build: (n) => inArticle(run("<div>", n) + run("</span>", n)) },
  { name: "sibling <p>s (10 n)", build: (n) => inArticle(run("<p>One more paragraph of the long story.</p>", 10 * n)) },
  { name: "links", build: (n) => inArticle(`<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a></li>`).join("")}</ul>`) },
  { name: "attributes on one element", build: (n) => inArticle(`<p ${Array.from({ length: n }, (_, i) => `data-x${i}="${i}"`).join(" ")}>Many attributes here.</p>`) },
  { name: "text node of 5 n characters", build: (n) => inArticle(`<p>${run("word ", n)}</p>`) },
  { name: "run of 【 (n) in the opening paragraph", build: (n) => inArticle(`<p>${run("【", n)}</p>`) },
  { name: "run of spaces and dashes (n) in a byline", build: (n) => inArticle(`<p class="byline">By ${run(" -", n >> 1)}</p>`) },
  {
    name: "JSON-LD articles (n)",
    build: (n) => inArticle(`<script type="application/ld+json">${JSON.stringify(Array.from({ length: n }, (_, i) => ({ "@type": "NewsArticle", headline: `Listed story ${i}` })))}</script>`),
  },
  { name: "h1 and h2 headings (n each)", build: (n) => inArticle(run("<h1>A heading of the page</h1><h2>A subheading of the page</h2>", n)) },
  { name: "figures with captions (n)", build: (n) => inArticle(Array.from({ length: n }, (_, i) => `<figure><img src="/p${i}.jpg"><figcaption>Photo ${i} (Photo: Agency)</figcaption></figure>`).join("")) },
  { name: "empty links in a labelled tag list (n)", build: (n) => inArticle(`<p>Tags:</p><ul>${run('<li><a href="/tag/x"></a></li>', n)}</ul>`) },
];

const time = (fn) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const best = (fn, rounds) => Math.min(...Array.from({ length: rounds }, () => time(fn)));

const rows = [];
for (const shape of SHAPES) {
  const small = 10_000 * scale;
  const pages = [shape.build(small), shape.build(10 * small)];
  // Warm-up on the small page, then the timed rounds, interleaved.
  lib.parseArticle(pages[0]);
  const row = { shape: shape.name, n: [small, 10 * small], parseDocument: [], parseArticle: [] };
  for (const html of pages) {
    row.parseDocument.push(best(() => lib.parseDocument(html), 2));
    row.parseArticle.push(best(() => lib.parseArticle(html), 2));
  }
  rows.push(row);
}
process.stdout.write(`${JSON.stringify({ rows })}\n`);
