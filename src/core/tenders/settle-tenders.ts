import { TillError } from "../errors/till-error";
import type { Money } from "../money/money";
import { balanceTenders, type TenderBalance } from "./balance-tenders";
import { isCountedTender, type Tender } from "./tender";
import type { TenderPolicy } from "./tender-policy";
import type { TenderState } from "./tender-state";

/**
 * What a completed sale records about its payment: the tenders that paid, the change given, and the
 * cash-rounding line with the policy id and version that produced it.
 *
 * @public
 */
export interface TenderSettlement {
  readonly balance: TenderBalance;
  readonly tenders: readonly Tender[];
  readonly change: Money;
  readonly cashRounding?: {
    readonly difference: Money;
    readonly policyId: string;
    readonly policyVersion: number;
  };
}

/**
 * Checks a sale is fully paid and returns what completion records. A sale completes only through this.
 *
 * @param state - the tender state
 * @param policy - the tender policy
 * @returns the settlement
 * @throws TillError EMPTY_SALE; PAYMENT_UNKNOWN while a card payment's outcome is unknown; NOT_FULLY_PAID
 *   while an amount remains or a tender waits for an answer
 * @public
 */
export function settleTenders(state: TenderState, policy: TenderPolicy): TenderSettlement {
  if (state.lineCount === 0) throw new TillError("EMPTY_SALE");
  const unknown = state.tenders.find((tender) => tender.status === "unknown");
  if (unknown !== undefined)
    throw new TillError("PAYMENT_UNKNOWN", { details: { tenderId: unknown.tenderId } });
  const balance = balanceTenders(state.due, state.tenders, policy);
  if (!balance.isFullyPaid) {
    throw new TillError("NOT_FULLY_PAID", {
      details: {
        remaining: balance.remaining.toString(),
        pending: state.tenders.filter((t) => t.status === "pending").length,
      },
    });
  }
  const rule = policy.cashRounding;
  const rounding =
    rule === undefined || balance.cashRoundingDifference.minor === 0n
      ? {}
      : {
          cashRounding: {
            difference: balance.cashRoundingDifference,
            policyId: rule.id,
            policyVersion: rule.version,
          },
        };
  return { balance, tenders: state.tenders.filter(isCountedTender), change: balance.change, ...rounding };
}
