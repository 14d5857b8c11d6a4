import { z } from "zod";
import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { parseMoney } from "../money/create-money";
import { cardDetailsSchema } from "../payments/card-details";
import type { PaymentFlow } from "../payments/create-payment-flow";
import type { Payment } from "../payments/payment";
import { reduceSale } from "../sale/apply-sale-action";
import type { SaleTender } from "../sale/sale-records";
import { idSchema } from "../sale/value-schemas";
import { applyPaymentResult } from "../tenders/update-tender";
import { commit, priceOf, requestApproval, requireOperator, requireSale, type TillCore } from "./till-core";
import type { TillSnapshot } from "./till-events";
import { tenderStateOf } from "./till-tender-operations";

/**
 * zod schema for an operator's decision on an `unknown` card payment at the till: the intent, what the
 * operator found (approved or declined, e.g. on the terminal's own printout), why, and the card details
 * the printout shows. A manager approves every such decision.
 *
 * @public
 */
export const resolvePaymentByOperatorInputSchema = /* @__PURE__ */ z.object({
  intentId: idSchema,
  outcome: z.enum(["approved", "declined"]),
  reason: z.string().trim().min(1).max(200),
  card: cardDetailsSchema.optional(),
});

/**
 * Input of `till.resolvePaymentByOperator`.
 *
 * @public
 */
export type ResolvePaymentByOperatorInput = z.input<typeof resolvePaymentByOperatorInputSchema>;

function requireFlow(core: TillCore): PaymentFlow {
  const payments = core.ledger.payments;
  if (payments === undefined) throw new TillError("TENDER_NOT_ALLOWED", { details: { kind: "card" } });
  return payments;
}

function cardTenderOf(core: TillCore, intentId: string): SaleTender {
  const tender = requireSale(core).tenders.find((candidate) => candidate.reference === intentId);
  if (tender === undefined || tender.kind !== "card")
    throw new TillError("TENDER_NOT_FOUND", { path: ["intentId"], details: { intentId } });
  return tender;
}

/** Puts a payment's new state on its tender of the sale in progress and reports the result. */
function applyToSale(core: TillCore, tenderId: string, payment: Payment): TillSnapshot {
  const sale = requireSale(core);
  const state = applyPaymentResult(tenderStateOf(sale, priceOf(core, sale)), tenderId, payment);
  const tender = state.tenders.find((candidate) => candidate.tenderId === tenderId);
  if (tender === undefined) throw new TillError("TENDER_NOT_FOUND", { path: ["tenderId"] });
  const next = reduceSale(sale, { type: "updateTender", tender: { ...tender, at: core.clock.now() } });
  const snapshot = commit(core, next);
  const result = next.tenders.find((candidate) => candidate.tenderId === tenderId) as SaleTender;
  core.events.emit("tenderResult", { ...snapshot, tender: result });
  return snapshot;
}

/**
 * @internal Captures a pre-authorised card payment (the approved amount plus any tip), on the sale in
 * progress or after completion; journaled as `payment.captured`.
 */
export async function capturePayment(core: TillCore, intentId: string): Promise<Payment> {
  const id = parseWith(idSchema, intentId, ["intentId"]);
  return requireFlow(core).capture(id);
}

/**
 * @internal Sets the tip of an approved, not yet captured card payment (a home-currency decimal string,
 * ≥ 0); journaled as `payment.tipAdjusted`.
 */
export async function adjustTip(core: TillCore, intentId: string, tip: string): Promise<Payment> {
  const id = parseWith(idSchema, intentId, ["intentId"]);
  const amount = parseMoney(tip, core.config.currency, { path: ["tip"] });
  return requireFlow(core).adjustTip(id, amount);
}

/**
 * @internal Voids an approved card payment of the sale in progress before completion: the terminal
 * voids it, `payment.voided` is journaled, and the tender leaves the sale, so the amount is due again.
 */
export async function voidPayment(core: TillCore, intentId: string): Promise<TillSnapshot> {
  const id = parseWith(idSchema, intentId, ["intentId"]);
  const flow = requireFlow(core);
  const tender = cardTenderOf(core, id);
  if (tender.status !== "approved") {
    throw new TillError("PAYMENT_INVALID_STATE", {
      path: ["intentId"],
      details: { intentId: id, status: tender.status },
    });
  }
  await flow.void(id);
  const at = core.clock.now();
  // The reducer never removes an approved tender: it is first marked no longer counted, then removed.
  const released = reduceSale(requireSale(core), {
    type: "setTenderStatus",
    tenderId: tender.tenderId,
    status: "declined",
    at,
  });
  return commit(core, reduceSale(released, { type: "removeTender", tenderId: tender.tenderId, at }));
}

/**
 * @internal Settles an `unknown` card payment by the operator's decision when the terminal cannot answer
 * a status query. A manager approves (the approval is journaled); the decision, the approval id and the
 * reason are journaled as `payment.resolved` by "operator".
 */
export async function resolvePaymentByOperator(
  core: TillCore,
  input: ResolvePaymentByOperatorInput,
): Promise<TillSnapshot> {
  const valid = parseWith(resolvePaymentByOperatorInputSchema, input);
  const flow = requireFlow(core);
  const tender = cardTenderOf(core, valid.intentId);
  if (tender.status !== "unknown") {
    throw new TillError("PAYMENT_INVALID_STATE", {
      path: ["intentId"],
      details: { intentId: valid.intentId, status: tender.status },
    });
  }
  const details = { intentId: valid.intentId, outcome: valid.outcome, reason: valid.reason };
  const subject = `payment:${valid.intentId}`;
  const { sale } = await requestApproval(core, requireSale(core), "payment.resolve", subject, details);
  const approvalId = sale.approvals.at(-1)?.approvalId ?? "";
  const payment = await flow.resolveByOperator(valid.intentId, {
    outcome: valid.outcome,
    operatorId: requireOperator(core).employeeId,
    approvalId,
    reason: valid.reason,
    ...(valid.card === undefined ? {} : { card: valid.card }),
  });
  core.state.sale = sale;
  return applyToSale(core, tender.tenderId, payment);
}
