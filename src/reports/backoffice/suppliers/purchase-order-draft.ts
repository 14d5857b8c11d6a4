import { z } from "zod";
import { parseWith } from "../../../core/errors/from-zod";
import type { Money } from "../../../core/money/money";
import { sum } from "../../../core/money/sum";
import type { ReorderResult, ReorderSuggestion } from "./reorder-result";

/**
 * zod schema of the options of {@link draftPurchaseOrders}: how draft ids are made, `PO-` + supplier +
 * store + the reference (for example the date the drafts are made).
 *
 * @public
 */
export const purchaseOrderDraftOptionsSchema = /* @__PURE__ */ z.object({
  reference: z.string().min(1).max(64),
});

/**
 * Options of {@link draftPurchaseOrders}, see {@link purchaseOrderDraftOptionsSchema}.
 *
 * @public
 */
export type PurchaseOrderDraftOptions = z.input<typeof purchaseOrderDraftOptionsSchema>;

/**
 * One line of a purchase-order draft: whole packs, never below the supplier's minimum.
 *
 * @public
 */
export interface PurchaseOrderLine {
  readonly lineNumber: number;
  readonly sku: string;
  readonly supplierSku: string;
  readonly quantity: string;
  readonly packs: string;
  readonly packSize: string;
  readonly unitCost: Money;
  readonly lineTotal: Money;
}

/**
 * A purchase order ready for a buyer to confirm: one supplier, one store to deliver to.
 *
 * @public
 */
export interface PurchaseOrderDraft {
  readonly purchaseOrderId: string;
  readonly supplierId: string;
  readonly storeId: string;
  /** The longest lead time of its lines, in days. */
  readonly leadTimeDays: number;
  readonly lines: readonly PurchaseOrderLine[];
  readonly total: Money;
}

function lineOf(suggestion: ReorderSuggestion, index: number): PurchaseOrderLine {
  return {
    lineNumber: index + 1,
    sku: suggestion.sku,
    supplierSku: suggestion.supplierSku,
    quantity: suggestion.quantity,
    packs: suggestion.packs,
    packSize: suggestion.packSize,
    unitCost: suggestion.unitCost,
    lineTotal: suggestion.lineCost,
  };
}

/**
 * Turns reorder suggestions into purchase-order drafts: one per supplier and store, lines in SKU order,
 * the total the exact sum of the line totals.
 *
 * @param result - the result of `suggestReorders`
 * @param options - the reference that makes the draft ids unique
 * @returns drafts sorted by supplier, then store
 * @throws TillError INVALID_INPUT for bad options
 * @example
 * ```ts
 * const drafts = draftPurchaseOrders(suggestReorders(input), { reference: "2026-11-23" });
 * ```
 * @public
 */
export function draftPurchaseOrders(
  result: ReorderResult,
  options: PurchaseOrderDraftOptions,
): PurchaseOrderDraft[] {
  const { reference } = parseWith(purchaseOrderDraftOptionsSchema, options, ["options"]);
  const drafts: PurchaseOrderDraft[] = [];
  for (const { supplierId, suggestions } of result.suppliers) {
    const stores = [...new Set(suggestions.map((suggestion) => suggestion.storeId))].sort();
    for (const storeId of stores) {
      const lines = suggestions.filter((suggestion) => suggestion.storeId === storeId);
      drafts.push({
        purchaseOrderId: `PO-${supplierId}-${storeId}-${reference}`,
        supplierId,
        storeId,
        leadTimeDays: Math.max(...lines.map((line) => line.leadTimeDays)),
        lines: lines.map(lineOf),
        total: sum(
          lines.map((line) => line.lineCost),
          result.currency,
        ),
      });
    }
  }
  return drafts;
}
