import { z } from "zod";
import { currencyCodeSchema } from "../../core/currency/currency";
import { parseWith } from "../../core/errors/from-zod";
import { parseMoney } from "../../core/money/create-money";

const amountText = /* @__PURE__ */ z
  .string()
  .regex(/^\d+(\.\d+)?$/, { message: "Expected a non-negative decimal" });
const pointsText = /* @__PURE__ */ z.string().regex(/^\d+$/, { message: "Expected whole points" });

/**
 * zod schema of the offline caps: what a till may accept while it cannot reach the hub. Card: a per-sale
 * floor limit and a cap on all offline card approvals not yet synced. Gift card and points: never more
 * than the cached balance minus the redemptions the till made since it cached it, and optionally a
 * per-sale cap.
 *
 * @public
 */
export const offlinePolicySchema = /* @__PURE__ */ z.strictObject({
  currency: currencyCodeSchema,
  card: z.strictObject({ perSaleLimit: amountText, totalLimit: amountText }),
  giftCard: z.strictObject({ perSaleLimit: amountText.optional() }).default({}),
  points: z.strictObject({ perSaleLimit: pointsText.optional() }).default({}),
});

/**
 * Offline caps, see {@link offlinePolicySchema}.
 *
 * @public
 */
export type OfflinePolicyInput = z.input<typeof offlinePolicySchema>;

/**
 * zod schema of one redemption a till wants to accept offline. Amounts are decimal text in the policy
 * currency; points are whole points. `cachedBalance` absent means the till never cached the account.
 *
 * @public
 */
export const offlineRedemptionSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("card"), amount: amountText, pendingOfflineCard: amountText }),
  z.strictObject({
    kind: z.literal("gift-card"),
    accountId: z.string().min(1),
    amount: amountText,
    cachedBalance: amountText.optional(),
    pendingRedemptions: amountText,
  }),
  z.strictObject({
    kind: z.literal("points"),
    accountId: z.string().min(1),
    points: pointsText,
    cachedBalance: pointsText.optional(),
    pendingRedemptions: pointsText,
  }),
]);

/**
 * A redemption to check, see {@link offlineRedemptionSchema}.
 *
 * @public
 */
export type OfflineRedemption = z.input<typeof offlineRedemptionSchema>;

/**
 * The verdict: allowed with what the cap leaves after it, or refused with the reason and the cap (minor
 * units of the policy currency, or points).
 *
 * @public
 */
export type OfflineDecision =
  | { readonly allowed: true; readonly remainingMinor: bigint }
  | {
      readonly allowed: false;
      readonly reason:
        | "per-sale-limit"
        | "offline-total-limit"
        | "no-cached-balance"
        | "insufficient-cached-balance";
      readonly limitMinor: bigint;
    };

/**
 * The offline cap checker.
 *
 * @public
 */
export interface OfflinePolicy {
  /** @throws TillError INVALID_INPUT for a malformed redemption */
  canRedeemOffline(redemption: OfflineRedemption): OfflineDecision;
}

function decide(
  amount: bigint,
  perSale: bigint | undefined,
  available: bigint,
  reason: "offline-total-limit" | "insufficient-cached-balance",
): OfflineDecision {
  if (perSale !== undefined && amount > perSale)
    return { allowed: false, reason: "per-sale-limit", limitMinor: perSale };
  if (amount > available) return { allowed: false, reason, limitMinor: available > 0n ? available : 0n };
  return { allowed: true, remainingMinor: available - amount };
}

/**
 * Makes the offline cap checker. Worked numbers: gift card cached at 50.00 with 35.00 already redeemed
 * offline leaves 15.00, so 20.00 is refused (`insufficient-cached-balance`, limit 1500) and 15.00 allowed
 * (remaining 0). The hub applies the same redemptions when the till syncs; if the real balance was lower
 * it journals a compensation instead of a negative balance.
 *
 * @param input - the caps
 * @returns the checker
 * @throws TillError INVALID_INPUT for a malformed policy
 * @public
 */
export function makeOfflinePolicy(input: OfflinePolicyInput): OfflinePolicy {
  const policy = parseWith(offlinePolicySchema, input, ["policy"]);
  const money = (text: string, ...path: string[]) => parseMoney(text, policy.currency, { path }).minor;
  const giftCap =
    policy.giftCard.perSaleLimit === undefined ? undefined : money(policy.giftCard.perSaleLimit);
  const pointsCap = policy.points.perSaleLimit === undefined ? undefined : BigInt(policy.points.perSaleLimit);
  const cardCap = money(policy.card.perSaleLimit);
  const cardTotal = money(policy.card.totalLimit);
  return {
    canRedeemOffline(redemption) {
      const valid = parseWith(offlineRedemptionSchema, redemption, ["redemption"]);
      if (valid.kind === "card") {
        const pending = money(valid.pendingOfflineCard, "redemption", "pendingOfflineCard");
        return decide(
          money(valid.amount, "redemption", "amount"),
          cardCap,
          cardTotal - pending,
          "offline-total-limit",
        );
      }
      if (valid.cachedBalance === undefined)
        return { allowed: false, reason: "no-cached-balance", limitMinor: 0n };
      if (valid.kind === "gift-card") {
        const available =
          money(valid.cachedBalance, "redemption", "cachedBalance") -
          money(valid.pendingRedemptions, "redemption", "pendingRedemptions");
        return decide(
          money(valid.amount, "redemption", "amount"),
          giftCap,
          available,
          "insufficient-cached-balance",
        );
      }
      const available = BigInt(valid.cachedBalance) - BigInt(valid.pendingRedemptions);
      return decide(BigInt(valid.points), pointsCap, available, "insufficient-cached-balance");
    },
  };
}
