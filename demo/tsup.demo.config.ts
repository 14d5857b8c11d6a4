import { defineConfig } from "tsup";
import { entries } from "../tsup.config";

/**
 * The demo's build: the same entries as tsup.config.ts, ESM JavaScript only. Type declarations, source
 * maps and the rollup tree-shaking pass make the full build slow (about 40 s against 1 s of CPU here),
 * and running the demo needs none of them; `clean: false` keeps the declarations of an earlier full build.
 */
export default defineConfig({
  entry: entries,
  format: ["esm"],
  dts: false,
  splitting: true,
  treeshake: false,
  sourcemap: false,
  clean: false,
  target: "es2022",
  platform: "neutral",
});
