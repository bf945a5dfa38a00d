import type { Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseWhitespace } from "../../src/core/text.js";
import { parseHtml } from "../../src/core/document.js";
import { escapeHtml, sanitizedInnerHtml } from "../../src/core/sanitize.js";
import { selectFirst } from "../../src/core/select.js";

const BASE = "https://example.com/news/story.html";

/** Sanitizes the inner HTML of the first `#root` of `html`. */
function sanitize(html: string, skip?: (el: Element) => boolean): string {
  const root = selectFirst("#root", parseHtml(`<div id="root">${html}</div>`));
  if (!root) throw new Error("no #root");
  return sanitizedInnerHtml(root, BASE, skip);
}

/** Every element of an HTML fragment, as the browser-like parser sees it. */
function elementsOf(html: string): Element[] {
  const out: Element[] = [];
  const visit = (nodes: readonly unknown[]) => {
    for (const node of nodes as Element[]) {
      if (node.type === "tag" || node.type === "script" || node.type === "style") out.push(node);
      if ("children" in node && Array.isArray(node.children)) visit(node.children);
    }
  };
  visit(parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).children);
  return out;
}

const ALLOWED_ATTRIBUTES = new Set(["href", "title", "src", "alt", "datetime"]);
const SAFE_IMAGE_DATA = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);base64,[a-z0-9+/=]*$/i;

/** The safety properties every sanitized string must have, whatever went in. */
function expectSafe(out: string): void {
  expect(out).not.toMatch(/<\s*script/i);
  expect(out).not.toMatch(/<\s*(?:style|iframe|object|embed|svg|math|form|base|meta|link|frame|applet|template)\b/i);
  // No event-handler attribute in any tag (quoted attribute values, which are inert, are cut out first).
  for (const tag of out.match(/<[^>]*>/g) ?? []) {
    const unquoted = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    expect(unquoted).not.toMatch(/[\s/]on\w+\s*=/i);
  }
  expect(out).not.toMatch(/javascript:|vbscript:/i);
  // data: appears only as an inline image's src.
  const dataUses = out.match(/data:[^"'\s>]*/gi) ?? [];
  for (const use of dataUses) expect(use).toMatch(/^data:image\//i);
  // Parsed back, only allowlisted attributes remain and every URL is http(s) (or an inline raster image).
  for (const el of elementsOf(out)) {
    expect(["a", "b", "strong", "i", "em", "u", "s", "sub", "sup", "br", "code", "mark", "small", "q", "cite", "abbr", "time", "img", "del", "ins"]).toContain(el.name);
    for (const [name, value] of Object.entries(el.attribs)) {
      expect(ALLOWED_ATTRIBUTES.has(name), `attribute ${name} on <${el.name}>`).toBe(true);
      if (name === "href") expect(value).toMatch(/^https?:\/\//);
      if (name === "src") expect(value.match(/^https?:\/\//) || value.match(SAFE_IMAGE_DATA), `src ${value}`).toBeTruthy();
    }
  }
}

describe("escapeHtml", () => {
  it.each([
    ["plain", "plain"],
    ["a & b", "a &amp; b"],
    ["<script>", "&lt;script&gt;"],
    ['say "hi"', "say &quot;hi&quot;"],
    ["it's", "it&#39;s"],
    ["&amp;", "&amp;amp;"],
    ["中文", "中文"],
    ["", ""],
  ])("%j → %j", (text, want) => {
    expect(escapeHtml(text)).toBe(want);
  });
});

describe("sanitizedInnerHtml: XSS payloads", () => {
  const payloads: { name: string; html: string; /** Text that must survive. */ keeps?: string }[] = [
    { name: "script element", html: "before<script>alert(1)</script>after", keeps: "beforeafter" },
    { name: "img onerror", html: "<img src=x onerror=alert(1)>" },
    { name: "img onerror with quotes and caps", html: '<IMG SRC="/a.png" ONERROR="alert(1)">' },
    { name: "javascript: link", html: '<a href="javascript:alert(1)">click</a>', keeps: "click" },
    { name: "javascript: split by an encoded tab", html: '<a href="jav&#x09;ascript:alert(1)">click</a>', keeps: "click" },
    { name: "javascript: upper case with a leading space", html: '<a href=" JAVASCRIPT:alert(1)">click</a>', keeps: "click" },
    { name: "javascript: entity-encoded", html: '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>', keeps: "click" },
    { name: "vbscript: link", html: '<a href="vbscript:msgbox(1)">click</a>', keeps: "click" },
    { name: "data:text/html link", html: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>', keeps: "click" },
    { name: "svg onload", html: "<svg onload=alert(1)><circle r=1 /></svg>text", keeps: "text" },
    { name: "svg with script inside", html: "<svg><script>alert(1)</script></svg>ok", keeps: "ok" },
    { name: "iframe srcdoc", html: '<iframe srcdoc="<script>alert(1)</script>"></iframe>ok', keeps: "ok" },
    { name: "iframe javascript: src", html: '<iframe src="javascript:alert(1)"></iframe>ok', keeps: "ok" },
    { name: "math mXSS", html: "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>ok", keeps: "ok" },
    { name: "style element", html: "<style>@import 'http://evil.example/x.css'; body{background:url(javascript:alert(1))}</style>ok", keeps: "ok" },
    { name: "style attribute", html: '<span style="background:url(javascript:alert(1))">ok</span>', keeps: "ok" },
    { name: "object data", html: '<object data="javascript:alert(1)"></object>ok', keeps: "ok" },
    { name: "embed src", html: '<embed src="data:text/html,<script>alert(1)</script>">ok', keeps: "ok" },
    { name: "form action and button formaction", html: '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form>ok', keeps: "ok" },
    { name: "event handler on an allowed inline tag", html: '<b onmouseover="alert(1)">bold</b>', keeps: "<b>bold</b>" },
    { name: "event handler on a kept link", html: '<a href="/ok" onclick="alert(1)">link</a>', keeps: '<a href="https://example.com/ok">link</a>' },
    { name: "attribute break-out in a title", html: '<a href="/ok" title="&quot; onmouseover=&quot;alert(1)">link</a>', keeps: "link" },
    { name: "data:image/svg+xml img (scriptable)", html: '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">' },
    { name: "meta refresh", html: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">ok', keeps: "ok" },
    { name: "base href hijack", html: '<base href="javascript:alert(1)//">ok', keeps: "ok" },
    { name: "link stylesheet", html: '<link rel="stylesheet" href="javascript:alert(1)">ok', keeps: "ok" },
    { name: "template content", html: "<template><script>alert(1)</script></template>ok", keeps: "ok" },
    { name: "noscript", html: "<noscript><img src=x onerror=alert(1)></noscript>ok", keeps: "ok" },
    { name: "textarea and input", html: '<textarea onfocus=alert(1) autofocus>t</textarea><input onfocus=alert(1) autofocus>ok', keeps: "ok" },
    { name: "escaped markup stays text", html: "&lt;script&gt;alert(1)&lt;/script&gt;", keeps: "&lt;script&gt;alert(1)&lt;/script&gt;" },
    { name: "div wrapper with handler is unwrapped", html: '<div onclick="alert(1)"><em>kept</em></div>', keeps: "<em>kept</em>" },
  ];

  it.each(payloads)("$name", ({ html, keeps }) => {
    const out = sanitize(html);
    expectSafe(out);
    if (keeps !== undefined) expect(out).toContain(keeps);
  });

  it("keeps a small inline raster image", () => {
    const out = sanitize('<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==" alt="dot">');
    expect(out).toBe('<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==" alt="dot">');
    expectSafe(out);
  });

  it("drops an img whose only source is unsafe", () => {
    expect(sanitize('<img src="javascript:alert(1)">')).toBe("");
    expect(sanitize('<img src="data:text/html,hi">')).toBe("");
  });
});

describe("sanitizedInnerHtml: what is kept", () => {
  it("keeps allowlisted inline tags without their attributes", () => {
    expect(sanitize('<strong class="x" id="y">bold</strong> and <em style="color:red">em</em>')).toBe("<strong>bold</strong> and <em>em</em>");
  });

  it("makes links absolute and keeps their title", () => {
    expect(sanitize('<a href="../tag/rain/" title="Rain" rel="tag" target="_blank">rain</a>')).toBe('<a href="https://example.com/tag/rain/" title="Rain">rain</a>');
  });

  it("keeps a fragment-only link as an <a> without href", () => {
    expect(sanitize('<a href="#fn1">1</a>')).toBe("<a>1</a>");
  });

  it("makes lazy images absolute", () => {
    expect(sanitize('<img src="/blank.gif" data-src="/photos/a.jpg" alt="A photo">')).toBe('<img src="https://example.com/photos/a.jpg" alt="A photo">');
  });

  it("keeps <time datetime>", () => {
    expect(sanitize('<time datetime="2024-05-02" class="t">May 2</time>')).toBe('<time datetime="2024-05-02">May 2</time>');
  });

  it("unwraps unknown and block elements, keeping their text", () => {
    expect(sanitize("<span><font color=red>red</font></span> <custom-el>x</custom-el>")).toBe("red x");
  });

  it("escapes text and attribute values", () => {
    expect(sanitize('5 &lt; 6 &amp; "quoted"')).toBe("5 &lt; 6 &amp; &quot;quoted&quot;");
    expect(sanitize('<img src="/a.jpg" alt="&quot;><script>">')).toBe('<img src="https://example.com/a.jpg" alt="&quot;&gt;&lt;script&gt;">');
  });

  it("collapses whitespace", () => {
    expect(sanitize("  one \n\n two\t three  ")).toBe("one two three");
  });

  it("collapses whitespace across pieces as if over the whole serialisation", () => {
    // Text and inline tags in any order, with every kind of whitespace at their ends and inside: the sanitizer
    // collapses piece by piece, which must give what collapsing the joined HTML once gives.
    const spaces = [" ", "  ", "\n", "\t \n", "\u00a0", "\u3000", "\ufeff", "\u2028", ""];
    const word = fc.constantFrom("one", "two", "a", "三", "&", "x y");
    const text = fc.tuple(fc.constantFrom(...spaces), word, fc.constantFrom(...spaces), word, fc.constantFrom(...spaces)).map((parts) => parts.join(""));
    // `div`, not `p`, as the block: a `p` inside a `p` closes it, which would make the parsed tree differ from these pieces.
    type Piece = { kind: "text"; text: string } | { kind: "tag"; name: "b" | "em" | "div" | "br"; children: Piece[] };
    const piece: fc.Arbitrary<Piece> = fc.letrec<{ piece: Piece }>((tie) => ({
      piece: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        text.map((t): Piece => ({ kind: "text", text: t })),
        fc.record({ kind: fc.constant("tag" as const), name: fc.constantFrom("b" as const, "em" as const, "div" as const, "br" as const), children: fc.array(tie("piece"), { maxLength: 3 }) }),
      ),
    })).piece;
    const escape = (t: string) => t.replace(/&/g, "&amp;");
    const source = (p: Piece): string => (p.kind === "text" ? escape(p.text) : p.name === "br" ? "<br>" : `<${p.name}>${p.children.map(source).join("")}</${p.name}>`);
    // What the sanitizer writes before collapsing: kept inline tags as they are, a block as its content then a space.
    const written = (p: Piece): string =>
      p.kind === "text" ? escape(p.text) : p.name === "br" ? "<br>" : p.name === "div" ? `${p.children.map(written).join("")} ` : `<${p.name}>${p.children.map(written).join("")}</${p.name}>`;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 4 }), (pieces) => {
        const html = pieces.map(source).join("");
        expect(sanitize(html)).toBe(collapseWhitespace(pieces.map(written).join("")));
      }),
      { numRuns: 400 },
    );
  });

  it("leaves out what skip rejects", () => {
    expect(sanitize('keep <span class="ad">ad text</span> this', (el) => el.attribs.class === "ad")).toBe("keep this");
  });

  it("serialises a text node as escaped text", () => {
    const doc = parseHtml("a &lt; b");
    expect(sanitizedInnerHtml(doc.children[0]!, BASE)).toBe("a &lt; b");
  });

  it("handles very deep nesting without overflowing the stack", () => {
    const depth = 20000;
    const html = "<b>".repeat(depth) + "deep" + "</b>".repeat(depth);
    const out = sanitize(html);
    expect(out).toContain("deep");
  });

  it("never changes the document", () => {
    const doc = parseHtml('<div id="root"><a href="/x" onclick="e()">x</a><script>s()</script></div>');
    const root = selectFirst("#root", doc)!;
    const before = JSON.stringify(root.attribs) + root.children.length;
    sanitizedInnerHtml(root, BASE);
    expect(JSON.stringify(root.attribs) + root.children.length).toBe(before);
    expect(selectFirst("a", doc)!.attribs.onclick).toBe("e()");
  });
});
