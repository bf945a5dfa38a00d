/** The batch progress bar: drawn only on a terminal, redrawn in place, wiped before error lines and at the end. */
import { describe, expect, it } from "vitest";
import { createProgress, progressLine } from "../../src/cli/progress.js";

function fakeStream(isTTY: boolean, columns = 60): { isTTY: boolean; columns: number; written: string[]; write(text: string): void } {
  return { isTTY, columns, written: [], write(text) { this.written.push(text); } };
}

describe("progress bar", () => {
  it("draws done/total with a bar and the page name, cut from the left to fit the width", () => {
    expect(progressLine(5, 10, "a.html", 80)).toBe("[##########··········] 5/10 a.html");
    expect(progressLine(10, 10, "a.html", 80)).toBe("[####################] 10/10 a.html");
    const line = progressLine(1, 3, "fixtures/some-very-long-directory-name/page.html", 40);
    expect(line.length).toBeLessThanOrEqual(39);
    expect(line).toMatch(/^\[#{7}·{13}\] 1\/3 …/);
    expect(line.endsWith("page.html")).toBe(true);
  });

  it("on a terminal: redraws in place, puts error lines above the bar, wipes it at the end", () => {
    const stream = fakeStream(true);
    const progress = createProgress(stream, 2);
    progress.tick("a.html");
    progress.log("article-anatomy: b.html: failed");
    progress.tick("b.html");
    progress.done();
    expect(stream.written).toEqual([
      "\r\u001b[2K[##########··········] 1/2 a.html",
      "\r\u001b[2Karticle-anatomy: b.html: failed\n",
      "\r\u001b[2K[##########··········] 1/2 a.html",
      "\r\u001b[2K[####################] 2/2 b.html",
      "\r\u001b[2K",
    ]);
  });

  it("draws nothing when stderr is not a terminal, or for a single page; error lines still go out", () => {
    for (const [stream, total] of [[fakeStream(false), 5], [fakeStream(true), 1]] as const) {
      const progress = createProgress(stream, total);
      progress.tick("a.html");
      progress.log("article-anatomy: a.html: failed");
      progress.done();
      expect(stream.written).toEqual(["article-anatomy: a.html: failed\n"]);
    }
  });
});
