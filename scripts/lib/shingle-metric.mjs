// The scrapinghub article-extraction-benchmark metric, reimplemented from its description in
// ../shared/corpus/README.md: \w+ tokens, 4-gram shingle multisets, per-page normalised tp/fp/fn, corpus
// precision over pages with a prediction, recall over all, F1 from the two means, accuracy = identical tokens.

/** Tokens as Python's Unicode `\w+`. */
export function tokenize(text) {
  return String(text ?? "").match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(tokens) {
  const counts = new Map();
  if (tokens.length === 0) return counts;
  if (tokens.length < 4) {
    counts.set(tokens.join("\u0000"), 1);
    return counts;
  }
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join("\u0000");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-page tp/fp/fn, normalised so that every page weighs the same. */
export function pageCounts(truthText, predText) {
  const t = shingles(tokenize(truthText));
  const p = shingles(tokenize(predText));
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0, b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const total = tp + fp + fn;
  return total > 0 ? { tp: tp / total, fp: fp / total, fn: fn / total } : { tp: 0, fp: 0, fn: 0 };
}

/** Corpus F1, precision, recall and accuracy of `predictions` ({id: text}) against `truth` ({id: {articleBody}}). */
export function shingleScores(truth, predictions, ids) {
  const precisions = [], recalls = [];
  let identical = 0;
  for (const id of ids) {
    const truthText = truth[id].articleBody ?? truth[id].body ?? "";
    const pred = predictions[id] ?? "";
    const { tp, fp, fn } = pageCounts(truthText, pred);
    if (tp + fp > 0) precisions.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fp));
    if (tp + fn > 0) recalls.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fn));
    const a = tokenize(truthText), b = tokenize(pred);
    if (a.length === b.length && a.every((x, i) => x === b[i])) identical++;
  }
  const mean = (xs) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
  const precision = mean(precisions), recall = mean(recalls);
  return { pages: ids.length, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall, accuracy: ids.length ? identical / ids.length : 0 };
}
