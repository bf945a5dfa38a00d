/**
 * JSR: `deno publish --dry-run` accepts the package (deno.json: the TypeScript sources, type-checked, with
 * no "slow types" in the public API) and would publish the library's sources only, not the Node CLI. It runs
 * offline. `--allow-dirty` because other changes may be uncommitted in a working tree; the dry run publishes
 * nothing.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(repoRoot, file), "utf8")) as Record<string, unknown>;

describe("JSR (deno.json)", () => {
  const deno = readJson("deno.json") as { version: string; exports: Record<string, string>; publish: { exclude: string[] } };
  const pkg = readJson("package.json") as { version: string; exports: Record<string, unknown> };

  it("has the package's version and one export per package subpath, pointing at its TypeScript source", () => {
    expect(deno.version).toBe(pkg.version);
    const subpaths = Object.keys(pkg.exports).filter((key) => key !== "./package.json");
    expect(Object.keys(deno.exports).sort()).toEqual(subpaths.sort());
    for (const [subpath, source] of Object.entries(deno.exports)) {
      expect(source).toBe(subpath === "." ? "./src/index.ts" : `./src/${subpath.slice(2)}.ts`);
    }
  });

  it("deno publish --dry-run succeeds offline and lists only library sources and docs", async () => {
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        path.join(repoRoot, "node_modules", ".bin", "deno"),
        ["publish", "--dry-run", "--allow-dirty"],
        { cwd: repoRoot, timeout: 150_000, maxBuffer: 16 << 20, env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" } },
        (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    expect(result.code, result.output.slice(-3000)).toBe(0);
    expect(result.output).toContain("Dry run complete");
    const files = [...result.output.matchAll(/file:\/\/\S+/g)].map((m) => path.relative(repoRoot, fileURLToPath(m[0])));
    expect(files).toContain("src/index.ts");
    expect(files).toContain("src/render.ts");
    expect(files.filter((file) => !/^(src\/.+\.ts|README\.md|LICENSE|CHANGELOG\.md|deno\.json)$/.test(file))).toEqual([]);
    expect(files.filter((file) => file.startsWith("src/cli"))).toEqual([]);
  }, 160_000);
});
