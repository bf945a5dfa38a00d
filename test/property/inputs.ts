/**
 * The inputs of the property tests, as fast-check arbitraries: arbitrary strings, tag soup, and mutations of
 * every fixture page (fixtures/*\/page.html, and /work/shared/golden/*\/page.html when that folder is there):
 * truncated at a random point, with random tags deleted or duplicated, or with soup spliced in.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A page of the repository's fixtures or of the shared golden set, with its URL. */
export interface FixturePage {
  name: string;
  html: string;
  url: string | undefined;
}

function pagesUnder(dir: string, prefix: string): FixturePage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, "page.html")))
    .sort()
    .map((name) => {
      const input = path.join(dir, name, "input.json");
      const url = existsSync(input) ? (JSON.parse(readFileSync(input, "utf8")) as { url?: string }).url : undefined;
      return { name: `${prefix}${name}`, html: readFileSync(path.join(dir, name, "page.html"), "utf8"), url };
    });
}

/** Every fixture page, read once. */
export const FIXTURE_PAGES: readonly FixturePage[] = [
  ...pagesUnder(path.join(root, "fixtures"), "fixtures/"),
  ...pagesUnder(path.resolve(root, "../shared/golden"), "golden/"),
];

/** A page URL, or none. */
const pageUrl = fc.option(fc.constantFrom("https://www.example.com/news/2024/05/02/story.html", "http://example.org/a/b?c=d#e"), { nil: undefined });

/** Any string: every code point, lone surrogates included. */
export const anyString = fc.record({ html: fc.string({ unit: "binary", maxLength: 400 }), url: pageUrl });

const TAG_NAMES = [
  "html", "head", "body", "title", "meta", "base", "script", "style", "article", "main", "section", "div", "p", "span", "a", "b", "i", "em",
  "strong", "h1", "h2", "h3", "ul", "ol", "li", "figure", "figcaption", "img", "time", "nav", "header", "footer", "aside", "blockquote",
  "table", "tr", "td", "br", "svg", "math", "template", "noscript", "iframe", "form", "select", "textarea", "pre", "code", "xmp", "plaintext",
];
const ATTRIBUTE_NAMES = ["class", "id", "href", "src", "srcset", "data-src", "alt", "title", "rel", "itemprop", "itemtype", "property", "content", "name", "datetime", "type", "onclick", "style", "aria-label", "charset"];
const WORDS = [
  "breadcrumb", "entry-content", "byline", "related", "tag", "caption", "wp-caption", "article-body", "NewsArticle", "application/ld+json",
  "article:published_time", "By Jane Doe", "记者", "【大纪元2024年3月5日讯】", "(서울=연합뉴스)", "LONDON, May 2 (Reuters) -", "2024-05-02T10:00:00Z",
  "相关新闻", "Related", "Read more", "javascript:alert(1)", "/tag/x/", "https://example.com/a", "../b", "#top", "data:image/png;base64,AAAA",
  "(Photo: AP)", "（图片来源：美联社）", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "&bogus", "\u0000", "\ufeff", "\u2028", "{\"@type\":\"NewsArticle\"",
];

const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }));
const attribute = fc
  .tuple(fc.constantFrom(...ATTRIBUTE_NAMES), word, fc.constantFrom('"', "'", ""))
  .map(([name, value, quote]) => `${name}=${quote}${quote ? value.replaceAll(quote, "") : value.replace(/[\s>]/g, "")}${quote}`);
const openTag = fc
  .tuple(fc.constantFrom(...TAG_NAMES), fc.array(attribute, { maxLength: 3 }), fc.boolean())
  .map(([name, attributes, selfClosing]) => `<${[name, ...attributes].join(" ")}${selfClosing ? "/" : ""}>`);
const closeTag = fc.constantFrom(...TAG_NAMES).map((name) => `</${name}>`);
const oddMarkup = fc.constantFrom("<!--", "-->", "<!---->", "<![CDATA[", "]]>", "<!doctype html>", "<?xml?>", "<", ">", "</", "<>", "</>", "&", "=", '"', "'");

/** Markup-like strings: tags (with the attributes and words extractors look at), text, comments and broken pieces. */
export const tagSoup = fc.record({
  html: fc.array(fc.oneof({ weight: 3, arbitrary: openTag }, { weight: 2, arbitrary: closeTag }, { weight: 3, arbitrary: word }, { weight: 1, arbitrary: oddMarkup }), { maxLength: 60 }).map((parts) => parts.join("")),
  url: pageUrl,
});

/** Positions of every tag of a page, found once per page. */
const tagSpans = new Map<string, [number, number][]>();
function tagsOf(page: FixturePage): [number, number][] {
  let spans = tagSpans.get(page.name);
  if (!spans) {
    spans = [...page.html.matchAll(/<[^<>]*>/g)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
    tagSpans.set(page.name, spans);
  }
  return spans;
}

type Mutation = { kind: "delete" | "duplicate"; at: number } | { kind: "splice"; at: number; soup: string };

function mutate(page: FixturePage, truncateAt: number | undefined, mutations: Mutation[]): string {
  let html = page.html;
  const spans = tagsOf(page);
  // Applied from the end of the page backwards, so earlier positions stay valid.
  const edits = mutations
    .map((m) => {
      const [start, end] = spans[Math.floor(m.at * spans.length)] ?? [0, 0];
      return { ...m, start, end };
    })
    .sort((a, b) => b.start - a.start);
  let limit = html.length;
  for (const edit of edits) {
    if (edit.end > limit) continue;
    const tag = html.slice(edit.start, edit.end);
    const replacement = edit.kind === "splice" ? tag + edit.soup : edit.kind === "duplicate" ? tag + tag : "";
    html = html.slice(0, edit.start) + replacement + html.slice(edit.end);
    limit = edit.start;
  }
  return truncateAt === undefined ? html : html.slice(0, Math.floor(truncateAt * html.length));
}

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("delete" as const, "duplicate" as const), at: fraction }),
  fc.record({ kind: fc.constant("splice" as const), at: fraction, soup: tagSoup.map((s) => s.html) }),
);

/** A fixture page, truncated at a random point and/or with random tags deleted, duplicated or followed by soup. */
export const mutatedFixture = fc
  .record({
    page: fc.constantFrom(...FIXTURE_PAGES),
    truncateAt: fc.option(fraction, { nil: undefined }),
    mutations: fc.array(mutation, { maxLength: 8 }),
    keepUrl: fc.boolean(),
  })
  .map(({ page, truncateAt, mutations, keepUrl }) => ({
    html: mutate(page, truncateAt, mutations),
    url: keepUrl ? page.url : undefined,
    page: page.name,
  }));
