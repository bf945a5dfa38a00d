/**
 * Serialises body blocks as HTML that is safe to insert into a page. Only an allowlist of inline tags and
 * attributes survives; every other element is unwrapped (its text kept) or, for active content, dropped
 * whole. URLs are re-resolved, so only http(s) links and http(s) or `data:image/*` images remain.
 * @module
 */
import type { AnyNode, Element } from "domhandler";
import { isElement, isParent, tagName } from "./dom.js";
import { imageSource } from "./images.js";
import { isWhitespaceCode, UNCOLLAPSED, WHITESPACE_RUN } from "./text.js";
import { resolveUrl } from "./url.js";

/** Inline tags kept as they are (without attributes, except those listed in `KEPT_ATTRIBUTES`). */
const INLINE_TAGS = new Set(["a", "b", "strong", "i", "em", "u", "s", "sub", "sup", "br", "code", "mark", "small", "q", "cite", "abbr", "time", "img", "del", "ins"]);
/** Elements dropped with everything inside them: active content, forms, embedded documents. */
const DROPPED_TAGS = new Set([
  "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "select",
  "option", "optgroup", "textarea", "label", "fieldset", "base", "meta", "link", "template", "svg", "math", "noscript",
  "audio", "video", "source", "track", "canvas", "map", "area", "param", "dialog", "portal", "head", "title",
]);
const VOID_TAGS = new Set(["br", "img"]);
/** The end tag of each kept inline element, by its name. */
const CLOSE_TAGS = /* @__PURE__ */ new Map([...INLINE_TAGS].map((name) => [name, `</${name}>`]));
/** Blocks written as a space when they sit inside an inline run. */
const BLOCK_TAGS = /* @__PURE__ */ new Set(["div", "p", "section", "article", "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"]);

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: a test, which builds no string, finds it.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[&<>"']/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === '"' ? "&quot;" : "&#39;"));
}

const NEEDS_ESCAPE = /[&<>"']/;

function safeImageSource(img: Element, base: string | undefined): string | undefined {
  const raw = img.attribs.src?.trim() ?? "";
  // A small inline image is fine; data: URLs of any other type are not.
  if (/^data:image\/(png|gif|jpe?g|webp|avif|bmp);base64,[a-z0-9+/=\s]*$/i.test(raw)) return raw.replace(/\s+/g, "");
  return imageSource(img, base);
}

function openTag(el: Element, name: string, base: string | undefined): string | undefined {
  if (name === "a") {
    const href = resolveUrl(el.attribs.href, base);
    const title = el.attribs.title?.trim();
    return `<a${href ? ` href="${escapeHtml(href)}"` : ""}${title ? ` title="${escapeHtml(title)}"` : ""}>`;
  }
  if (name === "img") {
    const src = safeImageSource(el, base);
    if (!src) return undefined;
    const alt = el.attribs.alt?.trim();
    return `<img src="${escapeHtml(src)}"${alt ? ` alt="${escapeHtml(alt)}"` : ""}>`;
  }
  if (name === "time") {
    const datetime = el.attribs.datetime?.trim();
    return datetime ? `<time datetime="${escapeHtml(datetime)}">` : "<time>";
  }
  return `<${name}>`;
}

/**
 * The inner HTML of `root`, sanitized. `skip` leaves out nodes (captions, ads) the caller has judged not part
 * of the block. Iterative, so deeply nested markup cannot overflow the stack.
 */
export function sanitizedInnerHtml(root: AnyNode, base: string | undefined, skip?: (el: Element) => boolean): string {
  if (!isParent(root)) return root.type === "text" ? escapeHtml(root.data) : "";
  // The pieces are written with their whitespace already collapsed (each run one space, none at either end),
  // so the joined HTML is never rebuilt by a replace over the whole of it: most pieces have no run to collapse.
  const out: string[] = [];
  let pendingSpace = false;
  const write = (piece: string): void => {
    let start = 0;
    let end = piece.length;
    while (start < end && isWhitespaceCode(piece.charCodeAt(start))) start++;
    if (start === end) {
      // Nothing but whitespace: one space, written only if something visible follows.
      if (end > 0) pendingSpace = true;
      return;
    }
    while (isWhitespaceCode(piece.charCodeAt(end - 1))) end--;
    // Text between tags mostly has only its ends to cut (a slice, or the piece itself); a run inside is rare.
    const inner = start === 0 && end === piece.length ? piece : piece.slice(start, end);
    if ((pendingSpace || start > 0) && out.length > 0) out.push(" ");
    out.push(UNCOLLAPSED.test(inner) ? inner.replace(WHITESPACE_RUN, " ") : inner);
    pendingSpace = end < piece.length;
  };
  // Nodes still to write, and between them the text that closes an element once its children are written:
  // one stack of both, no frame object per node (the body's whole text goes through here).
  const stack: (AnyNode | string)[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      write(item);
      continue;
    }
    const node = item;
    if (node.type === "text") {
      write(escapeHtml(node.data));
      continue;
    }
    if (!isElement(node)) continue;
    const name = tagName(node);
    if (DROPPED_TAGS.has(name) || (skip && skip(node))) continue;
    const close = CLOSE_TAGS.get(name);
    if (close !== undefined) {
      const open = openTag(node, name, base);
      if (open === undefined) continue;
      write(open);
      if (VOID_TAGS.has(name)) continue;
      stack.push(close);
    } else if (BLOCK_TAGS.has(name)) {
      // A block inside an inline run keeps its line break.
      stack.push(" ");
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out.join("");
}
