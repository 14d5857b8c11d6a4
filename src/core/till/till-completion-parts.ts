import { TillError } from "../errors/till-error";
import { add } from "../money/add";
import { zeroMoney } from "../money/create-money";
import type { Money } from "../money/money";
import type { PricedSale } from "../pipeline/priced-sale";
import type { Sale } from "../sale/sale";
import type { TenderSettlement } from "../tenders/settle-tenders";
import type { Tender } from "../tenders/tender";
import type { TenderPolicy } from "../tenders/tender-policy";
import type { TillCore } from "./till-core";

/**
 * Redeems the sale's coupon codes through the coupon registry, before anything is written. When the
 * registry refuses one (another till took a single-use code first), the codes this attempt redeemed are
 * released and COUPON_REJECTED names the code: the sale stays open and completes once the coupon is
 * removed. Redeeming is idempotent per sale, so a retried completion redeems nothing twice.
 *
 * @returns the codes redeemed (normalised by the registry)
 * @throws TillError COUPON_REJECTED with `details.code` and `details.reason`, path ["couponCodes", i]
 * @internal
 */
export async function redeemCoupons(core: TillCore, sale: Sale): Promise<string[]> {
  const registry = core.config.ports.coupons;
  if (registry === undefined || sale.isTraining) return [];
  const redeemed: string[] = [];
  for (const [index, code] of sale.couponCodes.entries()) {
    const result = await registry.redeem(code, sale.saleId, sale.customer?.customerId);
    if (result.status === "rejected") {
      for (const done of redeemed) await registry.release(done, sale.saleId);
      throw new TillError("COUPON_REJECTED", {
        path: ["couponCodes", index],
        details: { code: result.code, reason: result.reason },
      });
    }
    redeemed.push(result.code);
  }
  return redeemed;
}

/**
 * The settlement of a refund paid back to the original tenders: the refund tenders as they are (negative),
 * no change, and the cash-rounding line of the cash part (a 8.32 cash refund paid as 8.30 under a 0.05
 * rule leaves +0.02 with the store: toPay −8.30 − total −8.32).
 *
 * @internal
 */
export function refundSettlement(
  sale: Sale,
  priced: PricedSale,
  cashRoundingDifference: Money,
  policy: TenderPolicy,
): TenderSettlement {
  const tenders = sale.tenders.map(({ at: _at, ...tender }): Tender => tender);
  const zero = zeroMoney(priced.currency);
  const paid = tenders.reduce((total, tender) => add(total, tender.amount), zero);
  const toPay = add(priced.total, cashRoundingDifference);
  const balance = {
    due: priced.total,
    toPay,
    cashRoundingDifference,
    paid,
    remaining: zero,
    change: zero,
    cashDue: zero,
    isFullyPaid: true,
  };
  const rule = policy.cashRounding;
  const rounding =
    rule === undefined || cashRoundingDifference.minor === 0n
      ? {}
      : {
          cashRounding: {
            difference: cashRoundingDifference,
            policyId: rule.id,
            policyVersion: rule.version,
          },
        };
  return { balance, tenders, change: zero, ...rounding };
}
