/**
 * Every CSS selector in the rule data of src/ compiles with css-select, and is in the grammar the library reads
 * without it (core/simple-select.ts). The selectors live in constants
 * (THEME_TRAILS, TAG_LINKS, FIGURE_SELECTOR …) and in literals passed to selectAll / selectFirst / selectSimple / matches;
 * none of them is exported, so they are read from the source text.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../src/core/document.js";
import { compileSelector, selectAll } from "../src/core/select.js";
import { selectSimple } from "../src/core/simple-select.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

/** Source text with comments blanked out (so selectors quoted in TSDoc are not read as code). */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, " ")).replace(/(^|[^:"'`\\])\/\/[^\n]*/g, "$1");
}

/** A JS string literal at `pos` ("…", '…' or `…` without `${}`), and where it ends. */
function readString(text: string, pos: number, consts: Map<string, string[]>): { value: string; end: number } | undefined {
  const quote = text[pos];
  if (quote !== '"' && quote !== "'" && quote !== "`") return undefined;
  let i = pos + 1;
  let value = "";
  while (i < text.length && text[i] !== quote) {
    if (text[i] === "\\") {
      value += text[i + 1];
      i += 2;
      continue;
    }
    if (quote === "`" && text.startsWith("${", i)) {
      const close = text.indexOf("}", i);
      const name = text.slice(i + 2, close).trim();
      const resolved = consts.get(name);
      if (!resolved) return undefined;
      value += resolved.join(", ");
      i = close + 1;
      continue;
    }
    value += text[i];
    i++;
  }
  return { value, end: i + 1 };
}

/** The value of `const NAME = …` when it is a string, a template, or an array of strings (optionally `.join(", ")`). */
function readConstValue(text: string, pos: number, consts: Map<string, string[]>): string[] | undefined {
  const start = pos + (text.slice(pos).match(/^\s*/)?.[0].length ?? 0);
  const single = readString(text, start, consts);
  if (single) return [single.value];
  if (text[start] !== "[") return undefined;
  const items: string[] = [];
  let i = start + 1;
  for (;;) {
    i += text.slice(i).match(/^\s*/)?.[0].length ?? 0;
    if (text[i] === "]") break;
    const item = readString(text, i, consts);
    if (!item) return undefined;
    items.push(item.value);
    i = item.end;
    i += text.slice(i).match(/^\s*,?/)?.[0].length ?? 0;
  }
  return items;
}

interface Found {
  selector: string;
  where: string;
}

const SELECTOR_CALL = /\b(selectAll|selectFirst|selectSimple|compileSelector)\(\s*|\b(?:matches|matchesSimple)\(\s*[\w.]+\s*,\s*/g;
/** Names of constants that hold selectors by the project's naming. */
const SELECTOR_CONST_NAME = /SELECTOR|TRAILS|TITLES|CONTAINERS|TAG_LINKS|HEADING_WALK|_MARKUP$/;

const found: Found[] = [];
const constNames = new Set<string>();
const unresolved: string[] = [];

/** Exported constants of string data, by name: a module may select with a selector another module exports. */
const exported = new Map<string, string[]>();
for (const file of sourceFiles(SRC)) {
  const text = stripComments(readFileSync(file, "utf8"));
  for (const m of text.matchAll(/\bexport\s+const\s+([A-Za-z_$][\w$]*)\s*(?::[^=;]+)?=\s*/g)) {
    const value = readConstValue(text, m.index! + m[0].length, new Map());
    if (value) exported.set(m[1]!, value);
  }
}

for (const file of sourceFiles(SRC)) {
  const text = stripComments(readFileSync(file, "utf8"));
  const rel = relative(SRC, file);
  // Every const whose value is string data, in source order (a template may use an earlier const).
  const consts = new Map<string, string[]>();
  for (const m of text.matchAll(/\bconst\s+([A-Za-z_$][\w$]*)\s*(?::[^=;]+)?=\s*/g)) {
    const value = readConstValue(text, m.index! + m[0].length, consts);
    if (value) consts.set(m[1]!, value);
  }
  /** Loop variables: `for (const selector of THEME_CONTAINERS)`. */
  const loops = new Map<string, string>();
  for (const m of text.matchAll(/for\s*\(\s*const\s+(\w+)\s+of\s+(\w+)\s*\)/g)) loops.set(m[1]!, m[2]!);

  const imported = (name: string): string[] | undefined =>
    new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`).test(text) ? exported.get(name) : undefined;
  const take = (name: string, where: string): boolean => {
    const value = consts.get(name) ?? imported(name);
    if (!value) return false;
    constNames.add(name);
    for (const selector of value) found.push({ selector, where: `${rel} ${name}` });
    return true;
  };
  for (const name of consts.keys()) if (SELECTOR_CONST_NAME.test(name)) take(name, rel);

  for (const m of text.matchAll(SELECTOR_CALL)) {
    const at = m.index! + m[0].length;
    const literal = readString(text, at, consts);
    if (literal) {
      found.push({ selector: literal.value, where: `${rel} ${m[0].trim()}` });
      continue;
    }
    const ident = /^[A-Za-z_$][\w$]*/.exec(text.slice(at))?.[0];
    if (!ident) continue;
    if (take(ident, rel)) continue;
    const loopOf = loops.get(ident);
    if (loopOf && (take(loopOf, rel) || /^[a-z]/.test(loopOf))) continue;
    // A function parameter (`selector: string`) is fed by one of the constants above; anything else is a gap.
    if (new RegExp(`[(,]\\s*${ident}\\s*:\\s*(?:readonly\\s+)?string`).test(text)) continue;
    if (new RegExp(`\\(\\s*${ident}\\s*[,)]`).test(text.slice(0, m.index!))) continue;
    unresolved.push(`${rel}: ${m[0]}${ident}`);
  }
}

describe("selectors in the rule data", () => {
  it("reads every selector constant that src/ declares", () => {
    // Names from the rule data; a constant that is renamed away is not required, one that exists must be read.
    const all = sourceFiles(SRC).map((file) => readFileSync(file, "utf8")).join("\n");
    const named = ["THEME_TRAILS", "LOOSE_TRAILS", "THEME_TITLES", "HEADING_WALK", "TAG_LINKS", "FIGURE_SELECTOR", "CAPTION_SELECTOR", "CREDIT_SELECTOR", "THEME_CONTAINERS", "BYLINE_SELECTOR", "AUTHOR_MARKUP"];
    const declared = named.filter((name) => new RegExp(`\\bconst\\s+${name}\\b`).test(all));
    expect(declared.length).toBeGreaterThanOrEqual(8);
    for (const name of declared) expect(constNames, name).toContain(name);
  });

  it("reads selectors from every module that selects", () => {
    const files = new Set(found.map((f) => f.where.split(" ")[0]));
    // core/document.ts, headline.ts and the JSON-LD, meta and canonical sources read elements by tag from the page
    // index (no selector engine in their bundles), so they are not on this list.
    for (const file of ["core/content.ts", "extractors/authors.ts", "extractors/body.ts", "extractors/breadcrumb.ts", "extractors/dateline.ts", "extractors/figures.ts", "extractors/tags.ts", "sources/dates.ts"]) {
      expect(files, file).toContain(file);
    }
    expect(found.length).toBeGreaterThan(50);
  });

  it("resolves every selector argument in src/ to data it can check", () => {
    expect(unresolved).toEqual([]);
  });

  it("finds literals passed to selectAll, selectFirst and matches", () => {
    const selectors = found.map((f) => f.selector);
    expect(selectors).toContain("abbr.published[title], .published[title]");
    expect(selectors).toContain("a[href]");
    expect(selectors).toContain(".entry-title, .post-title, .article-title, [itemprop~=headline]");
  });

  it("names no attribute whose value the HTML standard compares without case, but rel and type", () => {
    // simple-select.ts compares rel and type without case, as css-select does for the standard's whole list
    // (https://html.spec.whatwg.org/multipage/semantics-other.html#case-sensitivity-of-selectors); a rule that
    // named another of them would be read differently by the two.
    const caseless = new Set(
      "accept accept-charset align alink axis bgcolor charset checked clear codetype color compact declare defer dir direction disabled enctype face frame hreflang http-equiv lang language link media method multiple nohref noresize noshade nowrap readonly rel rev rules scope scrolling selected shape target text type valign valuetype vlink".split(" "),
    );
    const named = new Set(found.flatMap((f) => [...f.selector.matchAll(/\[\s*([\w:-]+)/g)].map((m) => m[1]!.toLowerCase())));
    expect(named.has("rel")).toBe(true);
    expect([...named].filter((name) => caseless.has(name) && name !== "rel" && name !== "type")).toEqual([]);
  });

  const unique = [...new Map(found.map((f) => [f.selector, f])).values()];
  it.each(unique)("$where: $selector", ({ selector }) => {
    expect(selector.trim()).not.toBe("");
    expect(() => compileSelector(selector)).not.toThrow();
    const doc = parseHtml('<html><body><article class="post"><p id="a" rel="tag" itemprop="articleBody">x</p></article></body></html>');
    // And runs over a document without throwing (css-select compiles some pseudo-classes lazily).
    expect(() => selectAll(selector, doc)).not.toThrow();
    // The library reads its own selectors without a CSS engine (core/simple-select.ts): each is in that grammar.
    expect(selectSimple(selector, doc)).toEqual(selectAll(selector, doc));
  });
});
