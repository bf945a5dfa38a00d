// Pages for `npm run bench`: the public corpus in ../shared/corpus, the fixtures, and synthetic pages of a
// given size built by repeating a fixture's article markup.
import fs from "node:fs";
import path from "node:path";

/** The URL used for a page whose source gives none (the peers need one; ours is given it too, for parity). */
export const FALLBACK_URL = "https://example.com/news/article.html";

const readJson = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {});
const htmlFiles = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".html")).sort() : []);

/**
 * Every page of the corpus and of fixtures/, as `{ id, set, bytes, url }` (bytes as on disk: zh-cwce is GBK,
 * htmldate keeps each site's charset). Returns `{ pages, corpusFound }`.
 */
export function loadRealPages(root, corpus) {
  const pages = [];
  const corpusFound = fs.existsSync(corpus);
  if (corpusFound) {
    const sh = path.join(corpus, "scrapinghub");
    const shTruth = readJson(path.join(sh, "truth.json"));
    for (const f of htmlFiles(sh)) {
      const id = f.slice(0, -5);
      pages.push({ id: `scrapinghub/${id.slice(0, 12)}`, set: "scrapinghub", file: path.join(sh, f), url: shTruth[id]?.url });
    }
    const rd = path.join(corpus, "readability");
    if (fs.existsSync(rd)) {
      for (const d of fs.readdirSync(rd).sort()) {
        const file = path.join(rd, d, "source.html");
        if (fs.existsSync(file)) pages.push({ id: `readability/${d}`, set: "readability", file, url: "http://fakehost/test/page.html" });
      }
    }
    const cw = path.join(corpus, "zh-cwce");
    for (const f of htmlFiles(cw)) pages.push({ id: `zh-cwce/${f.slice(0, 8)}`, set: "zh-cwce", file: path.join(cw, f), url: undefined });
    const hd = path.join(corpus, "htmldate");
    const hdTruth = readJson(path.join(hd, "truth.json"));
    for (const f of htmlFiles(hd)) {
      const id = f.slice(0, -5);
      pages.push({ id: `htmldate/${id.slice(0, 12)}`, set: "htmldate", file: path.join(hd, f), url: hdTruth[id]?.url });
    }
    const gne = path.join(corpus, "gne");
    const labels = readJson(path.join(gne, "labels.json"));
    for (const f of htmlFiles(gne)) {
      const id = f.slice(0, -5);
      pages.push({ id: `gne/${id}`, set: "gne", file: path.join(gne, f), url: labels[id]?.url });
    }
  }
  const fixtures = path.join(root, "fixtures");
  if (fs.existsSync(fixtures)) {
    for (const d of fs.readdirSync(fixtures).sort()) {
      const file = path.join(fixtures, d, "page.html");
      if (!fs.existsSync(file)) continue;
      const input = readJson(path.join(fixtures, d, "input.json"));
      pages.push({ id: `fixtures/${d}`, set: "fixtures", file, url: typeof input.url === "string" ? input.url : undefined });
    }
  }
  for (const page of pages) {
    page.bytes = new Uint8Array(fs.readFileSync(page.file));
    page.size = page.bytes.byteLength;
    if (typeof page.url !== "string" || !/^https?:\/\//i.test(page.url) || !URL.canParse(page.url)) page.url = undefined;
  }
  return { pages, corpusFound };
}

/** `k` items spread evenly over `list` (all of it when k ≥ its length), order kept. */
export function spread(list, k) {
  if (k >= list.length) return [...list];
  const out = [];
  for (let i = 0; i < k; i++) out.push(list[Math.floor(((i + 0.5) * list.length) / k)]);
  return out;
}

/** Up to `perSet` pages of each set, spread over it. */
export function subsetPerSet(pages, perSet) {
  const bySet = new Map();
  for (const p of pages) bySet.set(p.set, [...(bySet.get(p.set) ?? []), p]);
  return [...bySet.values()].flatMap((list) => spread(list, perSet));
}

// The article markup repeated in synthetic pages. Taken from fixtures/yoast-breadcrumb-wp-caption/page.html
// (the paragraphs, two WordPress captioned figures and a blockquote of its `.entry-content`) when that file
// still has them; this copy is the fallback.
const SYNTHETIC_FIXTURE = "yoast-breadcrumb-wp-caption";
const FALLBACK_BLOCK = `<p>Dockworkers at the Port of Bellhaven stayed off the job for an eighth straight day on Tuesday after negotiators for the union and the port&#8217;s terminal operators failed to agree on limits to automated cargo cranes.</p>
<div id="attachment_5530" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-5530" decoding="async" class="size-large wp-image-5530" src="https://coastlinereview.net/wp-content/uploads/2024/05/bellhaven-cranes-1024x683.jpg" alt="Idle cargo cranes at the Port of Bellhaven" width="800" height="534" /><p id="caption-attachment-5530" class="wp-caption-text">Cargo cranes stand idle at the Port of Bellhaven on Monday, the seventh day of the strike. (Photo: Reuters/Julia Brandt)</p></div>
<p>About 1,400 members of Local 27 of the Coastal Longshore Union walked out on May 7, halting the loading and unloading of container ships at the region&#8217;s largest port. At least 19 vessels are now anchored offshore waiting for a berth, according to the port authority.</p>
<blockquote class="wp-block-quote"><p>&#8220;We are not against new equipment. We are against new equipment that is used to show people the door after 30 years,&#8221; union president Marcus Bell told reporters outside the port&#8217;s main gate.</p></blockquote>
<p>Local retailers have begun to feel the pinch. Several furniture and appliance stores in the region told the Coastline Review that shipments expected in mid-May have been delayed indefinitely.</p>
`;

/** The fixture page split around its article content: `{ head, block, tail, source }`. */
export function syntheticTemplate(root) {
  const file = path.join(root, "fixtures", SYNTHETIC_FIXTURE, "page.html");
  if (fs.existsSync(file)) {
    const html = fs.readFileSync(file, "utf8");
    const open = html.indexOf('<div class="entry-content">');
    const start = open < 0 ? -1 : html.indexOf("\n", open) + 1;
    const end = start > 0 ? html.indexOf('<div class="sharedaddy', start) : -1;
    if (start > 0 && end > start && html.slice(start, end).includes("<p>")) {
      return { head: html.slice(0, start), block: html.slice(start, end), tail: html.slice(end), source: `fixtures/${SYNTHETIC_FIXTURE}/page.html` };
    }
  }
  return {
    head: '<!doctype html><html><head><meta charset="utf-8"><title>Port strike enters second week</title></head><body><main><article><h1>Port strike enters second week</h1><div class="entry-content">\n',
    block: FALLBACK_BLOCK,
    tail: "</div></article></main></body></html>\n",
    source: "built-in copy of the yoast-breadcrumb-wp-caption article markup",
  };
}

/**
 * A page of about `bytes` bytes: the template's head and tail around its article block repeated. Each copy
 * gets a numbered subheading and its paragraphs and image URLs a copy number, so no two paragraphs or
 * figures are identical (dedupe logic sees a realistic long article, not one paragraph many times).
 */
export function syntheticPage(template, bytes) {
  const parts = [template.head];
  let size = Buffer.byteLength(template.head) + Buffer.byteLength(template.tail);
  for (let i = 1; size < bytes; i++) {
    const copy = `<h2 id="part-${i}">Part ${i}: the talks, day ${i}</h2>\n${template.block
      .replaceAll("</p>", ` (${i})</p>`)
      .replace(/(src="[^"?]+\.(?:jpg|png|webp))"/g, `$1?part=${i}"`)
      .replace(/"((?:caption-)?attachment[-_]\d+)"/g, `"$1-${i}"`)}`;
    parts.push(copy);
    size += Buffer.byteLength(copy);
  }
  parts.push(template.tail);
  return parts.join("");
}
