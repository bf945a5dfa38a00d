// Statistics and the Markdown report of `npm run bench`.

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  return v[Math.min(v.length - 1, Math.floor(q * v.length))];
}

/** Rounds to 3 significant digits (at least 3 decimals below 1), for JSON. */
export function round(x) {
  if (x === undefined || x === null || !Number.isFinite(x)) return x ?? null;
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 1 : abs >= 10 ? 2 : abs >= 1 ? 3 : 4;
  return Number(x.toFixed(digits));
}

export const ms = (x) => (x === undefined || x === null ? "—" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
export const times = (x) => (x === undefined || x === null ? "—" : `${x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`);
export const kb = (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} kB`);

/** `PASS` / `MISS` for a value against `≤ limit` or `≥ limit`; `n/a` when there is no value. */
export function verdict(value, op, limit) {
  if (value === undefined || value === null || !Number.isFinite(value)) return "n/a";
  return (op === "<=" ? value <= limit : value >= limit) ? "PASS" : "MISS";
}

/** A Markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const lines = [`| ${header.join(" | ")} |`, `|${header.map((h, i) => (i === 0 ? "---" : "---:")).join("|")}|`];
  for (const row of rows) lines.push(`| ${row.map((c) => String(c ?? "—").replaceAll("|", "\\|")).join(" | ")} |`);
  return lines.join("\n");
}
