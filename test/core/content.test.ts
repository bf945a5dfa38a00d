import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { textBlocks } from "../../src/core/blocks.js";
import { blockLetters, blockText, isHiddenOrNoise } from "../../src/core/content.js";
import { parseHtml } from "../../src/core/document.js";
import { letterCount } from "../../src/core/text.js";

describe("blockLetters", () => {
  const pages = readdirSync("fixtures").map((name) => readFileSync(`fixtures/${name}/page.html`, "utf8"));
  pages.push(`<body><p>Shown <span hidden>hidden words</span> and <span style="display:none">more</span><script>var x=1</script> text.</p>
    <div>Run of text<br><br>after a break <b>bold</b><span aria-hidden="true">icon</span></div><ul><li>Item <a href="/x">link</a></li></ul></body>`);

  it("counts the letters of blockText for every block of every fixture page, without building the text", () => {
    let blocks = 0;
    for (const html of pages) {
      const doc = parseHtml(html);
      for (const block of textBlocks(doc, isHiddenOrNoise)) {
        expect(blockLetters(block)).toBe(letterCount(blockText(block)));
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(100);
  });

  it("leaves out hidden inline elements", () => {
    const doc = parseHtml(`<p>abc <span hidden>defg</span> hij</p>`);
    const [block] = textBlocks(doc, isHiddenOrNoise);
    expect(blockLetters(block!)).toBe(6);
  });
});
