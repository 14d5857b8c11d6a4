import type { Draft } from "immer";
import { TillError } from "../errors/till-error";
import { recordOf } from "./line-handlers";
import type { Sale } from "./sale";
import type { SaleActionOf } from "./sale-action";
import { assertSaleCurrency, assertStatus } from "./sale-guards";

/**
 * Parks an open sale; approved tenders would be stranded, so a sale with tenders cannot be parked.
 *
 * @internal
 */
export function suspend(draft: Draft<Sale>, action: SaleActionOf<"suspend">): void {
  assertStatus(draft, ["open"]);
  if (draft.tenders.some((tender) => tender.status === "approved" || tender.status === "pending")) {
    throw new TillError("SALE_NOT_OPEN", {
      message: "A sale with tenders cannot be suspended",
      path: ["tenders"],
    });
  }
  draft.status = "suspended";
  draft.suspendedAt = action.at;
}

/**
 * Resumes a parked sale.
 *
 * @internal
 */
export function resume(draft: Draft<Sale>): void {
  assertStatus(draft, ["suspended"]);
  draft.status = "open";
  delete draft.suspendedAt;
}

/**
 * Voids a sale before completion.
 *
 * @internal
 */
export function voidSale(draft: Draft<Sale>, action: SaleActionOf<"voidSale">): void {
  assertStatus(draft, ["open", "tendering", "suspended"]);
  draft.status = "voided";
  draft.voided = { ...recordOf(action), isPostVoid: false };
}

/**
 * Post-voids a completed sale: it stays stored, marked voided, and its journal entry is reversed.
 *
 * @internal
 */
export function postVoid(draft: Draft<Sale>, action: SaleActionOf<"postVoid">): void {
  assertStatus(draft, ["completed"]);
  draft.status = "voided";
  draft.voided = { ...recordOf(action), isPostVoid: true };
}

/**
 * Adds a tender; the sale moves to tendering.
 *
 * @internal
 */
export function addTender(draft: Draft<Sale>, action: SaleActionOf<"addTender">): void {
  assertStatus(draft, ["open", "tendering"]);
  assertSaleCurrency(draft, action.tender.amount, ["tender", "amount"]);
  if (draft.tenders.some((tender) => tender.tenderId === action.tender.tenderId)) {
    throw new TillError("INVALID_INPUT", { message: "Tender id is taken", path: ["tender", "tenderId"] });
  }
  draft.tenders.push(action.tender);
  draft.status = "tendering";
}

/**
 * Updates a tender's status (approved, declined, voided, unknown).
 *
 * @internal
 */
export function setTenderStatus(draft: Draft<Sale>, action: SaleActionOf<"setTenderStatus">): void {
  assertStatus(draft, ["tendering"]);
  const tender = draft.tenders.find((candidate) => candidate.tenderId === action.tenderId);
  if (tender === undefined) throw new TillError("TENDER_NOT_FOUND", { path: ["tenderId"] });
  tender.status = action.status;
}

/**
 * Completes a sale. The till checks the balance first; the reducer checks the state and the lines.
 *
 * @internal
 */
export function complete(draft: Draft<Sale>, action: SaleActionOf<"complete">): void {
  assertStatus(draft, ["open", "tendering"]);
  if (!draft.lines.some((line) => line.voided === undefined))
    throw new TillError("EMPTY_SALE", { path: ["lines"] });
  draft.status = "completed";
  draft.completedAt = action.at;
  draft.receiptNumber = action.receiptNumber;
  if (action.cashRounding !== undefined) draft.cashRounding = action.cashRounding;
  if (action.loyalty !== undefined) draft.loyalty = action.loyalty;
}

/**
 * Replaces a tender by id (a card approved for less, a stored-value balance check).
 *
 * @internal
 */
export function updateTender(draft: Draft<Sale>, action: SaleActionOf<"updateTender">): void {
  assertStatus(draft, ["tendering"]);
  assertSaleCurrency(draft, action.tender.amount, ["tender", "amount"]);
  const index = draft.tenders.findIndex((tender) => tender.tenderId === action.tender.tenderId);
  if (index < 0) throw new TillError("TENDER_NOT_FOUND", { path: ["tenderId"] });
  draft.tenders[index] = action.tender;
}

/**
 * Removes a tender that is not approved; with no tender left the sale is open again.
 *
 * @internal
 */
export function removeTender(draft: Draft<Sale>, action: SaleActionOf<"removeTender">): void {
  assertStatus(draft, ["tendering"]);
  const index = draft.tenders.findIndex((tender) => tender.tenderId === action.tenderId);
  if (index < 0) throw new TillError("TENDER_NOT_FOUND", { path: ["tenderId"] });
  if (draft.tenders[index]?.status === "approved")
    throw new TillError("TENDER_NOT_ALLOWED", { message: "An approved tender is voided, not removed" });
  draft.tenders.splice(index, 1);
  if (draft.tenders.length === 0) draft.status = "open";
}

/**
 * Adds a note (not on a final sale).
 *
 * @internal
 */
export function addNote(draft: Draft<Sale>, action: SaleActionOf<"addNote">): void {
  assertStatus(draft, ["open", "tendering", "suspended"]);
  draft.notes.push(action.note);
}

/**
 * Records an approval (also on a completed sale, for a post-void).
 *
 * @internal
 */
export function recordApproval(draft: Draft<Sale>, action: SaleActionOf<"recordApproval">): void {
  assertStatus(draft, ["open", "tendering", "suspended", "completed"]);
  draft.approvals.push(action.approval);
}
