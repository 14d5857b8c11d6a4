import { z } from "zod";

/**
 * zod schema of the retry backoff: the wait before retry n is `initialDelayMs × multiplier^(n−1)`, capped
 * at `maxDelayMs`, then jittered so many tills that lost the hub together do not come back in step.
 * `equal` jitter waits between half and all of the delay; `full` between zero and all of it.
 *
 * @public
 */
export const backoffPolicySchema = /* @__PURE__ */ z.strictObject({
  initialDelayMs: z.number().int().min(0).max(3_600_000).default(500),
  maxDelayMs: z.number().int().min(0).max(86_400_000).default(60_000),
  multiplier: z.number().int().min(1).max(10).default(2),
  jitter: z.enum(["none", "equal", "full"]).default("equal"),
});

/**
 * A backoff policy, see {@link backoffPolicySchema}.
 *
 * @public
 */
export type BackoffPolicy = z.output<typeof backoffPolicySchema>;

/**
 * Makes the delay function of a backoff policy.
 *
 * @param policy - the validated policy
 * @param random - a uniform source in [0, 1) (injected so tests are deterministic)
 * @returns the wait in whole milliseconds before retry `attempt` (1 for the first retry)
 * @example
 * ```ts
 * const delay = makeBackoff(backoffPolicySchema.parse({ jitter: "none" }), Math.random);
 * delay(1); // 500
 * delay(3); // 2000
 * ```
 * @public
 */
export function makeBackoff(policy: BackoffPolicy, random: () => number): (attempt: number) => number {
  return (attempt) => {
    let delay = policy.initialDelayMs;
    for (let step = 1; step < attempt && delay < policy.maxDelayMs; step += 1) delay *= policy.multiplier;
    const capped = Math.min(delay, policy.maxDelayMs);
    if (policy.jitter === "none") return capped;
    if (policy.jitter === "full") return Math.floor(random() * capped);
    const half = Math.floor(capped / 2);
    return half + Math.floor(random() * (capped - half));
  };
}
