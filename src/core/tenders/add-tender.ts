import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { balanceTenders } from "./balance-tenders";
import { isCountedTender } from "./tender";
import { tenderFromInput } from "./tender-from-input";
import { type TenderInput, tenderInputSchema } from "./tender-input";
import type { TenderPolicy } from "./tender-policy";
import type { TenderState } from "./tender-state";

function overpaid(details: Record<string, string>): TillError {
  return new TillError("OVERPAYMENT_NOT_ALLOWED", { path: ["tender", "amount"], details });
}

/**
 * Adds a tender to a sale. Cash kinds may exceed what is left and give change; other kinds may not make
 * the non-over-tenderable tenders together exceed what is to pay. Nothing may be tendered once nothing
 * is left to pay.
 *
 * @param state - the sale's tender state
 * @param input - the tender as entered
 * @param policy - the validated tender policy
 * @returns the new state (the input state is untouched)
 * @throws TillError INVALID_INPUT (also for a repeated tender id or an amount ≤ 0), MONEY_PRECISION,
 *   UNKNOWN_CURRENCY, CURRENCY_MISMATCH, TENDER_NOT_ALLOWED, OVERPAYMENT_NOT_ALLOWED, CARD_DATA_REJECTED
 * @public
 */
export function addTender(state: TenderState, input: TenderInput, policy: TenderPolicy): TenderState {
  const tender = tenderFromInput(parseWith(tenderInputSchema, input, ["tender"]), policy);
  if (tender.amount.minor <= 0n) {
    throw new TillError("INVALID_INPUT", {
      message: "A tender must be positive",
      path: ["tender", "amount"],
    });
  }
  if (state.tenders.some((existing) => existing.tenderId === tender.tenderId)) {
    throw new TillError("INVALID_INPUT", {
      message: "The tender id is already used",
      path: ["tender", "tenderId"],
    });
  }
  const before = balanceTenders(state.due, state.tenders, policy);
  if (before.remaining.minor === 0n && before.cashDue.minor === 0n) throw overpaid({ remaining: "0" });
  const tenders = [...state.tenders, tender];
  // Judge the bound as if every pending tender is approved in full: approving a card moves the cash part,
  // and with it the cash rounding (0.01 due in SK cash is 0.05, but 0.00 once a card pays 0.01).
  const projected = tenders.map((item) =>
    item.status === "pending" ? { ...item, status: "approved" as const } : item,
  );
  const after = balanceTenders(state.due, projected, policy);
  const bounded = projected.filter(isCountedTender);
  const nonOverTenderable = bounded
    .filter((item) => !policy.overTenderableKinds.includes(item.kind))
    .reduce((total, item) => total + item.amount.minor, 0n);
  if (nonOverTenderable > after.toPay.minor) {
    throw overpaid({ toPay: after.toPay.toString(), kind: tender.kind });
  }
  return { ...state, tenders };
}
