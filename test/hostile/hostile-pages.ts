/**
 * Hostile pages, built in memory: the huge and deeply nested shapes that make a naive parser recurse, and
 * pages with one long run of a character in every place an extractor reads with a regex. Shared by the
 * hostile-input tests; the same shapes belong in the benchmark (scripts/bench.mjs) to watch their growth.
 */

const PROSE = "The council met on Tuesday to discuss the water rates for the coming year in the valley. ".repeat(3);

/** An article page with `inside` in its content container, between two prose paragraphs. */
export function articleWith(inside: string): string {
  return `<!doctype html><html><head><title>Council story</title></head><body><article><h1>Council story</h1>
<div class="entry-content"><p>${PROSE}</p>${inside}<p>${PROSE}</p></div></article></body></html>`;
}

/** The huge and deep shapes of issue 5, each a function so a test builds only the page it runs. */
export const HUGE_PAGES: { name: string; build: () => string; /** Body text the parse must still find. */ finds?: string }[] = [
  {
    name: "100 000 nested <div>s",
    build: () => "<div>".repeat(100_000) + `<p>${PROSE}</p>` + "</div>".repeat(100_000),
    finds: "water rates",
  },
  {
    // Each end tag is looked for among the open elements: found nowhere, it must not cost a search of them all.
    name: "100 000 stray end tags under 100 000 open <div>s",
    build: () => articleWith("<div>".repeat(100_000) + "</span>".repeat(100_000) + `<p>${PROSE}</p>`),
    finds: "water rates",
  },
  {
    name: "100 000 nested <span>s inside one paragraph",
    build: () => articleWith("<p>" + "<span>".repeat(100_000) + "deep inside the spans" + "</span>".repeat(100_000) + "</p>"),
    finds: "deep inside the spans",
  },
  {
    name: "20 000 nested <b>s inside one paragraph",
    build: () => articleWith("<p>Bold " + "<b>".repeat(20_000) + "deep inside the bolds" + "</b>".repeat(20_000) + "</p>"),
    finds: "deep inside the bolds",
  },
  {
    name: "20 000 nested <blockquote>s",
    build: () => articleWith("<blockquote>".repeat(20_000) + "<p>quoted at the bottom of the stack of quotes</p>" + "</blockquote>".repeat(20_000)),
    finds: "quoted at the bottom",
  },
  {
    name: "1 000 000 sibling <p>s",
    build: () => "<html><body><article>" + "<p>Paragraph of the very long article.</p>".repeat(1_000_000) + "</article></body></html>",
    finds: "Paragraph of the very long article.",
  },
  {
    name: "a 50 MB page",
    build: () => articleWith(`<p>${"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ".repeat(12)}</p>\n`.repeat(52_000)),
    finds: "Lorem ipsum",
  },
  {
    name: "a 5 MB text node",
    build: () => articleWith(`<p>${"word ".repeat(1_000_000)}</p>`),
    finds: "word word",
  },
  {
    name: "100 000 attributes on one element",
    build: () => articleWith(`<p ${Array.from({ length: 100_000 }, (_, i) => `data-a${i}="${i}"`).join(" ")}>Attributes galore in this paragraph.</p>`),
    finds: "Attributes galore",
  },
  {
    name: "100 000 links",
    build: () => articleWith("<ul>" + Array.from({ length: 100_000 }, (_, i) => `<li><a href="/story/${i}">Story number ${i}</a></li>`).join("") + "</ul>"),
  },
  {
    name: "10 000 related-article headings",
    build: () => articleWith('<h3>Related</h3><ul><li><a href="/other">Another story about rates</a></li></ul>'.repeat(10_000)),
  },
  {
    name: "10 000 figures",
    build: () => articleWith('<figure><img src="/photo.jpg" alt="A photo"><figcaption>A caption (Photo: Agency)</figcaption></figure>'.repeat(10_000)),
  },
  {
    name: "30 000 unclosed <p>s",
    build: () => articleWith("<p>An unclosed paragraph of the article".repeat(30_000)),
    finds: "An unclosed paragraph",
  },
  {
    // `push(...links)` of a labelled tag list overflowed the call stack here.
    name: "a labelled tag list of 300 000 empty links",
    build: () => articleWith(`<p>Tags:</p><ul>${'<li><a href="/tag/x"></a></li>'.repeat(300_000)}</ul>`),
    finds: "water rates",
  },
  {
    // Every pair of headline candidates is compared: 20 000 JSON-LD headlines took seconds before they were capped.
    name: "JSON-LD listing 50 000 articles",
    build: () =>
      articleWith(
        `<script type="application/ld+json">${JSON.stringify(Array.from({ length: 50_000 }, (_, i) => ({ "@type": "NewsArticle", headline: `Listed story number ${i}`, author: { name: `Writer ${i}` } })))}</script>`,
      ),
    finds: "water rates",
  },
  {
    name: "JSON-LD nested 100 000 deep",
    build: () => articleWith('<script type="application/ld+json">' + '{"@graph":['.repeat(100_000) + "1" + "]}".repeat(100_000) + "</script>"),
  },
];

/**
 * Characters the regexes in src/ repeat (`\s+`, `\d{1,4}`, `[（(]`, `By\s+`, dash and colon classes …), each
 * made into a 100 000-character run.
 */
export const RUN_UNITS: Record<string, string> = {
  "【": "【",
  "】": "】",
  "（": "（",
  "）": "）",
  "(": "(",
  "[": "[",
  space: " ",
  tab: "\t",
  newline: "\n",
  "no-break space": "\u00a0",
  "ideographic space": "\u3000",
  "zero-width space": "\u200b",
  digits: "7",
  "digit space": "1 ",
  "digit colon": "1:",
  "digit dash": "1-",
  "digit dot": "1.",
  "digit slash": "1/",
  "By ": "By ",
  "and ": "and ",
  "capitalised words": "Ab ",
  hyphen: "-",
  "em dash": "—",
  colon: ":",
  "full-width colon": "：",
  comma: ", ",
  "、": "、",
  period: ". ",
  slash: "/",
  pipe: "|",
  "›": "›",
  "=": "=",
  "·": "·",
  "<": "<",
  "&": "&",
  quote: '"',
  "记者": "记者",
  "2024年": "2024年",
  "12月": "12月",
  "讯】": "讯】",
  "기자 ": "기자 ",
  "＝共同】": "＝共同】",
  "(AP) ": "(AP) ",
  "(Photo: ": "(Photo: ",
  "http://": "http://",
  "<!--": "<!--",
  "]]>": "]]>",
  "a-": "a-",
};

/** `unit` repeated to at least `length` characters. */
export function run(unit: string, length = 100_000): string {
  return unit.repeat(Math.ceil(length / unit.length));
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

/**
 * A page with `text` in every place an extractor reads: title, meta tags, JSON-LD, class names, breadcrumb,
 * headline, byline, `<time>`, the start, middle and whole of paragraphs, image `srcset` and `alt`, a caption
 * and its credit, a related heading and link, a tag link.
 */
export function pageWithEverywhere(text: string): string {
  const t = escapeText(text);
  const json = JSON.stringify(text).replace(/</g, "\\u003c");
  const classes = text.replace(/["<>&]/g, "");
  return `<!doctype html><html><head><title>${t} | Site</title>
<meta property="og:title" content="${t}"><meta name="author" content="${t}">
<meta property="article:published_time" content="${t}"><meta property="article:tag" content="${t}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":${json},"author":{"name":${json}},"datePublished":${json},"keywords":${json}}</script>
</head><body><nav class="breadcrumb ${classes}"><a href="/">Home</a> › <a href="/news/">${t}</a> › <span>${t}</span></nav>
<article><h1 class="entry-title">${t}</h1><p class="byline">By ${t}</p><time datetime="${t}">${t}</time>
<div class="entry-content"><p>${t}${PROSE}</p><p>${PROSE}${t}${PROSE}</p><p>${t}</p>
<figure><img src="/a.jpg" srcset="${t}" alt="${t}"><figcaption>${t} (Photo: ${t})</figcaption></figure>
<p>${PROSE}</p><h3>Related ${t}</h3><ul><li><a href="/n/${encodeURIComponent(text)}">${t}</a></li></ul></div>
<footer><a rel="tag" href="/tag/x/">${t}</a></footer></article></body></html>`;
}
