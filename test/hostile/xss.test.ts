/**
 * XSS payloads inside an article page: `body.html` keeps none of their active parts, and no URL in the result
 * (figures, tags, related links, breadcrumb) is anything but http(s). test/browser/xss.test.ts renders the
 * same outputs in Chromium and checks that no script runs.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { checkArticle, checkSafeHtml } from "./article-checks.js";
import { PROSE, XSS_PAYLOADS, pageWithPayload } from "./xss-payloads.js";

const URL = "https://www.example.com/news/2024/05/02/water-rates.html";

describe("XSS payloads in an article page", () => {
  it("number at least 50", () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(XSS_PAYLOADS.map((p) => [p.name, p.html]))("%s", (_, payload) => {
    const article = parseArticle(pageWithPayload(payload), { url: URL });
    // checkArticle checks body.html (allowlisted tags and attributes only, http(s) or raster data: URLs only)
    // and that every URL of the figures, tags, related links and breadcrumb is absolute http(s).
    checkArticle(article);
    // The payload was in the body, among prose, so the body was found and it is not a stray fragment.
    expect(article.body.text).toContain(PROSE[0]);
    // Text of the payload may survive as escaped text (inert); inside a tag, outside its quoted values, nothing may.
    for (const tag of article.body.html.match(/<[^>]*>/g) ?? []) {
      expect(tag.replace(/"[^"]*"/g, '""')).toMatch(/^<\/?[a-z0-9]+(?: (?:href|src|alt|title|datetime)="")*>$/);
    }
    expect(article.body.html).not.toMatch(/(?:href|src)="(?:javascript|vbscript|data:(?!image\/(?:png|gif|jpe?g|webp|avif|bmp);))/i);
    for (const figure of article.figures) expect(JSON.stringify(figure)).not.toMatch(/javascript|data:/i);
    for (const link of [...article.tags, ...article.related, ...article.breadcrumb]) {
      if ("url" in link && link.url !== undefined) expect(link.url).toMatch(/^https?:\/\//);
    }
  });
});

describe("checkSafeHtml catches what it must", () => {
  // The check the payload tests rely on must itself fail on unsafe HTML, or those tests could not fail.
  it.each([
    "<p><script>x()</script></p>",
    '<p><img src="x" onerror="x()"></p>',
    '<p><a href="javascript:x()">a</a></p>',
    '<p><a href="jav&#x09;ascript:x()">a</a></p>',
    '<p><img src="data:image/svg+xml;base64,AAAA"></p>',
    '<p><span style="color:red">a</span></p>',
    "<p><svg></svg></p>",
    '<p><iframe srcdoc="x"></iframe></p>',
    "<p><!-- comment --></p>",
    '<p><a href="data:text/html,x">a</a></p>',
  ])("rejects %j", (html) => {
    expect(() => checkSafeHtml(html)).toThrow();
  });

  it("accepts an allowlisted body", () => {
    expect(() =>
      checkSafeHtml('<p>a <a href="https://example.com/x" title="t">b</a> <img src="data:image/png;base64,AAAA" alt="x"> <time datetime="2024">c</time></p><ul><li>d</li></ul>'),
    ).not.toThrow();
  });
});
