/**
 * Timing for the peer comparison: mitata's `measure`, every engine sampled call by call (no batching) for
 * at least 300 ms of CPU time, so medians of the three engines are comparable within one run. Medusa's
 * input is cloned outside the timed region (it mutates its input), so the clone is not charged to it.
 */
import { measure } from "mitata";

const OPTIONS = { min_cpu_time: 300e6, batch_threshold: 0 };

/** Warm-up before sampling, as in bench/harness.ts: mitata warms up only calls under 0.5 ms. */
const WARM_UP_MS = 250;

function warmUp(run: () => unknown): void {
  const started = performance.now();
  do run();
  while (performance.now() - started < WARM_UP_MS);
}

/**
 * The median of one call, in nanoseconds.
 *
 * @param run - the call
 * @returns the median
 */
export async function medianNs(run: () => unknown): Promise<number> {
  warmUp(run);
  return (await measure(run, { ...OPTIONS })).p50;
}

/**
 * The median of one call on a fresh input each time, in nanoseconds; making the input is not timed.
 *
 * @param fresh - makes the input (here: a structuredClone of the cart)
 * @param run - the call
 * @returns the median
 */
export async function medianOnFreshInputNs<T>(fresh: () => T, run: (input: T) => unknown): Promise<number> {
  warmUp(() => run(fresh()));
  const stats = await measure(
    function* () {
      yield { 0: fresh, bench: (input: T) => run(input) };
    },
    { ...OPTIONS },
  );
  return stats.p50;
}
