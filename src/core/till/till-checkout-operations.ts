import { z } from "zod";
import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { priceSale } from "../pipeline/price-sale";
import { planReturn } from "../returns/plan-return";
import { returnRequestSchema } from "../returns/return-request";
import { reduceSale } from "../sale/apply-sale-action";
import type { Sale } from "../sale/sale";
import { idSchema } from "../sale/value-schemas";
import type { SplitCheck, SplitPlan } from "../split/split-plan";
import { splitSale } from "../split/split-sale";
import { authorize, commit, priceOf, requireOperator, requireSale, type TillCore } from "./till-core";
import type { TillSnapshot } from "./till-events";

/**
 * zod schema for a return against a receipt at the till: the original by id or receipt number (one of
 * them) and the lines to return (empty: everything still returnable).
 *
 * @public
 */
export const returnItemsInputSchema = /* @__PURE__ */ returnRequestSchema
  .extend({ saleId: idSchema.optional(), receiptNumber: z.string().min(1).optional() })
  .refine((input) => (input.saleId === undefined) !== (input.receiptNumber === undefined), {
    message: "Give a sale id or a receipt number",
    path: ["saleId"],
  });

/**
 * Input of `till.returnItems`.
 *
 * @public
 */
export type ReturnItemsInput = z.input<typeof returnItemsInputSchema>;

/** @internal Adds return lines (and any deal clawback) against a completed sale. */
export async function returnItems(core: TillCore, input: ReturnItemsInput): Promise<TillSnapshot> {
  const valid = parseWith(returnItemsInputSchema, input);
  const current = requireSale(core);
  const store = core.config.ports.saleStore;
  const record =
    valid.saleId !== undefined
      ? await store.load(valid.saleId)
      : await store.findByReceipt(valid.receiptNumber ?? "");
  if (record === undefined)
    throw new TillError("SALE_NOT_FOUND", {
      path: [valid.saleId !== undefined ? "saleId" : "receiptNumber"],
    });
  if (record.priced === undefined && record.sale.status === "completed") {
    throw new TillError("RETURN_NOT_ALLOWED", { message: "The sale was stored without its pricing" });
  }
  const priorReturns = [
    ...(await store.findReturnsOf(record.sale.saleId)).map((prior) => prior.sale),
    current,
  ];
  const { sale: authorized } = await authorize(core, current, "refund.with-receipt", record.sale.saleId);
  const at = core.clock.now();
  const original = { sale: record.sale, priced: record.priced ?? priceOf(core, record.sale) };
  const lines = planReturn({
    original,
    request: { lines: valid.lines },
    priorReturns,
    reprice: (kept) =>
      priceSale(
        kept,
        {
          sale: kept,
          catalog: { items: {} },
          rules: core.config.rules,
          now: record.sale.completedAt ?? record.sale.updatedAt,
          policies: core.config.policies,
        },
        core.config.stages,
      ),
    meta: { nextLineId: () => core.ids.next("line"), by: requireOperator(core).employeeId, at },
  });
  const next = lines.reduce(
    (sale: Sale, line) => reduceSale(sale, { type: "addLine", line, at }),
    authorized,
  );
  const snapshot = commit(core, next);
  for (const line of lines) core.events.emit("lineAdded", { ...snapshot, line });
  return snapshot;
}

/** @internal Splits the sale in progress into checks. */
export function split(core: TillCore, plan: SplitPlan): SplitCheck[] {
  const sale = requireSale(core);
  return splitSale(sale, priceOf(core, sale), plan);
}
