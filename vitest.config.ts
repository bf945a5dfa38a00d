import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // test/deno/ runs under `deno test` (see deno.json), not vitest.
    exclude: ["test/deno/**", "**/node_modules/**", "dist/**"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
