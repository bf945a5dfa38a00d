/**
 * The CLI fetching http URLs from a local server this test starts (node:http on 127.0.0.1, port 0): the
 * response's charset, redirects (links resolve against the final URL), HTTP errors, the time limit and the
 * size limit.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentTypeCharset } from "../../src/cli/fetch.js";
import { ensureBuilt, runCli } from "./helpers.js";

let server: Server;
let origin: string;
/** Responses held open by /hang, closed when the test ends. */
const hanging = new Set<() => void>();

/** "日本の東京" in Shift_JIS: without the header's charset, a sniff would not read it as Shift_JIS. */
const SJIS_HEADLINE = Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x82, 0xcc, 0x93, 0x8c, 0x8b, 0x9e]);
const PARAGRAPH = "The council voted on Tuesday to extend the harbour wall by two hundred metres before the winter storms arrive.";

function page(headline: Buffer | string, extraHead = ""): Buffer {
  return Buffer.concat([
    Buffer.from(`<html><head>${extraHead}</head><body><article><h1>`),
    Buffer.from(headline),
    Buffer.from(`</h1><p>${PARAGRAPH}</p><div class="tags"><a rel="tag" href="../tag/harbour/">harbour</a></div></article></body></html>`),
  ]);
}

beforeAll(async () => {
  await ensureBuilt();
  server = createServer((request, response) => {
    const route = new URL(request.url ?? "/", "http://localhost").pathname;
    if (route === "/news/sjis.html") {
      response.writeHead(200, { "content-type": 'text/html; charset="Shift_JIS"' });
      response.end(page(SJIS_HEADLINE));
    } else if (route === "/news/header-beats-meta.html") {
      // The header says Shift_JIS, the page says UTF-8: as in a browser, the header wins.
      response.writeHead(200, { "content-type": "text/html;charset=shift_jis" });
      response.end(page(SJIS_HEADLINE, '<meta charset="utf-8">'));
    } else if (route === "/old/moved.html") {
      response.writeHead(301, { location: "/news/2024/story.html" });
      response.end();
    } else if (route === "/news/2024/story.html") {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(page("Harbour wall to grow"));
    } else if (route === "/hang") {
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<html><body>"); // and never ends
      hanging.add(() => response.destroy());
    } else if (route === "/big-declared") {
      response.writeHead(200, { "content-type": "text/html", "content-length": String(5000) });
      response.end("x".repeat(5000));
    } else if (route === "/big-chunked") {
      response.writeHead(200, { "content-type": "text/html" }); // no Content-Length: chunked
      for (let i = 0; i < 10; i++) response.write("y".repeat(1000));
      response.end();
    } else {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not here");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  for (const close of hanging) close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("CLI on http URLs", () => {
  it("decodes the page with the charset of the response's Content-Type", async () => {
    const run = await runCli([`${origin}/news/sjis.html`, "--fields", "headline"]);
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: `${JSON.stringify({ headline: "日本の東京" }, null, 2)}\n` });
  });

  it("lets the Content-Type charset outrank the page's <meta charset>", async () => {
    const run = await runCli([`${origin}/news/header-beats-meta.html`, "--fields", "headline"]);
    expect(JSON.parse(run.stdout)).toEqual({ headline: "日本の東京" });
  });

  it("follows redirects and resolves links against the final URL", async () => {
    const run = await runCli([`${origin}/old/moved.html`, "--fields", "headline,tags"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ headline: "Harbour wall to grow", tags: [{ label: "harbour", url: `${origin}/news/tag/harbour/` }] });
  });

  it("reports an HTTP error status as a failed input, exit 1, while other inputs still print", async () => {
    const run = await runCli([`${origin}/news/2024/story.html`, `${origin}/missing.html`, "--fields", "headline"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ input: `${origin}/news/2024/story.html`, article: { headline: "Harbour wall to grow" } });
    expect(run.stderr).toBe(`article-anatomy: ${origin}/missing.html: HTTP 404 Not Found\n`);
  });

  it("gives up on a response that does not complete within --timeout", async () => {
    const run = await runCli([`${origin}/hang`, "--timeout", "300"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`article-anatomy: ${origin}/hang: no complete response within 300 ms (--timeout)\n`);
  });

  it("refuses a response over --max-bytes, announced or not", async () => {
    const declared = await runCli([`${origin}/big-declared`, "--max-bytes", "4096"]);
    expect(declared.code).toBe(1);
    expect(declared.stderr).toBe(`article-anatomy: ${origin}/big-declared: the response is 5000 bytes, over the limit of 4096 (--max-bytes)\n`);
    const chunked = await runCli([`${origin}/big-chunked`, "--max-bytes", "4096"]);
    expect(chunked.code).toBe(1);
    expect(chunked.stderr).toBe(`article-anatomy: ${origin}/big-chunked: the response is over the limit of 4096 bytes (--max-bytes)\n`);
  });

  it("reports a connection that fails", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const run = await runCli([`http://127.0.0.1:${port}/a.html`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^article-anatomy: http://127\\.0\\.0\\.1:${port}/a\\.html: fetch failed \\(ECONNREFUSED\\)\\n$`));
  });
});

describe("contentTypeCharset", () => {
  it.each([
    ["text/html; charset=utf-8", "utf-8"],
    ['text/html; charset="GBK"', "GBK"],
    ["text/html;CHARSET=Shift_JIS;foo=bar", "Shift_JIS"],
    ["text/html", undefined],
    [null, undefined],
    ["text/html; charset=", undefined],
  ])("%j gives %j", (header, charset) => {
    expect(contentTypeCharset(header)).toBe(charset);
  });
});
