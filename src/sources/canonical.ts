/**
 * The page's canonical URL (`<link rel="canonical" href>`), read once per document.
 * @module
 */
import type { Document } from "domhandler";
import { DocumentCache } from "../core/document-cache.js";
import { elementsByTag } from "../core/page-index.js";
import { resolveUrl } from "../core/url.js";

const hrefCache = /* @__PURE__ */ new DocumentCache<string | undefined>();

/**
 * The canonical URL the page states, resolved against `base` (the `<base href>` or the page's URL); `undefined`
 * when the page has none, or when it is relative and there is no base to resolve it against.
 *
 * @example
 * ```ts
 * canonicalUrl(parseHtml('<link rel="canonical" href="/a/1.html">'), "https://example.com/a/1.html?utm=x");
 * // "https://example.com/a/1.html"
 * ```
 */
export function canonicalUrl(doc: Document, base?: string): string | undefined {
  const href = hrefCache.valueFor(doc, () => {
    // `rel` is a token list (`rel="canonical nofollow"` is rare but valid).
    const link = elementsByTag(doc, "link").find((el) => el.attribs.href !== undefined && /(^|\s)canonical(\s|$)/i.test(el.attribs.rel ?? ""));
    return link?.attribs.href?.trim() || undefined;
  });
  return href ? resolveUrl(href, base) : undefined;
}

/**
 * The page's own URL as best known: the canonical URL, else `base`. Used to tell the site's root and host
 * (a crumb linking to `/` is the home crumb; a `<title>` part naming the host is the site name).
 */
export function pageUrl(doc: Document, base?: string): string | undefined {
  return canonicalUrl(doc, base) ?? base;
}
