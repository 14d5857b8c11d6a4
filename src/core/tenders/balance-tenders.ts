import { makeCashRounding } from "../cash-rounding/apply-cash-rounding";
import { add } from "../money/add";
import { zeroMoney } from "../money/create-money";
import { Money } from "../money/money";
import { subtract } from "../money/subtract";
import { max, min, sum } from "../money/sum";
import { CASH_TENDER_KINDS, isCountedTender, type Tender } from "./tender";
import type { TenderPolicy } from "./tender-policy";

/**
 * Where a sale's payment stands. Every amount is in the home currency.
 *
 * @public
 */
export interface TenderBalance {
  /** The exact sale total. */
  readonly due: Money;
  /** What must be paid: `due` plus the cash-rounding difference. */
  readonly toPay: Money;
  /** The cash-rounding difference, a line of its own on the sale (zero when the policy does not apply). */
  readonly cashRoundingDifference: Money;
  /** Sum of the tenders that count (entered or approved). */
  readonly paid: Money;
  /** `max(0, toPay − paid)`. */
  readonly remaining: Money;
  /** Given back from over-tenderable tenders only; never negative. */
  readonly change: Money;
  /** What to ask for if the rest is paid in cash (rounded as the policy says). */
  readonly cashDue: Money;
  /** No remaining amount and no tender waiting for an answer. */
  readonly isFullyPaid: boolean;
}

function isCash(tender: Tender): boolean {
  return CASH_TENDER_KINDS.includes(tender.kind);
}

/**
 * `due` rounded as the policy says for a payment whose non-cash part is `nonCash`.
 *
 * @internal
 */
export function roundedToPay(due: Money, nonCash: Money, withCash: boolean, policy: TenderPolicy): Money {
  const rule = policy.cashRounding;
  if (rule === undefined) return due;
  const round = makeCashRounding(rule);
  if (rule.appliesTo === "all-tenders") return round(due).rounded;
  if (!withCash) return due;
  if (rule.appliesTo === "cash-only-payment") return nonCash.minor === 0n ? round(due).rounded : due;
  const cashPart = subtract(due, nonCash);
  return cashPart.minor > 0n ? add(nonCash, round(cashPart).rounded) : due;
}

/**
 * Balances a sale's tenders against its total: applies the cash-rounding policy to the cash part as the
 * policy says (only when cash pays), counts entered and approved tenders, and gives change only from the
 * policy's over-tenderable kinds.
 *
 * @param due - the sale total, home currency
 * @param tenders - the sale's tenders
 * @param policy - the validated tender policy
 * @returns the balance
 * @throws TillError CURRENCY_MISMATCH when amounts are not in the home currency
 * @example
 * ```ts
 * // SK cash-part rule: 48.32 due, card 40.00, cash 10.00 → toPay 48.30, rounding −0.02, change 1.70
 * ```
 * @public
 */
export function balanceTenders(due: Money, tenders: readonly Tender[], policy: TenderPolicy): TenderBalance {
  const zero = zeroMoney(policy.currency);
  const counted = tenders.filter(isCountedTender);
  const nonCash = sum(
    counted.filter((tender) => !isCash(tender)).map((tender) => tender.amount),
    policy.currency,
  );
  const paid = sum(
    counted.map((tender) => tender.amount),
    policy.currency,
  );
  const toPay = roundedToPay(due, nonCash, counted.some(isCash), policy);
  const overTenderable = sum(
    counted
      .filter((tender) => policy.overTenderableKinds.includes(tender.kind))
      .map((tender) => tender.amount),
    policy.currency,
  );
  // Clamped at zero on both sides: on a refund the over-tenderable sum is negative, and change is never.
  const change = max(min(max(subtract(paid, toPay), zero), overTenderable), zero);
  const remaining = max(subtract(toPay, paid), zero);
  const cashDue = max(subtract(roundedToPay(due, nonCash, true, policy), paid), zero);
  const waiting = tenders.some((tender) => tender.status === "pending" || tender.status === "unknown");
  return {
    due,
    toPay,
    cashRoundingDifference: new Money(toPay.minor - due.minor, policy.currency),
    paid,
    remaining,
    change,
    cashDue,
    isFullyPaid: remaining.minor === 0n && !waiting,
  };
}
