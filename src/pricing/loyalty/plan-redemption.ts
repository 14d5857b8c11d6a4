import { z } from "zod";
import { moneyFromMinor, parseMoney } from "../../core/money/create-money";
import type { Money } from "../../core/money/money";
import { percentToMillionths } from "../rules/rule-primitives";
import type { LoyaltyProgram } from "./loyalty-program";

/**
 * zod schema for a request to pay with points.
 *
 * @public
 */
export const pointsRedemptionRequestSchema = /* @__PURE__ */ z.object({
  points: z.number().int().positive(),
});

/**
 * The answer to a redemption request: accepted (possibly capped at the maximum share of the basket) or
 * rejected with a reason.
 *
 * @public
 */
export type RedemptionPlan =
  | {
      readonly status: "accepted";
      readonly points: number;
      readonly amount: Money;
      readonly isCapped: boolean;
    }
  | {
      readonly status: "rejected";
      readonly reason: "no_redemption" | "below_minimum" | "insufficient_balance" | "nothing_to_pay";
      readonly details: Readonly<Record<string, string | number>>;
    };

/**
 * Plans a points redemption: whole points worth `pointValue` each, at least `minPoints`, never more than
 * the balance (a reasoned rejection, not a crash) and capped so the amount stays within `maxShare` of the
 * basket (5,000 points at 0.01 against a 30.00 basket with a 50% share: capped at 1,500 points = 15.00).
 *
 * @param program - the program
 * @param balance - the customer's points balance
 * @param requestedPoints - points the customer wants to use
 * @param basket - what is left to pay before redemption
 * @returns the plan
 * @public
 */
export function planRedemption(
  program: LoyaltyProgram,
  balance: number,
  requestedPoints: number,
  basket: Money,
): RedemptionPlan {
  const redemption = program.redemption;
  if (redemption === undefined) return { status: "rejected", reason: "no_redemption", details: {} };
  if (requestedPoints < redemption.minPoints)
    return {
      status: "rejected",
      reason: "below_minimum",
      details: { minPoints: redemption.minPoints, requested: requestedPoints },
    };
  if (requestedPoints > balance)
    return {
      status: "rejected",
      reason: "insufficient_balance",
      details: { balance, requested: requestedPoints },
    };
  const valueMinor = parseMoney(redemption.pointValue, program.currency).minor;
  const shareMinor = (basket.minor * percentToMillionths(redemption.maxShare)) / 1_000_000n;
  const maxPoints = valueMinor === 0n ? 0n : shareMinor / valueMinor;
  const points = BigInt(requestedPoints) < maxPoints ? BigInt(requestedPoints) : maxPoints;
  if (points <= 0n)
    return { status: "rejected", reason: "nothing_to_pay", details: { basket: basket.toString() } };
  return {
    status: "accepted",
    points: Number(points),
    amount: moneyFromMinor(points * valueMinor, program.currency),
    isCapped: points < BigInt(requestedPoints),
  };
}
