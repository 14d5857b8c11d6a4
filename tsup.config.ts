import { defineConfig } from "tsup";

/** One entry per public subpath; keep in step with package.json "exports". */
export const entries = {
  index: "src/index.ts",
  "pricing/index": "src/pricing/index.ts",
  "tax/index": "src/tax/index.ts",
  "reports/index": "src/reports/index.ts",
  "devices/index": "src/devices/index.ts",
  "adapters/memory/index": "src/adapters/memory/index.ts",
  "adapters/sql/index": "src/adapters/sql/index.ts",
  "testing/index": "src/testing/index.ts",
};

export default defineConfig({
  entry: entries,
  format: ["esm", "cjs"],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
});
