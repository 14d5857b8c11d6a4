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
  const request = parseWith(refundPlanInputSchema, input);
  if (request.amount.currency !== policy.currency)
    throw new TillError("CURRENCY_MISMATCH", { path: ["amount", "currency"] });
  if (request.amount.minor <= 0n)
    throw new TillError("INVALID_INPUT", { message: "A refund must be positive", path: ["amount"] });
  const rows = refundableTenders(request);
  const refundable = rows.reduce((total, row) => total + (row.minor > 0n ? row.minor : 0n), 0n);
  if (request.amount.minor > refundable) {
    throw new TillError("REFUND_EXCEEDS_PAID", {
      path: ["amount"],
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
  return withCashRoundingAndLimits(lines, policy);
}

function withCashRoundingAndLimits(lines: RefundLine[], policy: TenderPolicy): RefundPlan {
  let difference = new Money(0n, policy.currency);
  const rule = policy.cashRounding;
  const cashIndex = lines.findIndex((line) => line.kind === "cash");
  const cashLine = lines[cashIndex];
  const roundsCash = rule !== undefined && (rule.appliesTo !== "cash-only-payment" || lines.length === 1);
  if (cashLine !== undefined && roundsCash) {
    const rounded = makeCashRounding(rule)(cashLine.amount);
    lines[cashIndex] = { ...cashLine, amount: rounded.rounded };
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
