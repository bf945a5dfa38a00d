/**
 * Image URLs, lazy-loading included: themes and lazy-load plugins keep the real URL in `data-src`,
 * `data-original`, `data-lazy-src` or a `srcset`, and put a placeholder (a 1×1 GIF, a spinner) in `src`.
 * @module
 */
import type { Element } from "domhandler";
import { resolveUrl } from "./url.js";

const LAZY_ATTRIBUTES = ["data-src", "data-original", "data-lazy-src", "data-lazy", "data-actualsrc", "data-url", "data-hi-res-src"];
const LAZY_SRCSET_ATTRIBUTES = ["data-srcset", "data-lazy-srcset", "srcset"];

/** True for a `src` that is a lazy-load placeholder rather than the image. */
function isPlaceholder(src: string): boolean {
  return /^data:/i.test(src) || /(blank|spacer|placeholder|lazy|loading|grey|pixel|transparent)\.(gif|png|svg|jpg)/i.test(src);
}

/** The largest candidate of a `srcset` (by its `w` or `x` descriptor), or its first. */
function bestFromSrcset(srcset: string): string | undefined {
  let best: string | undefined;
  let bestSize = -1;
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor] = candidate.trim().split(/\s+/, 2);
    if (!url) continue;
    const size = descriptor ? parseFloat(descriptor) : 0;
    if (size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

/** The absolute URL an `<img>` really shows, or `undefined`. */
export function imageSource(img: Element, base: string | undefined): string | undefined {
  for (const name of LAZY_ATTRIBUTES) {
    const value = img.attribs[name]?.trim();
    if (value && !isPlaceholder(value)) {
      const url = resolveUrl(value, base);
      if (url) return url;
    }
  }
  const src = img.attribs.src?.trim();
  if (src && !isPlaceholder(src)) {
    const url = resolveUrl(src, base);
    if (url) return url;
  }
  for (const name of LAZY_SRCSET_ATTRIBUTES) {
    const value = img.attribs[name];
    const candidate = value ? bestFromSrcset(value) : undefined;
    const url = candidate ? resolveUrl(candidate, base) : undefined;
    if (url) return url;
  }
  return undefined;
}

/** An image element: `<img>`, or AMP's `<amp-img>` (an AMP page may have no `<noscript><img>` fallback). */
export const IMAGE_SELECTOR = "img, amp-img";
