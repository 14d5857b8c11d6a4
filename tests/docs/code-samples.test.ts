import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { collectSamples } from "./collect-samples";
import { asRunnable, sampleFileName, samplesDirectory } from "./sample-files";
import { typecheckSamples } from "./typecheck-samples";

// Every ```ts block of README.md and docs/*.md is type-checked against the sources with the strict
// options of tsconfig.json, then run; a block after `<!-- sample: no-run -->` is only type-checked.
const root = resolve(import.meta.dirname, "..", "..");
const samples = collectSamples(root);
const directory = samplesDirectory(root);
let diagnostics = new Map<string, string[]>();

beforeAll(() => {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  for (const sample of samples)
    writeFileSync(join(directory, sampleFileName(sample)), asRunnable(root, sample.code));
  diagnostics = typecheckSamples(root, samples);
}, 180_000);

afterAll(() => {
  vi.restoreAllMocks();
});

const rows = samples.map((sample) => ({
  where: `${sample.file}:${sample.line}`,
  name: sampleFileName(sample),
  isRunnable: sample.isRunnable,
}));

describe("documentation code samples", () => {
  it("finds the samples of README.md and docs/", () => {
    expect(rows.map((row) => row.where.split(":")[0])).toContain("README.md");
  });

  it.each(rows.map((row) => [row.where, row.name]))("%s type-checks", (_where, name) => {
    expect(diagnostics.get(name)).toEqual([]);
  });

  it.each(rows.filter((row) => row.isRunnable).map((row) => [row.where, row.name]))(
    "%s runs",
    async (_where, name) => {
      // Samples print what they compute; the test only cares that they finish without throwing.
      vi.spyOn(console, "log").mockImplementation(() => undefined);
      await expect(import(pathToFileURL(join(directory, name)).href)).resolves.toBeDefined();
    },
    30_000,
  );
});
