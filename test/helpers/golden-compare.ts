/**
 * The field comparison of ../shared/tools/golden-check.mjs, kept identical: the golden test and the browser test
 * judge a result the way the shared checker does.
 */

export const norm = (s: unknown): string => String(s).normalize("NFC").replace(/\s+/g, " ").trim();

export function same(exp: unknown, act: unknown, key?: string): boolean {
  if (exp === null) return act === undefined || act === null || (Array.isArray(act) && act.length === 0);
  if (act === undefined || act === null) return false;
  if (key === "published" || key === "date") {
    if (String(exp).includes("T")) return Date.parse(String(exp)) === Date.parse(String(act));
    return String(act).startsWith(String(exp));
  }
  if (Array.isArray(exp)) return Array.isArray(act) && act.length === exp.length && exp.every((e, i) => same(e, act[i]));
  if (typeof exp === "object") {
    const a = act as Record<string, unknown>;
    return typeof act === "object" && Object.entries(exp).every(([k, v]) => same(v, a[k], k));
  }
  return norm(exp) === norm(act);
}
