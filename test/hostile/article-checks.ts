/**
 * What every `Article` must look like, whatever page went in: the shape checks shared by the hostile-input
 * tests, the property tests (test/property/) and `npm run fuzz`. Each check throws an `Error` that says which
 * field broke the rule, so fast-check can shrink a failing input and report it.
 */
import { parseDocument } from "htmlparser2";
import type { Element } from "domhandler";

const ARTICLE_KEYS = new Set(["headline", "breadcrumb", "dateline", "published", "authors", "body", "figures", "tags", "related", "explain"]);
/** ISO 8601 as the contract allows it: a date, a month or a year, with an optional time and offset. */
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

function fail(path: string, message: string, value: unknown): never {
  throw new Error(`${path}: ${message} (got ${JSON.stringify(value)?.slice(0, 200)})`);
}

/** A non-empty string without whitespace at either end (the contract's "trimmed"). */
function checkText(value: unknown, path: string): void {
  if (typeof value !== "string") fail(path, "is not a string", value);
  if (value === "") fail(path, "is empty", value);
  if (value !== value.trim()) fail(path, "is not trimmed", value);
}

function checkOptionalText(value: unknown, path: string): void {
  if (value !== undefined) checkText(value, path);
}

/** An absolute http(s) URL that the WHATWG parser reads back unchanged. */
export function checkHttpUrl(value: unknown, path: string): void {
  if (typeof value !== "string") fail(path, "is not a string", value);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(path, "is not an absolute URL", value);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") fail(path, "is not http(s)", value);
}

function checkArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, "is not an array", value);
  return value;
}

/** Throws unless `article` is a well-formed `Article`: every array present, texts trimmed, URLs absolute. */
export function checkArticle(article: unknown): void {
  if (typeof article !== "object" || article === null) fail("article", "is not an object", article);
  const a = article as Record<string, unknown>;
  for (const key of Object.keys(a)) if (!ARTICLE_KEYS.has(key)) fail(key, "is not an Article key", a[key]);
  checkOptionalText(a.headline, "headline");
  if (a.published !== undefined && (typeof a.published !== "string" || !ISO_DATE.test(a.published))) fail("published", "is not ISO 8601", a.published);

  checkArray(a.breadcrumb, "breadcrumb").forEach((crumb, i) => {
    const c = crumb as Record<string, unknown>;
    checkText(c.label, `breadcrumb[${i}].label`);
    if (c.url !== undefined) checkHttpUrl(c.url, `breadcrumb[${i}].url`);
  });
  checkArray(a.authors, "authors").forEach((name, i) => checkText(name, `authors[${i}]`));

  if (a.dateline !== undefined) {
    const d = a.dateline as Record<string, unknown>;
    checkText(d.raw, "dateline.raw");
    if (d.date !== undefined && (typeof d.date !== "string" || !ISO_DATE.test(d.date))) fail("dateline.date", "is not ISO 8601", d.date);
    checkOptionalText(d.location, "dateline.location");
    checkOptionalText(d.source, "dateline.source");
    checkArray(d.reporters, "dateline.reporters").forEach((name, i) => checkText(name, `dateline.reporters[${i}]`));
  }

  const body = a.body as Record<string, unknown> | undefined;
  if (typeof body !== "object" || body === null) fail("body", "is not an object", body);
  const paragraphs = checkArray(body.paragraphs, "body.paragraphs");
  paragraphs.forEach((p, i) => checkText(p, `body.paragraphs[${i}]`));
  if (body.text !== paragraphs.join("\n\n")) fail("body.text", "is not the paragraphs joined by a blank line", body.text);
  if (typeof body.html !== "string") fail("body.html", "is not a string", body.html);
  if ((body.html === "") !== (paragraphs.length === 0)) fail("body.html", "is empty exactly when paragraphs is not", body.html);
  checkSafeHtml(body.html, "body.html");

  checkArray(a.figures, "figures").forEach((figure, i) => {
    const f = figure as Record<string, unknown>;
    checkOptionalText(f.caption, `figures[${i}].caption`);
    checkOptionalText(f.credit, `figures[${i}].credit`);
    if (f.image !== undefined) {
      const image = f.image as Record<string, unknown>;
      checkHttpUrl(image.src, `figures[${i}].image.src`);
      checkOptionalText(image.alt, `figures[${i}].image.alt`);
    }
    if (f.caption === undefined && f.credit === undefined && f.image === undefined) fail(`figures[${i}]`, "is empty", f);
  });
  checkArray(a.tags, "tags").forEach((tag, i) => {
    const t = tag as Record<string, unknown>;
    checkText(t.label, `tags[${i}].label`);
    if (t.url !== undefined) checkHttpUrl(t.url, `tags[${i}].url`);
  });
  checkArray(a.related, "related").forEach((link, i) => {
    const r = link as Record<string, unknown>;
    checkText(r.title, `related[${i}].title`);
    checkHttpUrl(r.url, `related[${i}].url`);
  });
}

/** Tags `body.html` may contain, and the attributes each may carry. */
const ALLOWED: Record<string, readonly string[]> = {
  p: [], h1: [], h2: [], h3: [], h4: [], h5: [], h6: [], pre: [], li: [], ul: [], ol: [], blockquote: [],
  a: ["href", "title"], img: ["src", "alt"], time: ["datetime"],
  b: [], strong: [], i: [], em: [], u: [], s: [], sub: [], sup: [], br: [], code: [], mark: [], small: [], q: [], cite: [], abbr: [], del: [], ins: [],
};
/** The one kind of `data:` URL allowed: a base64 raster image, never SVG (which can carry script). */
const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);base64,[a-z0-9+/=]*$/i;

/**
 * Throws unless `html` is safe to insert into a page. It is parsed back the way a browser-like parser reads
 * it, so an element or attribute smuggled through escaping, entities or odd spacing is seen as it would be.
 */
export function checkSafeHtml(html: string, path = "html"): void {
  // Raw text that must never appear, however it is spelled (the text of a kept element is entity-escaped,
  // so `javascript:` can only appear in an attribute value, where it is caught below as well).
  if (/<\s*\/?\s*(?:script|style|iframe|object|embed|form|input|button|select|textarea|base|meta|link|template|svg|math|frame|applet)\b/i.test(html)) {
    fail(path, "holds a forbidden element", html);
  }
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const stack = [...doc.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "comment" || node.type === "directive" || node.type === "cdata") fail(path, `holds a ${node.type}`, html);
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    const el = node as Element;
    const allowed = ALLOWED[el.name];
    if (!allowed) fail(path, `holds a <${el.name}>`, html);
    for (const [name, value] of Object.entries(el.attribs)) {
      if (!allowed.includes(name)) fail(path, `holds the attribute ${name} on <${el.name}>`, html);
      // What a browser would make of the URL: it strips tabs and newlines and leading control characters.
      const url = value.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
      if (name === "href") checkHttpUrl(url, `${path} <a href>`);
      if (name === "src" && !SAFE_DATA_IMAGE.test(url)) checkHttpUrl(url, `${path} <img src>`);
    }
    stack.push(...el.children);
  }
}
