import { z } from "zod";
import { parseWith } from "../errors/from-zod";
import { parseMoney } from "../money/create-money";
import { decimalStringSchema } from "../numbers/decimal-input";
import { isAmountWithinDiscountLimit, isWithinDiscountLimit } from "../permissions/check-permission";
import { reduceSale } from "../sale/apply-sale-action";
import { discountScopeSchema } from "../sale/manual-discount";
import type { Sale } from "../sale/sale";
import { commit, priceOf, requestApproval, requireOperator, requireSale, type TillCore } from "./till-core";
import type { TillSnapshot } from "./till-events";

/**
 * zod schema for a manual discount entered at the till: "10" percent or an amount "5.00", on a line or the
 * basket, with a reason.
 *
 * @public
 */
export const addDiscountInputSchema = /* @__PURE__ */ z.object({
  scope: discountScopeSchema,
  value: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("percent"), percent: decimalStringSchema }),
    z.object({ kind: z.literal("amount"), amount: decimalStringSchema }),
  ]),
  reason: z.string().min(1),
});

/**
 * Input of `till.addDiscount`.
 *
 * @public
 */
export type AddDiscountInput = z.input<typeof addDiscountInputSchema>;

/** What the discount applies to now: the line net, or the net of every discountable line. */
function baseMinorOf(core: TillCore, sale: Sale, scope: z.output<typeof discountScopeSchema>): bigint {
  const lines = priceOf(core, sale).lines.filter((line) => !line.isLocked && line.net.minor > 0n);
  const chosen = scope.kind === "line" ? lines.filter((line) => line.lineId === scope.lineId) : lines;
  return chosen.reduce((total, line) => total + line.net.minor, 0n);
}

/** @internal Adds a manual discount; above the role's limit it needs approval (discount.above-limit). */
export async function addDiscount(core: TillCore, input: AddDiscountInput): Promise<TillSnapshot> {
  const valid = parseWith(addDiscountInputSchema, input);
  let sale = requireSale(core);
  const operator = requireOperator(core);
  const value =
    valid.value.kind === "percent"
      ? { kind: "percent" as const, percent: valid.value.percent }
      : {
          kind: "amount" as const,
          amount: parseMoney(valid.value.amount, sale.currency, { path: ["value", "amount"] }),
        };
  const at = core.clock.now();
  const discount = {
    discountId: core.ids.next("discount"),
    scope: valid.scope,
    value,
    reason: valid.reason,
    addedBy: operator.employeeId,
    at,
  };
  // Check the discount itself before asking a manager about it.
  reduceSale(sale, { type: "addManualDiscount", discount, at });
  const isWithin =
    value.kind === "percent"
      ? isWithinDiscountLimit(core.permissions, operator, value.percent)
      : isAmountWithinDiscountLimit(
          core.permissions,
          operator,
          value.amount.minor,
          baseMinorOf(core, sale, valid.scope),
        );
  let approvedBy: string | undefined;
  if (!isWithin) {
    const details =
      value.kind === "percent" ? { percent: value.percent } : { amount: value.amount.toString() };
    ({ sale, approvedBy } = await requestApproval(
      core,
      sale,
      "discount.above-limit",
      discount.discountId,
      details,
    ));
  }
  const approved = approvedBy === undefined ? discount : { ...discount, approvedBy };
  return commit(core, reduceSale(sale, { type: "addManualDiscount", discount: approved, at }));
}

/** @internal */
export async function removeDiscount(core: TillCore, discountId: string): Promise<TillSnapshot> {
  const sale = requireSale(core);
  return commit(core, reduceSale(sale, { type: "removeManualDiscount", discountId, at: core.clock.now() }));
}
