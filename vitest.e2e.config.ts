import { defineConfig } from "vitest/config";

/**
 * End-to-end tests in a real browser (`npm run test:browser`). Kept apart from `npm test` because they
 * need Chromium (`apt-get install -y chromium`) and the built package (`npm run build`).
 */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
