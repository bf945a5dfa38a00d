// Timings on one synthetic page for `npm run bench`, in a child process of its own:
//   node scripts/lib/bench-synthetic.mjs <bundle> <page.html> <url> '<plan JSON>'
// plan: { parseRounds, rounds, extractors: string[] }. Prints one JSON line: { samples: { task: ms[] } }.
//
// Why a child: a 20 MB page leaves hundreds of MB of garbage, and the main run's heap holds every corpus
// page; in the same process each would tax the other's timings at random (a 1 MB parse measured 40–200 ms
// there). Here the heap holds this page only. The tasks are still interleaved: each round runs them in a
// shuffled order, so the parseArticle / parseDocument ratio at this size is measured under the same
// conditions — and the growth ratio (20 MB vs 1 MB) is the ratio of two such ratios, so drift between
// the children cancels out.
import fs from "node:fs";

const [bundle, file, url, planJson] = process.argv.slice(2);
const plan = JSON.parse(planJson);
const lib = await import(bundle);
const html = fs.readFileSync(file, "utf8");
const opts = { url };

const tasks = [
  { key: "parseDocument", rounds: plan.parseRounds, run: (s) => lib.parseDocument(s) },
  { key: "parseHtml", rounds: plan.parseRounds, run: (s) => lib.parseHtml(s) },
  { key: "parseArticle", rounds: plan.rounds, run: (s) => lib.parseArticle(s, opts) },
  ...plan.extractors.map((name) => ({ key: `parse+${name}`, rounds: plan.rounds, run: (s) => lib[name](lib.parseHtml(s), opts) })),
];

// Warm-up on the page's first 200 kB (closed), so compiled code, not the first parse, is measured.
const head = `${html.slice(0, 200_000)}</div></article></body></html>`;
for (let i = 0; i < 5; i++) for (const task of tasks) task.run(head);

const samples = Object.fromEntries(tasks.map((t) => [t.key, []]));
const errors = {};
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
let sink;
for (let round = 0; round < Math.max(...tasks.map((t) => t.rounds)); round++) {
  const list = tasks.filter((t) => round < t.rounds && !errors[t.key]);
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  for (const task of list) {
    try {
      const t0 = performance.now();
      sink = task.run(html);
      samples[task.key].push(performance.now() - t0);
    } catch (error) {
      errors[task.key] = String(error?.message ?? error).slice(0, 200);
    }
    sink = undefined;
  }
}
process.stdout.write(`${JSON.stringify({ samples, errors })}\n`);
