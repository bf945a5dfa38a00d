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

/**
 * True for a link to a site's front page: `/`, `/index.html`, `/en/`, `https://example.com/`. Strict (the
 * default) wants a path from the root and no query (`/?m=200604` is an archive); `loose` also takes the
 * relative forms a logo link uses (`./`, `index.html`, an empty href).
 */
export function isFrontPageHref(href: string | undefined, loose = false): boolean {
  if (href === undefined || (!loose && href.includes("?"))) return false;
  let path = href.trim();
  const pattern = loose ? LOOSE_FRONT_PAGE_PATH : FRONT_PAGE_PATH;
  if (ABSOLUTE_HREF.test(path)) {
    // The path as written answers most links without the URL parser (a few microseconds a link, and the
    // breadcrumb asks this of every short link of a page): only a path the parser could rewrite (dot
    // segments, escapes, backslashes, control characters), or one that reads as a front page, goes through it.
    // The parser strips tabs and line breaks anywhere, which can move where the host ends: such an href goes through it.
    const written = CONTROL.test(path) ? null : WRITTEN_PATH.exec(path);
    const writtenPath = written ? written[1] || "/" : undefined;
    if (writtenPath !== undefined && !REWRITABLE_PATH.test(writtenPath) && !pattern.test(writtenPath)) return false;
    try {
      path = new URL(path, "http://x").pathname;
    } catch {
      return false;
    }
  }
  return pattern.test(path);
}

/**
 * The path of an absolute href as written: after the host, up to a query or fragment. No match without a
 * host (`http:////en/`, whose host the URL parser finds after the extra slashes).
 */
const WRITTEN_PATH = /^(?:https?:)?\/\/[^/?#\\]+([^?#]*)/i;
/** What the URL parser may rewrite in a path: `.` segments, `%` escapes, `\`. */
const REWRITABLE_PATH = /[.%\\]/;
const CONTROL = /[\u0000-\u001f]/;

const ABSOLUTE_HREF = /^(https?:)?\/\//i;
const FRONT_PAGE_PATH = /^\/([a-z]{2}([-_][a-z]{2})?\/?)?(index\.[a-z]+)?$/i;
const LOOSE_FRONT_PAGE_PATH = /^(\.?\/)?([a-z]{2}([-_][a-z]{2})?\/?)?(index\.[a-z]+)?$/i;
