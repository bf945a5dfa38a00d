import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { baseUrl, parseHtml } from "../../src/core/document.js";
import { isFrontPageHref, isHttpUrl, resolveUrl } from "../../src/core/url.js";

const PAGE = "https://example.com/news/2024/story.html";

describe("resolveUrl", () => {
  const rows: { name: string; href: string | undefined; base: string | undefined; want: string | undefined }[] = [
    { name: "root-relative", href: "/tag/rain/", base: PAGE, want: "https://example.com/tag/rain/" },
    { name: "document-relative", href: "other.html", base: PAGE, want: "https://example.com/news/2024/other.html" },
    { name: "parent-relative", href: "../2023/old.html", base: PAGE, want: "https://example.com/news/2023/old.html" },
    { name: "query-only", href: "?page=2", base: PAGE, want: "https://example.com/news/2024/story.html?page=2" },
    { name: "protocol-relative takes the base's scheme", href: "//cdn.example.net/a.jpg", base: PAGE, want: "https://cdn.example.net/a.jpg" },
    { name: "protocol-relative on an http page", href: "//cdn.example.net/a.jpg", base: "http://example.com/", want: "http://cdn.example.net/a.jpg" },
    { name: "absolute http kept", href: "http://other.org/x", base: PAGE, want: "http://other.org/x" },
    { name: "absolute without a base", href: "https://other.org/x", base: undefined, want: "https://other.org/x" },
    { name: "surrounding whitespace trimmed", href: "  /a  ", base: PAGE, want: "https://example.com/a" },
    { name: "relative without a base", href: "/a", base: undefined, want: undefined },
    { name: "undefined", href: undefined, base: PAGE, want: undefined },
    { name: "empty", href: "", base: PAGE, want: undefined },
    { name: "blank", href: "   ", base: PAGE, want: undefined },
    { name: "fragment only", href: "#comments", base: PAGE, want: undefined },
    { name: "javascript:", href: "javascript:alert(1)", base: PAGE, want: undefined },
    { name: "JAVASCRIPT: with a leading space", href: " JAVASCRIPT:alert(1)", base: PAGE, want: undefined },
    { name: "javascript: split by a tab", href: "jav\tascript:alert(1)", base: PAGE, want: undefined },
    { name: "javascript: split by a newline", href: "java\nscript:alert(1)", base: PAGE, want: undefined },
    { name: "vbscript:", href: "vbscript:msgbox(1)", base: PAGE, want: undefined },
    { name: "data:text/html", href: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", base: PAGE, want: undefined },
    { name: "data:image", href: "data:image/png;base64,iVBORw0KGgo=", base: PAGE, want: undefined },
    { name: "mailto:", href: "mailto:desk@example.com", base: PAGE, want: undefined },
    { name: "tel:", href: "tel:+15551234567", base: PAGE, want: undefined },
    { name: "ftp:", href: "ftp://example.com/file.txt", base: PAGE, want: undefined },
    { name: "unparseable absolute", href: "http://", base: undefined, want: undefined },
  ];
  it.each(rows)("$name", ({ href, base, want }) => {
    expect(resolveUrl(href, base)).toBe(want);
  });
});

describe("isHttpUrl", () => {
  it.each([
    ["https://example.com/a", true],
    ["http://example.com", true],
    ["HTTPS://EXAMPLE.COM/", true],
    ["/relative/path", false],
    ["//cdn.example.com/a", false],
    ["example.com/a", false],
    ["ftp://example.com/a", false],
    ["javascript:alert(1)", false],
    ["https://", false],
    ["", false],
  ])("%j → %s", (value, want) => {
    expect(isHttpUrl(value)).toBe(want);
  });
});

describe("baseUrl", () => {
  it("is the url option when the page has no <base>", () => {
    expect(baseUrl(parseHtml("<p>x</p>"), { url: PAGE })).toBe(PAGE);
  });

  it("is undefined with neither <base> nor url", () => {
    expect(baseUrl(parseHtml("<p>x</p>"), {})).toBeUndefined();
    expect(baseUrl(parseHtml("<p>x</p>"), undefined)).toBeUndefined();
  });

  it("is an absolute <base href>, which wins over the url option", () => {
    const doc = parseHtml('<head><base href="https://static.example.org/assets/"></head><p>x</p>');
    expect(baseUrl(doc, { url: PAGE })).toBe("https://static.example.org/assets/");
  });

  it("resolves a relative <base href> against the url option", () => {
    const doc = parseHtml('<head><base href="/mirror/"></head><p>x</p>');
    expect(baseUrl(doc, { url: PAGE })).toBe("https://example.com/mirror/");
  });

  it("takes the first <base href>", () => {
    const doc = parseHtml('<head><base href="https://a.example/"><base href="https://b.example/"></head>');
    expect(baseUrl(doc, { url: PAGE })).toBe("https://a.example/");
  });

  it("ignores a <base> without href", () => {
    const doc = parseHtml('<head><base target="_blank"></head>');
    expect(baseUrl(doc, { url: PAGE })).toBe(PAGE);
  });

  it("does not let a javascript: <base href> replace the url option", () => {
    const doc = parseHtml('<head><base href="javascript:alert(1)//"></head>');
    expect(baseUrl(doc, { url: PAGE })).toBe(PAGE);
  });

  it("gives links resolved against <base href>", () => {
    const doc = parseHtml('<head><base href="https://static.example.org/assets/"></head>');
    expect(resolveUrl("img/a.jpg", baseUrl(doc, { url: PAGE }))).toBe("https://static.example.org/assets/img/a.jpg");
  });
});

describe("isFrontPageHref", () => {
  it.each([
    ["/", false, true],
    ["/index.html", false, true],
    ["/en/", false, true],
    ["/pt-br/", false, true],
    ["https://example.com/", false, true],
    ["https://example.com", false, true],
    ["//example.com/zh-tw/index.php", false, true],
    ["/?m=200604", false, false],
    ["./", true, true],
    ["index.html", true, true],
    ["", true, true],
    ["/news/", false, false],
    ["https://example.com/news/2024/story.html", false, false],
  ])("%j (loose %s) is %s", (href, loose, want) => {
    expect(isFrontPageHref(href, loose)).toBe(want);
  });

  // Absolute hrefs are read by their pathname: paths the URL parser rewrites (dot segments, escaped dots,
  // backslashes, tabs and line breaks) into front-page paths, and near misses, checked against the parser.
  const PATHS = [
    "/news/../", "/a/b/c/../../../en/", "/news/%2e%2e/", "/%2E%2E/%2e%2e/index.htm", "/section/..\\", "\\news\\..\\",
    "/e\tn/", "/en\n/", "/long-section/", "/longsection", "/en-us/index.html", "/en-us//", "/en-usa/", "/abcdefg",
    "/abcdefgh", "/news/./", "/new%73/", "#/news/story", "/news/story#x",
  ];
  const byParser = (href: string, loose: boolean): boolean => {
    const path = new URL(href.trim(), "http://x").pathname;
    return (loose ? /^(\.?\/)?([a-z]{2}([-_][a-z]{2})?\/?)?(index\.[a-z]+)?$/i : /^\/([a-z]{2}([-_][a-z]{2})?\/?)?(index\.[a-z]+)?$/i).test(path);
  };
  it.each(PATHS.flatMap((path) => ["https://example.com", "//example.com", "HTTP://example.com"].map((host) => `${host}${path}`)))(
    "%j is answered as the URL parser's pathname says",
    (href) => {
      expect(isFrontPageHref(href)).toBe(byParser(href, false));
      expect(isFrontPageHref(href, true)).toBe(byParser(href, true));
    },
  );
});

describe("isFrontPageHref without the URL parser for most absolute links", () => {
  /** The definition: the path the URL parser gives an absolute href, else the href as written. */
  function byUrlParser(href: string | undefined, loose = false): boolean {
    if (href === undefined || (!loose && href.includes("?"))) return false;
    let path = href.trim();
    if (/^(https?:)?\/\//i.test(path)) {
      try {
        path = new URL(path, "http://x").pathname;
      } catch {
        return false;
      }
    }
    return (loose ? /^(\.?\/)?([a-z]{2}([-_][a-z]{2})?\/?)?(index\.[a-z]+)?$/i : /^\/([a-z]{2}([-_][a-z]{2})?\/?)?(index\.[a-z]+)?$/i).test(path);
  }

  it("answers as the URL parser's path does, on hrefs built from awkward pieces", () => {
    const scheme = fc.constantFrom("http://", "https://", "//", "HTTP://", "http:///", "http:////", "http:");
    const host = fc.constantFrom("x.com", "", "a@b.org", "x.com:8080", "en", "exa\tmple.com", "ex ample.com", "[::1]", "xn--bcher-kva.de");
    const path = fc.array(fc.constantFrom("/", "//", "en", "/en/", "en_us", "/index.html", "index.php", "/./", "/%2e/", "/%2E%2E/", "\\", "\t", "\n", "/a/..", "/..", "?q", "#f", " ", "/EN-us/", "/news/", "é", "."), { maxLength: 4 });
    fc.assert(
      fc.property(scheme, host, path, fc.boolean(), (s, h, p, loose) => {
        const href = s + h + p.join("");
        expect(isFrontPageHref(href, loose), JSON.stringify(href)).toBe(byUrlParser(href, loose));
      }),
      { numRuns: 3000 },
    );
  });
});
