import { z } from "zod";
import { makeCashRounding } from "../cash-rounding/apply-cash-rounding";
import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { parseMoney } from "../money/create-money";
import { Money } from "../money/money";
import { moneyInputSchema } from "../payments/money-input";
import { idSchema } from "../sale/value-schemas";
import { refundableTenders, smaller } from "./refundable-tenders";
import { type TenderKind, tenderSchema } from "./tender";
import type { TenderPolicy } from "./tender-policy";

/**
 * zod schema for a refund request against the tenders of the original sale.
 *
 * @public
 */
export const refundPlanInputSchema = /* @__PURE__ */ z.object({
  /** The original sale's counted tenders and the change it gave. */
  original: z.object({ tenders: z.array(tenderSchema), change: moneyInputSchema }),
  /** What earlier refunds already paid back per original tender. */
  alreadyRefunded: z.array(z.object({ tenderId: idSchema, amount: moneyInputSchema })).default([]),
  /** The amount to pay back (positive). */
  amount: moneyInputSchema,
});

/**
 * A refund request, see {@link refundPlanInputSchema}.
 *
 * @public
 */
export type RefundPlanInput = z.input<typeof refundPlanInputSchema>;

/**
 * One line of a refund: how much goes back through which original tender. Card lines reference the
 * original payment intent; foreign cash is paid back in home cash.
 *
 * @public
 */
export interface RefundLine {
  readonly originalTenderId: string;
  readonly kind: TenderKind;
  readonly amount: Money;
  readonly reference?: string;
}

/**
 * A refund plan: lines, the cash-rounding difference of the cash line, and the approvals the policy's
 * limits require.
 *
 * @public
 */
export interface RefundPlan {
  readonly lines: readonly RefundLine[];
  readonly cashRoundingDifference: Money;
  readonly approvalsRequired: readonly {
    permission: string;
    kind: TenderKind;
    amount: Money;
    limit: Money;
  }[];
}

/**
 * Plans a refund back to the original tenders: non-cash tenders first up to what each paid (card refunds
 * reference the original payment), the rest in cash, rounded as the cash-rounding policy says. Limits
 * from the policy (e.g. a maximum cash refund) become required approvals.
 *
 * @param input - the original tenders, earlier refunds and the amount
 * @param policy - the tender policy
 * @returns the plan
 * @throws TillError INVALID_INPUT (amount ≤ 0), MONEY_PRECISION, CURRENCY_MISMATCH, REFUND_EXCEEDS_PAID
 * @public
 */
export function planRefund(input: RefundPlanInput, policy: TenderPolicy): RefundPlan {
  return withCashRoundingAndLimits(
    refundLinesOf(parseWith(refundPlanInputSchema, input), [], policy),
    policy,
  );
}

/**
 * Plans one refund that goes back to several original sales (a return against several receipts): each
 * request is planned against its own sale's tenders as {@link planRefund} does, then the cash paid back is
 * rounded once over all of them (two cash parts of 0.02 under a 0.05 rule round as 0.04, not as two
 * 0.02s), and refund limits apply to the refund's totals per tender kind.
 *
 * @param inputs - one request per original sale, each with the part of the refund owed against it
 * @param policy - the tender policy
 * @returns the plan, its lines in the order of the requests
 * @throws TillError as {@link planRefund}, with the request's index first in the path
 * @public
 */
export function planRefundAcross(inputs: readonly RefundPlanInput[], policy: TenderPolicy): RefundPlan {
  const lines = inputs.flatMap((input, index) =>
    refundLinesOf(parseWith(refundPlanInputSchema, input, [index]), [index], policy),
  );
  return withCashRoundingAndLimits(lines, policy);
}

function refundLinesOf(
  request: z.output<typeof refundPlanInputSchema>,
  path: readonly number[],
  policy: TenderPolicy,
): RefundLine[] {
  if (request.amount.currency !== policy.currency)
    throw new TillError("CURRENCY_MISMATCH", { path: [...path, "amount", "currency"] });
  if (request.amount.minor <= 0n)
    throw new TillError("INVALID_INPUT", { message: "A refund must be positive", path: [...path, "amount"] });
  const rows = refundableTenders(request);
  const refundable = rows.reduce((total, row) => total + (row.minor > 0n ? row.minor : 0n), 0n);
  if (request.amount.minor > refundable) {
    throw new TillError("REFUND_EXCEEDS_PAID", {
      path: [...path, "amount"],
      details: {
        refundable: new Money(refundable, policy.currency).toString(),
        requested: request.amount.toString(),
      },
    });
  }
  let left = request.amount.minor;
  const lines: RefundLine[] = [];
  for (const row of rows) {
    const take = smaller(row.minor, left);
    if (take <= 0n) continue;
    left -= take;
    const reference = row.reference === undefined ? {} : { reference: row.reference };
    lines.push({
      originalTenderId: row.tenderId,
      kind: row.kind,
      amount: new Money(take, policy.currency),
      ...reference,
    });
  }
  return lines;
}

function withCashRoundingAndLimits(lines: RefundLine[], policy: TenderPolicy): RefundPlan {
  let difference = new Money(0n, policy.currency);
  const rule = policy.cashRounding;
  const cashIndexes = lines.flatMap((line, index) => (line.kind === "cash" ? [index] : []));
  const roundsCash =
    rule !== undefined && (rule.appliesTo !== "cash-only-payment" || cashIndexes.length === lines.length);
  const largest = largestLine(lines, cashIndexes);
  if (largest !== undefined && roundsCash) {
    // The cash handed over is one amount, so it is rounded once; the largest cash line absorbs the step.
    const cash = cashIndexes.reduce((total, index) => total + (lines[index] as RefundLine).amount.minor, 0n);
    const rounded = makeCashRounding(rule)(new Money(cash, policy.currency));
    const line = lines[largest] as RefundLine;
    lines[largest] = {
      ...line,
      amount: new Money(line.amount.minor + rounded.difference.minor, policy.currency),
    };
    difference = rounded.difference;
  }
  const approvalsRequired = Object.entries(policy.refundLimits).flatMap(([kind, limitText]) => {
    const limit = parseMoney(limitText ?? "0", policy.currency);
    const total = lines
      .filter((line) => line.kind === kind)
      .reduce((sum, line) => sum + line.amount.minor, 0n);
    if (total <= limit.minor) return [];
    const amount = new Money(total, policy.currency);
    return [{ permission: `refund.${kind}.aboveLimit`, kind: kind as TenderKind, amount, limit }];
  });
  return { lines, cashRoundingDifference: difference, approvalsRequired };
}

function largestLine(lines: readonly RefundLine[], indexes: readonly number[]): number | undefined {
  let largest: number | undefined;
  for (const index of indexes)
    if (
      largest === undefined ||
      (lines[index] as RefundLine).amount.minor > (lines[largest] as RefundLine).amount.minor
    )
      largest = index;
  return largest;
}
