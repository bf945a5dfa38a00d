/** `--sites FILE`: the command line with site rules, run in this process from the sources (no build needed). */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";

const scratch = mkdtempSync(path.join(tmpdir(), "aa-sites-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = path.join(scratch, "page.html");
writeFileSync(page, `<title>Example News</title><h1>Generic heading</h1><div class="hed">Bridge reopens after repairs</div>`);

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: { isTTY: true, async *[Symbol.asyncIterator]() {} },
  };
  const code = await runCli(argv, { io, version: "0.0.0", workerFile: new URL("file:///nonexistent-worker.js") });
  return { code, stdout, stderr };
}

function sitesFile(name: string, content: unknown): string {
  const file = path.join(scratch, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

describe("CLI --sites FILE", () => {
  it("parses with the file's rules", async () => {
    const file = sitesFile("ok.json", [{ name: "ex", match: { host: "example.com" }, headline: { select: ".hed" } }]);
    const result = await run([page, "--url", "https://www.example.com/a.html", "--sites", file, "--fields", "headline", "--explain"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual({ headline: "Bridge reopens after repairs", explain: { headline: "site:ex" } });
    // Another host: the rule does not apply.
    const other = await run([page, "--url", "https://other.example/a.html", `--sites=${file}`, "--fields", "headline"]);
    expect(JSON.parse(other.stdout).headline).not.toBe("Bridge reopens after repairs");
  });

  it("a missing file, bad JSON or a bad rule is a usage error (exit 2) naming the file and the rule", async () => {
    const missing = await run([page, "--sites", path.join(scratch, "nope.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^article-anatomy: --sites .*nope\.json: ENOENT/);
    const broken = await run([page, "--sites", sitesFile("broken.json", "[{")]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^article-anatomy: --sites .*broken\.json: .*JSON/);
    const bad = await run([page, "--sites", sitesFile("bad.json", [{ match: { host: "example.com" }, headline: { select: "h1[" } }])]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^article-anatomy: --sites .*bad\.json: createParser: site rule 0 \(host "example\.com"\) field "headline" "select": Invalid CSS selector "h1\["/);
    expect(bad.stdout).toBe("");
  });
});
