/**
 * Escaping for Markdown output: text that must read as itself, URLs that must stay one link destination.
 * @module
 */

import { allMatches } from "../core/text.js";

/**
 * Escapes the characters that start inline Markdown (emphasis, code, links, HTML, tables, strikethrough,
 * entity references) so `text` renders as written. Line-start markers are `escapeLineStarts`' job.
 */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, "\\$&").replace(/&(?=#?[a-z0-9]+;)/gi, "\\&");
}

/**
 * Escapes what would make a line of paragraph text a heading, quote, list item or thematic break:
 * `# x`, `> x`, `- x`, `+ x`, `= x`, `1. x`, `1) x`. Applied to already inline-escaped text, line by line.
 */
export function escapeLineStarts(text: string): string {
  return text.replace(/^([ \t]*)([#>+=-])/gm, "$1\\$2").replace(/^([ \t]*\d{1,9})([.)])(?=\s|$)/gm, "$1\\$2");
}

/** A link or image destination: percent-encodes what would end it (spaces, parentheses, angle brackets). */
export function markdownUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** A code span around `code`, with a fence longer than any run of backticks inside it. */
export function codeSpan(code: string): string {
  // A fold, not `Math.max(...runs)`: spreading a list of every run overflows the call stack on a long input.
  let longest = 0;
  for (const m of allMatches(/`+/g, code)) longest = Math.max(longest, m[0].length);
  const fence = "`".repeat(longest + 1);
  const pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
  return `${fence}${pad}${code}${pad}${fence}`;
}

/** A fenced code block around `code`, with a fence longer than any backtick run at a line start inside it. */
export function codeBlock(code: string): string {
  let longest = 2;
  for (const m of allMatches(/^ {0,3}(`+)/gm, code)) longest = Math.max(longest, m[1]!.length);
  const fence = "`".repeat(longest + 1);
  return `${fence}\n${code.replace(/\n+$/, "")}\n${fence}`;
}

/** Whether a URL may become a link in the output: http(s) and mailto only, never `javascript:` and kin. */
export function isSafeLinkUrl(url: string): boolean {
  return /^(https?:|mailto:)/i.test(url.trim());
}

/** Whether a URL may become an image in the output: http(s), or an inline `data:image/…`. */
export function isSafeImageUrl(url: string): boolean {
  return /^(https?:|data:image\/(png|gif|jpe?g|webp|avif|bmp);)/i.test(url.trim());
}

/** `![alt](src)` for an image URL that is safe to show, else `""`; `alt` is escaped here. */
export function markdownImage(alt: string, src: string | undefined): string {
  return src && isSafeImageUrl(src) ? `![${escapeMarkdownText(alt)}](${markdownUrl(src)})` : "";
}
