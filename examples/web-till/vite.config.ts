import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/** The built package (run `npm run build` at the repository root first). */
const dist = (entry: string): string => fileURLToPath(new URL(`../../dist/${entry}`, import.meta.url));

/**
 * The example imports the package by its public names; each name points at the entry the package's
 * "exports" map gives for "import", so the browser runs exactly what npm would install.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  resolve: {
    alias: [
      { find: /^tillkit$/, replacement: dist("index.js") },
      { find: /^tillkit\/devices$/, replacement: dist("devices/index.js") },
      { find: /^tillkit\/reports$/, replacement: dist("reports/index.js") },
      { find: /^tillkit\/tax$/, replacement: dist("tax/index.js") },
      { find: /^tillkit\/adapters\/sql$/, replacement: dist("adapters/sql/index.js") },
      { find: /^tillkit\/adapters\/memory$/, replacement: dist("adapters/memory/index.js") },
    ],
  },
  // PGlite loads its WebAssembly and data files relative to its own module; pre-bundling would move it.
  optimizeDeps: { exclude: ["@electric-sql/pglite"] },
  worker: { format: "es" },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 4096 },
});
