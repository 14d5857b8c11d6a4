// Setup file of vitest.mutation.config.ts: mutation runs repeat every covering test for each mutant,
// so properties that leave numRuns to fast-check's default (100) run FC_RUNS times instead (25 unless
// set). Properties that name their own numRuns keep it.
import fc from "fast-check";

fc.configureGlobal({ numRuns: Number(process.env.FC_RUNS ?? 25) });
