/** `toMarkdown`: the document layout on fixture pages, and the HTML-to-Markdown converter on small bodies. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle, toMarkdown, type Article } from "../../src/index.js";
import { toMarkdown as toMarkdownFromSubpath, toText as toTextFromSubpath } from "../../src/render.js";

function fixture(name: string): { article: Article; expected: Record<string, unknown> } {
  const dir = new URL(`../../fixtures/${name}/`, import.meta.url);
  const { url } = JSON.parse(readFileSync(new URL("input.json", dir), "utf8")) as { url: string };
  const article = parseArticle(readFileSync(new URL("page.html", dir)), { url });
  return { article, expected: JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")) as Record<string, unknown> };
}

/** A body-only Article around `html`, as a user might build one. */
const withBody = (html: string): Partial<Article> => ({ body: { paragraphs: [], text: "", html } });

describe("toMarkdown on fixture pages", () => {
  it("lays out headline, breadcrumb, byline, body, figure, tags (bootstrap-breadcrumb-base-href)", () => {
    const { article, expected } = fixture("bootstrap-breadcrumb-base-href");
    const blocks = toMarkdown(article).split("\n\n");
    expect(blocks[0]).toBe(`# ${expected.headline as string}`);
    expect(blocks[1]).toBe(
      "[Home](https://www.harborvalleycourier.com/) › [Local](https://www.harborvalleycourier.com/local/) › " +
        "[City Hall](https://www.harborvalleycourier.com/local/city-hall/) › Council approves tiered water rates",
    );
    expect(blocks[2]).toMatch(/^By Rachel Okafor · 2024-04-10/);
    expect(blocks).toContain("## What changes for households");
    expect(blocks).toContain(
      "- Up to 6,000 gallons: $3.10 per 1,000 gallons\n- 6,001 to 15,000 gallons: $4.85 per 1,000 gallons\n- More than 15,000 gallons: $7.40 per 1,000 gallons",
    );
    expect(blocks).toContain(
      "![Lakeview Reservoir at low water](https://www.harborvalleycourier.com/media/2024/04/lakeview-reservoir.jpg)\\\n" +
        "*Lakeview Reservoir, the city’s main water source, sat at 41 percent of capacity last week. (Dan Whitley / Harbor Valley Courier)*",
    );
    expect(blocks.at(-1)).toMatch(/^Tags: \[Water rates\]\(https:\/\/www\.harborvalleycourier\.com\/tag\/water-rates\/\), \[City Council\]/);
    expect(toMarkdown(article).endsWith("\n")).toBe(true);
  });

  it("renders the dateline's place and outlet, inline body links and the related list (bannedbook-epochtimes-figures)", () => {
    const { article, expected } = fixture("bannedbook-epochtimes-figures");
    const markdown = toMarkdown(article);
    expect(markdown.startsWith(`# ${expected.headline as string}\n\n`)).toBe(true);
    expect(markdown).toContain("\n\n台北 (大纪元) · By 陈怡安 and 林志宏 · 2024-03-05\n\n");
    expect(markdown).toContain("老旧公寓加装[电梯](https://www.bannedbook.org/bnews/tag/%E7%94%B5%E6%A2%AF/)的补助范围");
    expect(markdown).toContain("\n\n### 住户意见整合仍是最大难关\n\n");
    const related = expected.related as { title: string; url: string }[];
    expect(markdown).toContain(`\n\n## Related\n\n${related.map((link) => `- [${link.title}](${link.url})`).join("\n")}\n`);
  });

  it("keeps every body paragraph of every fixture, in order", () => {
    for (const name of ["reuters-dateline-read-more", "kyodo-japanese-dateline", "yonhap-korean-dateline", "rankmath-gutenberg-yarpp"]) {
      const { article } = fixture(name);
      const markdown = toMarkdown(article);
      let from = 0;
      for (const paragraph of article.body.paragraphs) {
        // Compare the words: escaping adds backslashes, links add brackets and URLs.
        const words = paragraph.replace(/[\\`*_[\]<>|~&#+=-]/g, "").slice(0, 40);
        const plain = markdown.replace(/\]\([^)]*\)/g, "").replace(/[\\`*_[\]<>|~&#+=-]/g, "");
        const at = plain.indexOf(words, from);
        expect(at, `${name}: ${paragraph.slice(0, 60)}`).toBeGreaterThanOrEqual(0);
        from = at;
      }
    }
  });

  it("renders only the fields parseArticle was asked for", () => {
    const { article } = fixture("reuters-dateline-read-more");
    const partial = parseArticle(readFileSync(new URL("../../fixtures/reuters-dateline-read-more/page.html", import.meta.url)), { fields: ["headline", "tags"] });
    expect(toMarkdown(partial)).toBe(`# ${article.headline!}\n`);
    expect(toMarkdown({})).toBe("");
  });

  it("is also exported from article-anatomy/render", () => {
    const { article } = fixture("kyodo-japanese-dateline");
    expect(toMarkdownFromSubpath(article)).toBe(toMarkdown(article));
    expect(typeof toTextFromSubpath).toBe("function");
  });
});

describe("toMarkdown body conversion", () => {
  it("converts emphasis, strong, strikethrough, code and line breaks", () => {
    expect(toMarkdown(withBody("<p>An <em>important</em> and <strong>bold</strong> <del>old</del> <code>x = 1</code> claim<br>next line</p>"))).toBe(
      "An *important* and **bold** ~~old~~ `x = 1` claim\\\nnext line\n",
    );
    expect(toMarkdown(withBody("<p><i> spaced </i>words</p>"))).toBe("*spaced* words\n");
    expect(toMarkdown(withBody("<p>Use <code>a `tick`</code></p>"))).toBe("Use `` a `tick` ``\n");
  });

  it("converts links and images, and drops unsafe URLs but keeps their text", () => {
    expect(toMarkdown(withBody('<p>See <a href="https://x.org/a b(1)">the report</a> <img src="https://x.org/i.png" alt="A chart"></p>'))).toBe(
      "See [the report](https://x.org/a%20b%281%29) ![A chart](https://x.org/i.png)\n",
    );
    expect(toMarkdown(withBody('<p><a href="javascript:alert(1)">click</a> <img src="javascript:x" alt="no"></p>'))).toBe("click\n");
    expect(toMarkdown(withBody('<p><a href="https://x.org/"></a></p>'))).toBe("[https://x.org/](https://x.org/)\n");
  });

  it("converts headings, nested and numbered lists, block quotes and preformatted text", () => {
    const html =
      "<h2>Timeline</h2><ol start='3'><li>First</li><li>Second<ul><li>inner one</li><li>inner two</li></ul></li></ol>" +
      "<blockquote><p>Quoted once.</p><p>Quoted twice.</p></blockquote><pre>line 1\n  line 2</pre><h4>Small</h4>";
    expect(toMarkdown(withBody(html))).toBe(
      "## Timeline\n\n3. First\n4. Second\n   - inner one\n   - inner two\n\n> Quoted once.\n>\n> Quoted twice.\n\n```\nline 1\n  line 2\n```\n\n#### Small\n",
    );
  });

  it("escapes Markdown specials so text reads as written", () => {
    const html = "<p>2024. was *not* [a] _link_ &lt;b&gt; a|b ~x~ `c` \\ &amp;amp;</p><p># not a heading</p><p>- not a list</p><p>> not a quote</p><p>1) not numbered</p>";
    expect(toMarkdown(withBody(html))).toBe(
      "2024\\. was \\*not\\* \\[a\\] \\_link\\_ \\<b\\> a\\|b \\~x\\~ \\`c\\` \\\\ \\&amp;\n\n\\# not a heading\n\n\\- not a list\n\n\\> not a quote\n\n1\\) not numbered\n",
    );
    expect(toMarkdown({ headline: "*Breaking* [live]", tags: [{ label: "C_sharp" }], related: [{ title: "a ](b)", url: "https://x.org/" }] })).toBe(
      "# \\*Breaking\\* \\[live\\]\n\nTags: C\\_sharp\n\n## Related\n\n- [a \\](b)](https://x.org/)\n",
    );
  });

  it("fences code holding a very long run of backtick groups without overflowing the stack", () => {
    // 300 000 runs: spreading them into Math.max threw "Maximum call stack size exceeded".
    const code = "`a".repeat(300_000) + "````b";
    const span = toMarkdown(withBody(`<p><code>${code}</code></p>`));
    expect(span.startsWith("````` `a`a")).toBe(true);
    expect(span.trimEnd().endsWith("````b `````")).toBe(true);
    const block = toMarkdown(withBody(`<pre>${"```\n".repeat(200_000)}x\n\`\`\`\`\`\`\`</pre>`));
    // The longest run at a line start is the closing seven: the fence is eight.
    expect(block.startsWith("````````\n```\n```\n")).toBe(true);
  });

  it("drops script and style content and reads unknown elements for their text", () => {
    expect(toMarkdown(withBody("<div><script>alert(1)</script><style>p{}</style><p>Kept <span>text</span>.</p>loose <u>inline</u></div>"))).toBe(
      "Kept text.\n\nloose inline\n",
    );
  });

  it("falls back to body.paragraphs when there is no body HTML", () => {
    expect(toMarkdown({ body: { paragraphs: ["One *a*", "# Two"], text: "", html: "" } })).toBe("One \\*a\\*\n\n\\# Two\n");
  });
});
