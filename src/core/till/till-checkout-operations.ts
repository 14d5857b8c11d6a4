import { z } from "zod";
import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { parseMoney } from "../money/create-money";
import { decimalStringSchema } from "../numbers/decimal-input";
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

/**
 * zod schema for a tender at the till (minimal: recorded as approved; the tenders module adds the flows).
 *
 * @public
 */
export const addTenderInputSchema = /* @__PURE__ */ z.object({
  method: z.string().min(1),
  amount: decimalStringSchema,
});

/**
 * Input of `till.addTender`.
 *
 * @public
 */
export type AddTenderInput = z.input<typeof addTenderInputSchema>;

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

/** @internal Records a tender as approved (minimal; the tenders module replaces this flow). */
export async function addTender(core: TillCore, input: AddTenderInput): Promise<TillSnapshot> {
  const valid = parseWith(addTenderInputSchema, input);
  const sale = requireSale(core);
  const at = core.clock.now();
  const amount = parseMoney(valid.amount, sale.currency, { path: ["amount"] });
  const tender = {
    tenderId: core.ids.next("tender"),
    method: valid.method,
    amount,
    status: "approved" as const,
    at,
  };
  const next = reduceSale(sale, { type: "addTender", tender });
  core.events.emit("tenderStarted", { sale: next, tender });
  const snapshot = commit(core, next);
  core.events.emit("tenderResult", { ...snapshot, tender });
  return snapshot;
}

/** @internal Completes the paid sale: stores it with its pricing and frees the till. */
export async function complete(core: TillCore): Promise<TillSnapshot> {
  const sale = requireSale(core);
  const before = priceOf(core, sale);
  if (before.balanceDue.minor !== 0n) {
    throw new TillError("NOT_FULLY_PAID", { details: { balanceDue: before.balanceDue.toString() } });
  }
  const receiptNumber = `${core.config.registerId}-${core.state.receiptSequence}`;
  const completed = reduceSale(sale, { type: "complete", receiptNumber, at: core.clock.now() });
  // Store the pricing the customer paid, not a re-pricing at the completion time.
  const priced = before;
  await core.config.ports.saleStore.save({ sale: completed, priced });
  core.state.receiptSequence += 1;
  core.state.sale = undefined;
  core.events.emit("saleCompleted", { sale: completed, priced });
  const originalSaleIds = [...new Set(completed.lines.flatMap((line) => line.returnOf?.saleId ?? []))];
  if (originalSaleIds.length > 0)
    core.events.emit("returnCompleted", { sale: completed, priced, originalSaleIds });
  return { sale: completed, priced };
}

/** @internal Splits the sale in progress into checks. */
export function split(core: TillCore, plan: SplitPlan): SplitCheck[] {
  const sale = requireSale(core);
  return splitSale(sale, priceOf(core, sale), plan);
}
