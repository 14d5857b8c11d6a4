import { z } from "zod";

/**
 * Reconnect backoff: the n-th retry (from 0) waits `initialMs × factorⁿ`, capped at `maxMs`; after
 * `maxAttempts` failed retries (when set) the device is given up until reconnected by hand.
 *
 * @public
 */
export const backoffPolicySchema = /* @__PURE__ */ z.object({
  initialMs: z.number().int().min(1).default(500),
  factor: z.number().int().min(1).max(10).default(2),
  maxMs: z.number().int().min(1).default(30_000),
  maxAttempts: z.number().int().min(1).optional(),
});

/** @public */
export type BackoffPolicy = z.output<typeof backoffPolicySchema>;

/**
 * The delay before retry number `attempt`.
 *
 * @param policy - the backoff policy
 * @param attempt - 0 for the first retry
 * @returns milliseconds to wait
 * @example
 * ```ts
 * [0, 1, 2, 3, 7].map((n) => backoffDelay({ initialMs: 500, factor: 2, maxMs: 30_000 }, n));
 * // [500, 1000, 2000, 4000, 30000]
 * ```
 * @public
 */
export function backoffDelay(policy: BackoffPolicy, attempt: number): number {
  let delay = policy.initialMs;
  for (let step = 0; step < attempt && delay < policy.maxMs; step += 1) delay *= policy.factor;
  return Math.min(delay, policy.maxMs);
}

/**
 * A timer the manager schedules retries on; tests inject a manual one.
 *
 * @public
 */
export interface Scheduler {
  /** Runs `callback` after `ms`; returns a function that cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
}

/**
 * The real-time scheduler over `setTimeout`.
 *
 * @returns a scheduler
 * @public
 */
export function realScheduler(): Scheduler {
  return {
    setTimer(callback, ms) {
      const handle = setTimeout(callback, ms);
      return () => clearTimeout(handle);
    },
  };
}
