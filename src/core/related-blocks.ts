/**
 * Related-article blocks by their class or id (YARPP, Jetpack, Instant Articles …). Apart from the heading words
 * of sections.ts, so that the content detector, which asks only this, does not carry those phrase lists into the
 * bundles of the extractors that use it (a regex built from a template literal is never tree-shaken).
 * @module
 */
import type { Document, Element } from "domhandler";
import { elementsWithKey } from "./element-lookup.js";
import { hasToken } from "./regions.js";

/** Class/id tokens of related-post blocks: YARPP, Jetpack, Contextual Related Posts, Instant Articles' `op-related-articles`. */
const RELATED_TOKEN = /^(related|relatedposts|related-posts|related_posts|yarpp|jp-relatedposts|crp_related|op-related-articles|rel-posts|more-stories|read-more-links|read-more-wrap)$/;

const RELATED_TOKEN_ANYWHERE = /* @__PURE__ */ new RegExp(RELATED_TOKEN.source.slice(1, -1), "i");

/** True when the element is a related-articles block by its class or id. */
export function isRelatedBlock(el: Element): boolean {
  return hasToken(el, RELATED_TOKEN);
}

/**
 * Every related-articles block of a page by its class or id, in document order (nested ones too). Each
 * distinct class and id of the page is tested once, not every element; the elements found still pass
 * `isRelatedBlock`.
 */
export function relatedBlocks(doc: Document): Element[] {
  return elementsWithKey(
    doc,
    // The pattern anywhere in the name: every related class or id passes this cheap test; `isRelatedBlock`
    // then decides by the tokens, exactly as for any element.
    (name) => RELATED_TOKEN_ANYWHERE.test(name),
  ).filter(isRelatedBlock);
}
