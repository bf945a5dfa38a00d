/**
 * `toMarkdown`: an Article as a Markdown document.
 * @module
 */
import type { Article } from "../types.js";
import { bylineParts, captionWithCredit } from "./article-lines.js";
import { htmlToBlocks } from "./body-blocks.js";
import { escapeLineStarts, escapeMarkdownText, isSafeLinkUrl, markdownImage, markdownUrl } from "./escape.js";

/** `[label](url)` when the URL is safe to link, else the escaped label alone. */
function linkTo(label: string, url: string | undefined): string {
  const text = escapeMarkdownText(label);
  return url && isSafeLinkUrl(url) ? `[${text}](${markdownUrl(url)})` : text;
}

/** A line of text that must stay a paragraph line. */
const plainLine = (text: string): string => escapeLineStarts(escapeMarkdownText(text));

/**
 * Renders an Article (or the fields of one that `parseArticle` was asked for) as Markdown, block by block,
 * separated by blank lines: `# headline`; the breadcrumb as links joined by ` › `; a line with the dateline's
 * place and outlet, `By` the authors and the publication date; the body converted from `body.html`
 * (paragraphs, headings, lists, links, images, block quotes, emphasis; `body.paragraphs` when there is no
 * HTML); each figure as an image with its caption and credit in italics; a `Tags:` line; and a `## Related`
 * list. Text is escaped so that it reads as written, and only http(s) and mailto links and http(s) or
 * `data:image` images are kept. Absent or empty fields are left out. Ends with one newline, or is `""` for
 * an empty Article.
 *
 * @example
 * ```ts
 * import { parseArticle, toMarkdown } from "article-anatomy";
 * const markdown = toMarkdown(parseArticle(html, { url }));
 * ```
 */
export function toMarkdown(article: Partial<Article>): string {
  const blocks: string[] = [];
  if (article.headline) blocks.push(`# ${escapeMarkdownText(article.headline)}`);
  if (article.breadcrumb?.length) blocks.push(article.breadcrumb.map((crumb) => linkTo(crumb.label, crumb.url)).join(" › "));
  const byline = bylineParts(article);
  if (byline.length) blocks.push(plainLine(byline.join(" · ")));
  if (article.body) {
    const body = htmlToBlocks(article.body.html, "markdown");
    for (const block of body.length ? body : article.body.paragraphs.map(plainLine)) blocks.push(block);
  }
  for (const figure of article.figures ?? []) {
    const image = figure.image ? markdownImage(figure.image.alt ?? "", figure.image.src) : "";
    const caption = captionWithCredit(figure.caption, figure.credit);
    const lines = [image, caption && `*${escapeMarkdownText(caption)}*`].filter(Boolean);
    if (lines.length) blocks.push(lines.join("\\\n"));
  }
  if (article.tags?.length) blocks.push(`Tags: ${article.tags.map((tag) => linkTo(tag.label, tag.url)).join(", ")}`);
  if (article.related?.length) {
    blocks.push("## Related", article.related.map((link) => `- ${linkTo(link.title, link.url)}`).join("\n"));
  }
  return blocks.length ? `${blocks.join("\n\n")}\n` : "";
}
