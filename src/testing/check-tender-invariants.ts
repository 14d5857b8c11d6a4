import { moneyFromMinor } from "../core/money/create-money";
import type { TenderBalance } from "../core/tenders/balance-tenders";
import { isCountedTender, type Tender } from "../core/tenders/tender";
import type { TenderPolicy } from "../core/tenders/tender-policy";
import { assertNoViolations, compareText, type InvariantViolation } from "./invariant-violation";

/**
 * What {@link checkTenderInvariants} reads: the tenders, the balance computed from them and the policy.
 *
 * @public
 */
export interface TenderCheckInput {
  readonly tenders: readonly Tender[];
  readonly balance: TenderBalance;
  readonly policy: TenderPolicy;
  /** Also require the sale to be fully paid. Default: false. */
  readonly expectFullyPaid?: boolean;
}

/**
 * Checks a tender balance against its tenders: change is never negative and never more than the counted
 * over-tenderable tenders (cash by default) hold; paid = Σ counted tenders; remaining = max(0, toPay − paid);
 * `isFullyPaid` agrees with remaining and waiting tenders; a fully paid sale settles exactly
 * (paid − change = toPay, so a card is never over-charged). A refund with no refund tender entered yet is
 * exempt from settling: the till pays it back to the original tenders at completion.
 *
 * @param input - see {@link TenderCheckInput}
 * @returns the violations, empty when the tenders are consistent
 * @example
 * ```ts
 * const balance = balanceTenders(total, tenders, policy);
 * expect(checkTenderInvariants({ tenders, balance, policy, expectFullyPaid: true })).toEqual([]);
 * ```
 * @public
 */
export function checkTenderInvariants(input: TenderCheckInput): InvariantViolation[] {
  const { balance, policy } = input;
  const text = (minor: bigint) => moneyFromMinor(minor, policy.currency).toString();
  const counted = input.tenders.filter(isCountedTender);
  const paid = counted.reduce((total, tender) => total + tender.amount.minor, 0n);
  const overTenderable = counted
    .filter((tender) => policy.overTenderableKinds.includes(tender.kind))
    .reduce((total, tender) => total + tender.amount.minor, 0n);
  const remaining = balance.toPay.minor > paid ? balance.toPay.minor - paid : 0n;
  const waiting = input.tenders.some((tender) => tender.status === "pending" || tender.status === "unknown");
  const change = balance.change.minor;
  return [
    ...(change < 0n
      ? [{ rule: "tender.change-not-negative", path: ["change"], expected: "≥ 0", actual: text(change) }]
      : []),
    ...(change > 0n && change > overTenderable
      ? [
          {
            rule: "tender.change-from-over-tenderable",
            path: ["change"],
            expected: `≤ ${text(overTenderable)}`,
            actual: text(change),
          },
        ]
      : []),
    ...compareText("tender.paid", ["paid"], text(paid), text(balance.paid.minor)),
    ...compareText("tender.remaining", ["remaining"], text(remaining), text(balance.remaining.minor)),
    ...compareText(
      "tender.fully-paid-flag",
      ["isFullyPaid"],
      String(remaining === 0n && !waiting),
      String(balance.isFullyPaid),
    ),
    ...(balance.isFullyPaid && !(balance.toPay.minor < 0n && counted.length === 0)
      ? compareText(
          "tender.settles",
          ["change"],
          text(balance.toPay.minor),
          text(balance.paid.minor - change),
        )
      : []),
    ...(input.expectFullyPaid === true
      ? compareText("tender.fully-paid", ["isFullyPaid"], "true", String(balance.isFullyPaid))
      : []),
  ];
}

/**
 * Throws unless {@link checkTenderInvariants} finds nothing.
 *
 * @param input - see {@link TenderCheckInput}
 * @throws TillError INTERNAL with `details.violations`
 * @example
 * ```ts
 * assertTenderInvariants({ tenders, balance: balanceTenders(total, tenders, policy), policy });
 * ```
 * @public
 */
export function assertTenderInvariants(input: TenderCheckInput): void {
  assertNoViolations(checkTenderInvariants(input), "tenders");
}
