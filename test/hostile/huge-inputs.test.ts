/**
 * Huge and deeply nested pages: the parse must finish and give a well-formed `Article`, without a stack
 * overflow. Each case has a generous time bound (a timeout, not a timing assertion); how the time grows with
 * the size belongs in the benchmark. Times measured on the 2-core dev machine are in docs/security.md.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { checkArticle } from "./article-checks.js";
import { HUGE_PAGES } from "./hostile-pages.js";

const URL = "https://www.example.com/news/2024/05/02/story.html";

describe("huge and deep pages finish without overflowing the stack", () => {
  for (const { name, build, finds } of HUGE_PAGES) {
    // htmlparser2 itself takes a few seconds on 100 000 open elements (its open-element stack is an array it
    // unshifts); 1 000 000 paragraphs take about a minute on a busy 2-core machine.
    it(name, { timeout: 240_000 }, () => {
      const article = parseArticle(build(), { url: URL });
      checkArticle(article);
      if (finds) expect(article.body.text).toContain(finds);
    });
  }
});
