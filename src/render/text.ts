/**
 * `toText`: an Article as plain text.
 * @module
 */
import type { Article } from "../types.js";
import { bylineParts, captionWithCredit } from "./article-lines.js";
import { htmlToBlocks } from "./body-blocks.js";

/**
 * Renders an Article (or the fields of one that `parseArticle` was asked for) as plain text, one block per
 * paragraph with a blank line between blocks: the headline; the breadcrumb labels joined by ` › `; a line with
 * the dateline's place and outlet, `By` the authors and the date; the body (from `body.html`, list items
 * marked `-` or `1.`, quotes indented; `body.paragraphs` when there is no HTML); each figure's caption and
 * credit; a `Tags:` line; and `Related:` with one `- title <url>` line per link. No markup and no escaping.
 * Ends with one newline, or is `""` for an empty Article.
 *
 * @example
 * ```ts
 * import { parseArticle, toText } from "article-anatomy";
 * process.stdout.write(toText(parseArticle(html, { url })));
 * ```
 */
export function toText(article: Partial<Article>): string {
  const blocks: string[] = [];
  if (article.headline) blocks.push(article.headline);
  if (article.breadcrumb?.length) blocks.push(article.breadcrumb.map((crumb) => crumb.label).join(" › "));
  const byline = bylineParts(article);
  if (byline.length) blocks.push(byline.join(" · "));
  if (article.body) {
    const body = htmlToBlocks(article.body.html, "text");
    for (const block of body.length ? body : article.body.paragraphs) blocks.push(block);
  }
  for (const figure of article.figures ?? []) {
    const caption = captionWithCredit(figure.caption, figure.credit) || figure.image?.alt;
    if (caption) blocks.push(`Image: ${caption}`);
  }
  if (article.tags?.length) blocks.push(`Tags: ${article.tags.map((tag) => tag.label).join(", ")}`);
  if (article.related?.length) blocks.push(["Related:", ...article.related.map((link) => `- ${link.title} <${link.url}>`)].join("\n"));
  return blocks.length ? `${blocks.join("\n\n")}\n` : "";
}
