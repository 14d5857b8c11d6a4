import { type Draft, Immer } from "immer";
import { parseWith } from "../errors/from-zod";
import * as discounts from "./discount-handlers";
import * as lifecycle from "./lifecycle-handlers";
import * as lineHandlers from "./line-handlers";
import type { Sale } from "./sale";
import { type SaleAction, type SaleActionInput, saleActionSchema } from "./sale-action";

// A private instance: the host's immer settings are never read or changed.
const immer = /* @__PURE__ */ new Immer({ autoFreeze: true });

type Handlers = {
  [T in SaleAction["type"]]: (draft: Draft<Sale>, action: Extract<SaleAction, { type: T }>) => void;
};

const HANDLERS: Handlers = {
  addLine: lineHandlers.addLine,
  changeQuantity: lineHandlers.changeQuantity,
  voidLine: lineHandlers.voidLine,
  overridePrice: lineHandlers.overridePrice,
  addManualDiscount: discounts.addManualDiscount,
  removeManualDiscount: discounts.removeManualDiscount,
  attachCustomer: discounts.attachCustomer,
  detachCustomer: discounts.detachCustomer,
  addCouponCode: discounts.addCouponCode,
  removeCouponCode: discounts.removeCouponCode,
  addNote: lifecycle.addNote,
  recordApproval: lifecycle.recordApproval,
  suspend: lifecycle.suspend,
  resume: lifecycle.resume,
  voidSale: lifecycle.voidSale,
  postVoid: lifecycle.postVoid,
  addTender: lifecycle.addTender,
  setTenderStatus: lifecycle.setTenderStatus,
  updateTender: lifecycle.updateTender,
  removeTender: lifecycle.removeTender,
  complete: lifecycle.complete,
};

function timestampOf(action: SaleAction): string {
  if ("at" in action) return action.at;
  if (action.type === "addNote") return action.note.at;
  if (action.type === "addTender" || action.type === "updateTender") return action.tender.at;
  return action.approval.at;
}

/**
 * The sale reducer kernel: applies a valid action. Use {@link applySaleAction} for untrusted input.
 *
 * @param sale - the current sale (never mutated)
 * @param action - a parsed action
 * @returns the new sale; on error nothing changes and the TillError propagates
 * @throws TillError from the operation's checks
 * @internal
 */
export function reduceSale(sale: Sale, action: SaleAction): Sale {
  const handler = HANDLERS[action.type] as (draft: Draft<Sale>, action: SaleAction) => void;
  return immer.produce(sale, (draft) => {
    handler(draft, action);
    draft.updatedAt = timestampOf(action);
  });
}

/**
 * Applies one change to a sale through an immer reducer: validates the action, checks the operation
 * against the sale (state, line, quantity, discount size) and returns a new frozen Sale. A failed action
 * throws and the sale is left exactly as it was.
 *
 * @param sale - the current sale
 * @param action - the change (JSON or values), see {@link saleActionSchema}
 * @returns the new Sale
 * @throws TillError INVALID_INPUT (shape), SALE_NOT_OPEN, SALE_ALREADY_COMPLETED, SALE_VOIDED, UNKNOWN_LINE,
 *   INVALID_QUANTITY, QUANTITY_PRECISION, UNIT_MISMATCH, INVALID_DISCOUNT, CURRENCY_MISMATCH, EMPTY_SALE,
 *   RETURN_NOT_ALLOWED, TENDER_NOT_FOUND, NOT_FOUND
 * @example
 * ```ts
 * const next = applySaleAction(sale, { type: "voidLine", lineId: "line-1", by: "emp-1", at: now });
 * ```
 * @public
 */
export function applySaleAction(sale: Sale, action: SaleActionInput): Sale {
  return reduceSale(sale, parseWith(saleActionSchema, action, ["action"]));
}
