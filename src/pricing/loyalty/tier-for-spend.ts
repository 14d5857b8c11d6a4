import { moneyFromMinor, parseMoney } from "../../core/money/create-money";
import type { Money } from "../../core/money/money";
import type { LoyaltyProgram } from "./loyalty-program";

/**
 * Spend over the program's rolling window (e.g. the last 365 days) from a customer's purchase history.
 *
 * @param program - the program (its `tierWindowDays`)
 * @param purchases - past sales: instant and net spend
 * @param atMs - now, milliseconds since the epoch
 * @returns the spend inside the window, in the program currency
 * @public
 */
export function rollingSpend(
  program: LoyaltyProgram,
  purchases: readonly { readonly atMs: number; readonly amount: Money }[],
  atMs: number,
): Money {
  const from = atMs - program.tierWindowDays * 86_400_000;
  let minor = 0n;
  for (const purchase of purchases)
    if (purchase.atMs > from && purchase.atMs <= atMs) minor += purchase.amount.minor;
  return moneyFromMinor(minor, program.currency);
}

/**
 * The tier a rolling spend reaches: the highest `minSpend` not above it.
 *
 * @param program - the program
 * @param spend - rolling spend
 * @returns the tier id, or undefined below every tier
 * @public
 */
export function tierForSpend(program: LoyaltyProgram, spend: Money): string | undefined {
  let best: { id: string; minor: bigint } | undefined;
  for (const tier of program.tiers) {
    const minor = parseMoney(tier.minSpend, program.currency).minor;
    if (minor <= spend.minor && (best === undefined || minor > best.minor)) best = { id: tier.id, minor };
  }
  return best?.id;
}
