import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { textBlocks } from "../../src/core/blocks.js";
import { blockLetters, blockText, contentContainer, isHiddenOrNoise, isPullQuote, pullQuotes } from "../../src/core/content.js";
import { findElements } from "../../src/core/dom.js";
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

  it("counts right when skip itself counts another block's letters", () => {
    const doc = parseHtml(`<p>abc <span class="x">defg</span> <b>hij</b></p><p>kl <i>mn</i></p>`);
    const [first, second] = textBlocks(doc, () => false);
    const skip = (el: { attribs: Record<string, string> }): boolean => blockLetters(second!, () => false) === 4 && el.attribs.class === "x";
    expect(blockLetters(first!, skip)).toBe(6);
  });

  it("leaves out hidden inline elements", () => {
    const doc = parseHtml(`<p>abc <span hidden>defg</span> hij</p>`);
    const [block] = textBlocks(doc, isHiddenOrNoise);
    expect(blockLetters(block!)).toBe(6);
  });
});

describe("contentContainer: text cut into chunks", () => {
  const PARA = (n: number) => `<p>Paragraph ${n} of the story tells what the council decided and why the vote on the downtown fee was closer than expected.</p>`;

  it("joins the sibling chunks of the densest container, through wrappers around nothing else (NYT)", () => {
    const chunk = (from: number) => `<div class="c53"><div class="companion"><div class="c53">${PARA(from)}${PARA(from + 1)}</div></div></div>`;
    const doc = parseHtml(`<html><body><main><article><section name="articleBody">${chunk(1)}<div class="fig"><figure><img src="/a.jpg"><figcaption>A caption under the photo.</figcaption></figure></div>${chunk(3)}${chunk(5)}</section></article></main></body></html>`);
    const found = contentContainer(doc)!;
    expect(found.parts).toHaveLength(3);
    expect(found.parts.map((part) => part.attribs.class)).toEqual(["c53", "c53", "c53"]);
  });

  it("stops at a parent with other children: a lone container stays alone", () => {
    const doc = parseHtml(`<html><body><main><div class="story">${PARA(1)}${PARA(2)}${PARA(3)}</div><div class="other"><p>Short.</p></div></main></body></html>`);
    expect(contentContainer(doc)!.parts.map((part) => part.attribs.class)).toEqual(["story"]);
  });
});

describe("pullQuotes", () => {
  it("finds exactly the elements isPullQuote accepts, in document order", () => {
    const doc = parseHtml(
      '<div class="entry"><figure class="wp-block-pullquote"><blockquote><p>One.</p></blockquote></figure>' +
        '<aside class="is-style PullQuote"><p>Two.</p></aside><div id="main_pull-quote">Not one.</div><div id="pullquote">Three.</div>' +
        '<blockquote class="pull-quote"><img src="a.jpg"></blockquote><p class="pullquotes">Not one.</p>' +
        '<p class="pull">Nor this.</p><blockquote class="wp-block-quote">Nor this.</blockquote></div>',
    );
    const want = findElements(doc, isPullQuote);
    expect(want.map((el) => el.attribs.class ?? el.attribs.id)).toEqual(["wp-block-pullquote", "is-style PullQuote", "pullquote"]);
    expect(pullQuotes(doc)).toEqual(want);
    expect(pullQuotes(parseHtml("<p>No quotes here.</p>"))).toEqual([]);
  });
});
