import { readdirSync, readFileSync } from "node:fs";
import type { Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/core/document.js";
import { NON_TEXT_TAGS, rawText } from "../../src/core/dom.js";
import { firstVisibleCharacter, leadingText, letterStats, pageIndex, pageIndexOf, positionOf, subtreeRange, tagKinds } from "../../src/core/page-index.js";
import { letterCount } from "../../src/core/text.js";

/** What the index must answer for an element, counted the slow way: its own text, and that inside its links. */
function counted(el: Element): { letters: number; linkLetters: number } {
  if (NON_TEXT_TAGS.has(el.name)) return { letters: 0, linkLetters: 0 };
  const links = el.name === "a" ? [el] : collectLinks(el);
  return { letters: letterCount(rawText(el)), linkLetters: links.reduce((sum, a) => sum + letterCount(rawText(a)), 0) };
}

/** The outermost `<a>` elements below `el` that sit outside non-text elements. */
function collectLinks(el: Element): Element[] {
  const out: Element[] = [];
  for (const child of el.children) {
    if (child.type !== "tag" || NON_TEXT_TAGS.has(child.name)) continue;
    if (child.name === "a") out.push(child);
    else out.push(...collectLinks(child));
  }
  return out;
}

const fixtures = readdirSync("fixtures").map((name) => readFileSync(`fixtures/${name}/page.html`, "utf8"));

describe("letterStats", () => {
  it("counts every element's letters and link letters as a walk of its text would, on every fixture", () => {
    for (const html of fixtures) {
      const { elements } = pageIndex(parseHtml(html));
      for (const el of elements) expect(letterStats(el), `<${el.name} class="${el.attribs.class ?? ""}">`).toEqual(counted(el));
    }
  });

  it("counts the same from the letters the parse recorded as from a walk, on text the parser reports in pieces", () => {
    // Entities split a text node into pieces (`a &amp; b`, a surrogate pair from `&#x1F600;`); a non-text
    // element's content counts for nothing, text inside its children still counts for them; top-level text is
    // outside every element.
    const html =
      "top text<div>Tom &amp; Jerry &#x1F600;&#xE9;t&eacute; <a href='/'>li&shy;nk</a><script>var abc = 1;</script>" +
      "<select><option>Choice one</option></select><svg><text>drawn</text></svg><noscript><p>no js</p></noscript>" +
      "<textarea>typed</textarea><p>a<b>b</b>c<!-- d -->e</p></div><title>T</title>";
    // Repeated, the page has more elements than the parser's columns are first made for.
    for (const doc of [parseHtml(html), parseDocument(html), parseHtml(html.repeat(40))]) {
      for (const el of pageIndex(doc).elements) expect(letterStats(el), `<${el.name}>`).toEqual(counted(el));
    }
    expect(pageIndex(parseHtml(html)).ownLetters).toBeDefined();
    expect(pageIndex(parseDocument(html)).ownLetters).toBeUndefined();
  });

  it("answers for the right document when questions about two documents alternate", () => {
    const a = pageIndex(parseHtml(`<div><p>one two</p><a href="/">link</a></div>`)).elements;
    const b = pageIndex(parseDocument(`<section><p>three</p><p>four five six</p></section>`)).elements;
    for (let round = 0; round < 3; round++) {
      expect(letterStats(a[0]!)).toEqual({ letters: 10, linkLetters: 4 });
      expect(letterStats(b[2]!)).toEqual({ letters: 11, linkLetters: 0 });
      expect(letterStats(a[2]!)).toEqual({ letters: 4, linkLetters: 4 });
      expect(letterStats(b[0]!)).toEqual({ letters: 16, linkLetters: 0 });
    }
  });

  it("gives 0 for an element outside any document", () => {
    const detached = parseHtml(`<p>text</p>`).children[0] as Element;
    const copy = Object.assign(Object.create(Object.getPrototypeOf(detached)), detached, { parent: null }) as Element;
    expect(letterStats(copy)).toEqual({ letters: 0, linkLetters: 0 });
  });
});

describe("positionOf and pageIndexOf", () => {
  const html = `<body><div><p>a</p><p>b <span>c</span></p></div><ul><li>d</li></ul></body>`;

  it("answer from the element's own record on a tree parseHtml built, and from a map on any other tree", () => {
    for (const doc of [parseHtml(html), parseDocument(html)]) {
      const index = pageIndex(doc);
      index.elements.forEach((el, i) => {
        expect(positionOf(index, el)).toBe(i);
        expect(pageIndexOf(el)).toBe(index);
      });
    }
  });

  it("give no position for an element of another document, built either way", () => {
    const ours = [parseHtml(html), parseHtml(html)];
    const theirs = [parseDocument(html), parseDocument(html)];
    for (const [a, b] of [ours, theirs, [ours[0]!, theirs[0]!], [theirs[0]!, ours[0]!]] as const) {
      const index = pageIndex(a);
      for (const el of pageIndex(b).elements) expect(positionOf(index, el)).toBeUndefined();
    }
  });

  it("find no index for an element outside any document", () => {
    const doc = parseDocument(html);
    const div = pageIndex(doc).elements.find((el) => el.name === "div")!;
    const copy = div.cloneNode(true);
    expect(pageIndexOf(copy)).toBeUndefined();
    expect(letterStats(copy)).toEqual({ letters: 0, linkLetters: 0 });
  });
});

describe("subtreeRange", () => {
  it.each(fixtures.map((html, i) => [i, html] as const))("spans each element's subtree, in either kind of tree (fixture %i)", (_i, html) => {
    for (const doc of [parseHtml(html), parseDocument(html)]) {
      const index = pageIndex(doc);
      expect(index.doc).toBe(doc);
      expect(subtreeRange(doc)).toEqual({ doc, from: 0, to: index.elements.length - 1 });
      index.elements.forEach((el, i) => expect(subtreeRange(el)).toEqual({ doc, from: i + 1, to: index.subtreeEnd[i] }));
    }
  });

  it("is undefined for an element outside any document", () => {
    const el = pageIndex(parseHtml("<div><p>x</p></div>")).elements[0]!.cloneNode(true);
    expect(subtreeRange(el)).toBeUndefined();
  });
});

describe("firstVisibleCharacter", () => {
  /** The first character of `leadingText` that `trim` keeps and that is not U+200B, by code point. */
  const fromLeadingText = (el: Element, max: number) => [...leadingText(el, max)].find((c) => c.trim() !== "" && c !== "\u200b");

  it("is the first visible character of leadingText, on every element of every fixture", () => {
    let checked = 0;
    for (const name of readdirSync("fixtures")) {
      const doc = parseHtml(readFileSync(`fixtures/${name}/page.html`, "utf8"));
      for (const el of pageIndex(doc).elements) {
        for (const max of [1, 80]) expect(firstVisibleCharacter(el, max), `${name} <${el.name}> ${max}`).toBe(fromLeadingText(el, max));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it("skips every kind of space, scripts and styles, and reads astral characters whole", () => {
    const cases: [string, string | undefined][] = [
      ["<div> \u00a0\u3000\u200b\ufeff\u2028<b>\t</b><br><i>R</i>elated</div>", "R"],
      ["<div><script>x</script><style>y</style> z</div>", "z"],
      ["<div>\ud83d\ude00 emoji</div>", "\ud83d\ude00"],
      ["<div><!-- comment --><span></span></div>", undefined],
      ["<div>   </div>", undefined],
    ];
    for (const [html, want] of cases) {
      const el = parseHtml(html).children[0] as Element;
      expect(firstVisibleCharacter(el, 80), html).toBe(want);
      expect(fromLeadingText(el, 80), html).toBe(want);
    }
  });

  it("stops where leadingText stops: after max characters, or max nodes", () => {
    const late = parseHtml(`<div>${"<b> </b>".repeat(100)}x</div>`).children[0] as Element;
    expect(firstVisibleCharacter(late, 80)).toBeUndefined();
    expect(firstVisibleCharacter(late, 400)).toBe("x");
    const longSpace = parseHtml(`<div>${" ".repeat(200)}x</div>`).children[0] as Element;
    expect(firstVisibleCharacter(longSpace, 80)).toBe("x");
  });
});

describe("tagKinds", () => {
  it("gives each position 1 + the first group holding its lower-cased tag name, else 0", () => {
    const groups = [new Set(["p", "div"]), new Set(["div", "a"]), new Set(["svg"])];
    const want = (name: string) => 1 + groups.findIndex((g) => g.has(name.toLowerCase()));
    for (const html of [...fixtures.slice(0, 10), "<DIV><P>x</P><A href=#>y</A><svg><Path/></svg></DIV>"]) {
      for (const doc of [parseHtml(html), parseDocument(html, { xmlMode: true })]) {
        const index = pageIndex(doc);
        expect([...tagKinds(index, groups)]).toEqual(index.elements.map((el) => want(el.name)));
      }
    }
  });
});
