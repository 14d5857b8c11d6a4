// Mutation testing for the exact kernels: src/core, src/tax and src/pricing.
// Run with `npx stryker run` (all three rooms) or narrow it, e.g.
//   npx stryker run --mutate "src/core/money/**/*.ts,src/tax/compute/**/*.ts"
// The machine running it is usually shared, so one test runner process at a time.

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  packageManager: "npm",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  // vitest.mutation.config.ts is vitest.config.ts with fewer default fast-check runs (FC_RUNS, 25):
  // each mutant reruns every test that reached it, properties included.
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  // perTest: each mutant runs only the tests that executed its code in the dry run.
  coverageAnalysis: "perTest",
  mutate: [
    "src/core/**/*.ts",
    "src/tax/**/*.ts",
    "src/pricing/**/*.ts",
    // index files only re-export; type-only files hold no runtime code.
    "!src/**/index.ts",
  ],
  // Unit tests of the three rooms plus the focused mutation-killing tests. The fuzz, SQL adapter,
  // device, report, docs and integration suites are left out: they add minutes to every surviving
  // mutant and exercise these rooms only through the same public calls.
  testFiles: [
    "tests/core/**/*.test.ts",
    "tests/tax/**/*.test.ts",
    "tests/pricing/**/*.test.ts",
    "tests/testing/**/*.test.ts",
    "tests/reliability/mutation/**/*.test.ts",
  ],
  // The sandbox needs only the sources, the tests and the configuration; other folders change under
  // a busy work tree (built examples, reports) and would only slow the copy.
  ignorePatterns: [
    "/*",
    "!/src",
    "!/tests",
    "!/package.json",
    "!/tsconfig.json",
    "!/vitest.config.ts",
    "!/vitest.mutation.config.ts",
    // The storage contract comes in only when TILLKIT_STORE_BACKENDS narrows it (e.g. to "memory" for
    // the in-memory ports); on every backend each test would also migrate two databases.
    ...(process.env.TILLKIT_STORE_BACKENDS ? [] : ["/tests/adapters"]),
    "/tests/devices",
    "/tests/docs",
    "/tests/fuzz",
    "/tests/integration",
    "/tests/reports",
  ],
  // Static mutants (module-level constants such as schemas) would run every test for each mutant.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  concurrency: 1,
  // A mutant that loops (a rounding step that never shrinks) is cut off early rather than waited out.
  timeoutMS: 3000,
  timeoutFactor: 1.5,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};

export default config;
