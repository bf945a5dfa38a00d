/**
 * URL resolution. Every URL in a result is absolute: resolved against `<base href>` when the page has one,
 * else against the `url` option.
 * @module
 */

/** True for an absolute http(s) URL. */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s/?#]+/i.test(value);
}

/**
 * Resolves `href` against `base`. Returns `undefined` for empty links, fragment-only links, `javascript:` and
 * other non-http(s) schemes, and relative links that have no base to resolve against.
 */
export function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const trimmed = href.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return undefined;
  let resolved: URL;
  try {
    resolved = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return undefined;
  }
  if (resolved.protocol !== "http:" && resolved.protocol !== "https:") return undefined;
  return resolved.href;
}
