import { join, relative } from "node:path";
import type { CodeSample } from "./collect-samples";

/** Where samples are written to be type-checked and run (git-ignored). */
export function samplesDirectory(root: string): string {
  return join(root, "tests", "docs", ".samples");
}

/** The file a sample is checked and run as: `docs-tax-md-L42.ts`. */
export function sampleFileName(sample: CodeSample): string {
  return `${sample.file.replace(/[^A-Za-z0-9]+/g, "-")}-L${sample.line}.ts`;
}

/** Source file of a package specifier: "tillkit" → src/index.ts, "tillkit/tax" → src/tax/index.ts. */
export function sourceOfSpecifier(root: string, specifier: string): string {
  const room = specifier === "tillkit" ? "" : specifier.slice("tillkit/".length);
  return join(root, "src", room, "index.ts");
}

const TILLKIT_IMPORT = /(from\s+|import\s*\(\s*|import\s+)(["'])(tillkit(?:\/[\w/-]+)?)\2/g;

/**
 * The sample as a module: `export {}` keeps every sample's top-level names its own (one program checks
 * them all), and appending it leaves line numbers unchanged.
 */
export function asModule(code: string): string {
  return `${code}\nexport {};\n`;
}

/**
 * The sample as it runs from the samples directory: package imports become relative imports of the
 * sources (without extension, as in the rest of the code base), on the same line so line numbers hold.
 */
export function asRunnable(root: string, code: string): string {
  const directory = samplesDirectory(root);
  return asModule(
    code.replace(TILLKIT_IMPORT, (_match, keyword: string, quote: string, specifier: string) => {
      const target = relative(directory, sourceOfSpecifier(root, specifier)).replace(/\.ts$/, "");
      return `${keyword}${quote}${target.split("\\").join("/")}${quote}`;
    }),
  );
}
