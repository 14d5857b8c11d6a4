import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The browser test needs Chromium and the built package; CI runs it with `npm run test:browser`.
    exclude: [...configDefaults.exclude, "tests/e2e/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
