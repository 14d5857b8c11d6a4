/**
 * The benchmark harness: every case is timed with mitata's `measure` in one process, and its median is
 * printed beside the median of its baseline (a peer library, or a naive version of the same work) timed in
 * the same run, in alternating slices, so ratios are comparable even on a noisy machine.
 */
import { measure } from "mitata";

/** One comparison: the tillkit case and the baseline doing the same work. */
export interface BenchCase {
  /** What is measured, e.g. "Money multiply-by-quantity-and-round". */
  readonly name: string;
  /** The tillkit code. */
  readonly run: () => unknown;
  /** The baseline doing the same work; omitted when the case is measured alone. */
  readonly baseline?: { readonly name: string; readonly run: () => unknown };
  /** Budget the tillkit median must stay under, in nanoseconds. */
  readonly budgetNs?: number;
  /** Minimum speed-up over the baseline (baseline median / tillkit median). */
  readonly targetRatio?: number;
  /** Work units per call (e.g. lines or sales), to print a per-unit throughput. */
  readonly unitsPerRun?: { readonly count: number; readonly label: string };
}

/** A titled set of cases. */
export interface BenchGroup {
  readonly title: string;
  readonly cases: readonly BenchCase[];
}

/** One measured result, as printed and as written to JSON. */
export interface BenchResult {
  readonly group: string;
  readonly name: string;
  readonly medianNs: number;
  readonly baselineName?: string;
  readonly baselineMedianNs?: number;
  readonly ratio?: number;
  readonly targetRatio?: number;
  readonly budgetNs?: number;
  readonly meetsTarget: boolean;
}

function formatNs(ns: number): string {
  if (ns >= 1e9) return `${(ns / 1e9).toPrecision(3)} s`;
  if (ns >= 1e6) return `${(ns / 1e6).toPrecision(3)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toPrecision(3)} µs`;
  return `${ns.toPrecision(3)} ns`;
}

/** Warm-up before sampling: calls until this much time has passed (one call if it alone takes longer). */
const WARM_UP_MS = 250;

/**
 * Runs a side until the JIT has compiled it. mitata warms up only calls faster than 0.5 ms; a slower
 * baseline was sampled from its first, interpreted calls, and with 15–20 samples in 300 ms those set its
 * median: dinero.js over 10 weights measured anywhere from 1.3 ms to 29 ms per call across runs. A call
 * slower than the warm-up time loops long enough inside to be compiled during that one call.
 */
async function warmUp(run: () => unknown): Promise<void> {
  const started = performance.now();
  // Awaited one call at a time: an async case (a database commit) must not overlap itself.
  do await run();
  while (performance.now() - started < WARM_UP_MS);
}

async function medianOf(run: () => unknown): Promise<number> {
  await warmUp(run);
  // batch_threshold 0: time fast and slow sides the same way, call by call, so ratios are fair.
  const stats = await measure(run, { min_cpu_time: 300e6, batch_threshold: 0 });
  return stats.p50;
}

/** Slices per side when a case has a baseline, and the CPU time of each slice. */
const ROUNDS = 12;
const SLICE_NS = 30e6;

/**
 * Medians of a case and its baseline sampled in alternating slices (12 × 30 ms each, at least one call
 * per slice). Timing one side completely and then the other let a burst of load from elsewhere land on
 * one side only: with identical code, swapping the order moved one ratio between 0.76x and 3.3x.
 */
async function pairedMedians(run: () => unknown, baseline: () => unknown): Promise<[number, number]> {
  await warmUp(run);
  await warmUp(baseline);
  const ours: number[] = [];
  const theirs: number[] = [];
  const options = { min_cpu_time: SLICE_NS, min_samples: 1, batch_threshold: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(...(await measure(run, options)).samples);
    theirs.push(...(await measure(baseline, options)).samples);
  }
  return [median(ours), median(theirs)];
}

function median(samples: number[]): number {
  const sorted = samples.sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Measures one case and its baseline. */
export async function measureCase(group: string, benchCase: BenchCase): Promise<BenchResult> {
  if (benchCase.baseline === undefined) {
    const medianNs = await medianOf(benchCase.run);
    const withinBudget = benchCase.budgetNs === undefined || medianNs <= benchCase.budgetNs;
    return { group, name: benchCase.name, medianNs, ...budgetOf(benchCase), meetsTarget: withinBudget };
  }
  const [medianNs, baselineMedianNs] = await pairedMedians(benchCase.run, benchCase.baseline.run);
  const withinBudget = benchCase.budgetNs === undefined || medianNs <= benchCase.budgetNs;
  const ratio = baselineMedianNs / medianNs;
  const meetsRatio = benchCase.targetRatio === undefined || ratio >= benchCase.targetRatio;
  return {
    group,
    name: benchCase.name,
    medianNs,
    baselineName: benchCase.baseline.name,
    baselineMedianNs,
    ratio,
    ...budgetOf(benchCase),
    ...(benchCase.targetRatio === undefined ? {} : { targetRatio: benchCase.targetRatio }),
    meetsTarget: withinBudget && meetsRatio,
  };
}

function budgetOf(benchCase: BenchCase): { budgetNs?: number } {
  return benchCase.budgetNs === undefined ? {} : { budgetNs: benchCase.budgetNs };
}

/** Prints one result as a table row. */
export function printResult(result: BenchResult, benchCase: BenchCase): void {
  const parts = [`  ${result.name.padEnd(58)} median ${formatNs(result.medianNs).padStart(10)}`];
  if (benchCase.unitsPerRun !== undefined) {
    const perSecond = (benchCase.unitsPerRun.count * 1e9) / result.medianNs;
    parts.push(`${Math.floor(perSecond).toLocaleString("en-US")} ${benchCase.unitsPerRun.label}/s`);
  }
  if (result.baselineMedianNs !== undefined && result.ratio !== undefined) {
    parts.push(
      `| ${result.baselineName}: ${formatNs(result.baselineMedianNs)} | ratio ${result.ratio.toFixed(1)}x`,
    );
    if (result.targetRatio !== undefined) parts.push(`(target ≥ ${result.targetRatio}x)`);
  }
  if (result.budgetNs !== undefined) parts.push(`(budget ${formatNs(result.budgetNs)})`);
  parts.push(result.meetsTarget ? "ok" : "MISSED");
  console.log(parts.join("  "));
}

/** Runs groups in order, printing as it goes; returns every result. */
export async function runGroups(groups: readonly BenchGroup[]): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const group of groups) {
    console.log(`\n${group.title}`);
    for (const benchCase of group.cases) {
      const result = await measureCase(group.title, benchCase);
      printResult(result, benchCase);
      results.push(result);
    }
  }
  return results;
}
