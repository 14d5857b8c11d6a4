import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // The demo imports the package by name; tests run it against the sources, so no build is needed first.
    alias: [
      { find: /^tillkit$/, replacement: source("index.ts") },
      { find: /^tillkit\/(.+)$/, replacement: source("$1/index.ts") },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // The browser test needs Chromium and the built package; CI runs it with `npm run test:browser`.
    exclude: [...configDefaults.exclude, "tests/e2e/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
