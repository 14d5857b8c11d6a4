// The test configuration Stryker uses (stryker.config.mjs): the project's configuration with fewer
// default property runs per test, since every mutant reruns the tests that reached it.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

export default mergeConfig(
  base,
  defineConfig({ test: { setupFiles: ["tests/support/fast-check-mutation-runs.ts"] } }),
);
