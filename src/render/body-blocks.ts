/**
 * Turns the sanitized body HTML (`Article.body.html`) into blocks of Markdown or plain text: paragraphs,
 * headings, lists (nested), block quotes, preformatted text, with links, images, emphasis and code inline.
 * It reads the htmlparser2 tree directly; elements it does not know are read for their text.
 * @module
 */
import type { AnyNode, Element } from "domhandler";
import { isElement, isHeadingName, NON_TEXT_TAGS } from "../core/dom.js";
import { collapseWhitespace } from "../core/text.js";
import { buildTree } from "../core/tree-builder.js";
import { codeBlock, codeSpan, escapeLineStarts, escapeMarkdownText, isSafeLinkUrl, markdownImage, markdownUrl } from "./escape.js";

/** `markdown` keeps structure as Markdown syntax; `text` keeps only the words, lists with `-` / `1.` markers. */
export type BlockStyle = "markdown" | "text";

const BLOCK_TAGS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "div", "section", "article",
  "figure", "figcaption", "header", "footer", "aside", "main", "table", "tr", "dl", "dt", "dd", "hr", "center",
]);
/** Content that is never text: whatever is inside is dropped. */
const SKIPPED_TAGS = /* @__PURE__ */ new Set([...NON_TEXT_TAGS, "title"]);

/** The body HTML as blocks, in order; join them with a blank line. */
export function htmlToBlocks(html: string, style: BlockStyle): string[] {
  if (html.trim() === "") return [];
  return renderBlocks(buildTree(html).children, style);
}

function renderBlocks(nodes: readonly AnyNode[], style: BlockStyle): string[] {
  const blocks: string[] = [];
  let inlineRun: AnyNode[] = [];
  const flushInline = (): void => {
    const text = paragraphText(inlineRun, style);
    if (text) blocks.push(text);
    inlineRun = [];
  };
  for (const node of nodes) {
    if (isElement(node) && SKIPPED_TAGS.has(node.name)) continue;
    if (isElement(node) && BLOCK_TAGS.has(node.name)) {
      flushInline();
      for (const block of renderBlock(node, style)) blocks.push(block);
    } else {
      inlineRun.push(node);
    }
  }
  flushInline();
  return blocks;
}

function renderBlock(el: Element, style: BlockStyle): string[] {
  const name = el.name;
  if (isHeadingName(name)) {
    const text = inlineText(el.children, style);
    if (!text) return [];
    return [style === "markdown" ? `${"#".repeat(Number(name[1]))} ${text.replace(/\n/g, " ")}` : text];
  }
  if (name === "ul" || name === "ol") {
    const list = renderList(el, style);
    return list ? [list] : [];
  }
  if (name === "li") return renderBlocks(el.children, style); // an <li> outside a list reads as its content
  if (name === "blockquote") {
    const inner = renderBlocks(el.children, style).join("\n\n");
    if (!inner) return [];
    return [inner.split("\n").map((line) => (style === "markdown" ? (line ? `> ${line}` : ">") : line ? `    ${line}` : "")).join("\n")];
  }
  if (name === "pre") {
    const code = textOf(el).replace(/^\n/, "");
    if (!code.trim()) return [];
    return [style === "markdown" ? codeBlock(code) : code.replace(/\n+$/, "")];
  }
  if (name === "hr") return style === "markdown" ? ["---"] : [];
  if (name === "p" || name === "dt" || name === "dd" || name === "figcaption") {
    const text = paragraphText(el.children, style);
    return text ? [text] : [];
  }
  return renderBlocks(el.children, style); // containers: div, section, figure, table …
}

function renderList(list: Element, style: BlockStyle): string {
  const ordered = list.name === "ol";
  const start = ordered ? Number.parseInt(list.attribs.start ?? "1", 10) || 1 : 1;
  const items: string[] = [];
  for (const child of list.children) {
    if (!isElement(child) || child.name !== "li") continue;
    const marker = ordered ? `${start + items.length}. ` : "- ";
    // An item of inline text and sublists stays tight; one with paragraphs or quotes keeps blank lines (loose).
    const loose = style === "markdown" && child.children.some((node) => isElement(node) && /^(p|blockquote|pre|h[1-6])$/.test(node.name));
    const content = renderBlocks(child.children, style).join(loose ? "\n\n" : "\n");
    if (!content) continue;
    // Continuation lines are indented by the marker's width, so nested lists and paragraphs stay inside the item.
    const indent = " ".repeat(marker.length);
    items.push(marker + content.split("\n").map((line, i) => (i === 0 || !line ? line : indent + line)).join("\n"));
  }
  return items.join("\n");
}

/** One paragraph of inline content; in Markdown its line starts are escaped so it cannot turn into a list or heading. */
function paragraphText(nodes: readonly AnyNode[], style: BlockStyle): string {
  const text = inlineText(nodes, style);
  return style === "markdown" ? escapeLineStarts(text) : text;
}

/** Inline content: whitespace collapsed as a browser would, `<br>` kept as a line break. */
function inlineText(nodes: readonly AnyNode[], style: BlockStyle): string {
  return nodes
    .map((node) => inline(node, style))
    .join("")
    .replace(/[ \t\r\n\f]+/g, " ")
    .replace(/ ?\u0000 ?/g, style === "markdown" ? "\\\n" : "\n")
    .trim()
    .replace(/^(\\\n|\n)+|(\\\n|\n)+$/g, "");
}

function inline(node: AnyNode, style: BlockStyle): string {
  if (node.type === "text") return style === "markdown" ? escapeMarkdownText(node.data) : node.data;
  if (!isElement(node) || SKIPPED_TAGS.has(node.name)) return "";
  const inner = (): string => node.children.map((child) => inline(child, style)).join("");
  switch (node.name) {
    case "br":
      return "\u0000"; // a placeholder that survives whitespace collapsing; see inlineText
    case "img":
      return style === "markdown" ? image(node) : "";
    case "a":
      return style === "markdown" ? link(node, inner()) : inner();
    case "em":
    case "i":
      return style === "markdown" ? wrap(inner(), "*") : inner();
    case "strong":
    case "b":
      return style === "markdown" ? wrap(inner(), "**") : inner();
    case "del":
    case "s":
      return style === "markdown" ? wrap(inner(), "~~") : inner();
    case "code":
      return style === "markdown" ? codeSpan(textOf(node).replace(/\s+/g, " ")) : textOf(node);
    default:
      return BLOCK_TAGS.has(node.name) ? ` ${inner()} ` : inner();
  }
}

/** Emphasis markers hug the text (`** x**` would not render), so outer spaces move outside them. */
function wrap(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : text;
}

function link(el: Element, label: string): string {
  const href = el.attribs.href?.trim();
  if (!href || !isSafeLinkUrl(href)) return label;
  const text = label.trim() ? label : escapeMarkdownText(href);
  return `[${text}](${markdownUrl(href)})`;
}

function image(el: Element): string {
  return markdownImage(collapseWhitespace(el.attribs.alt ?? ""), el.attribs.src?.trim());
}

/** The text inside an element, as written (for `<pre>` and `<code>`). */
function textOf(node: AnyNode): string {
  if (node.type === "text") return node.data;
  if (!isElement(node) || SKIPPED_TAGS.has(node.name)) return "";
  if (node.name === "br") return "\n";
  return node.children.map(textOf).join("");
}
