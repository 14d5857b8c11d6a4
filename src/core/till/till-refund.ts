import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { moneyFromMinor, parseMoney, zeroMoney } from "../money/create-money";
import type { Money } from "../money/money";
import { negate } from "../money/negate";
import { type Payment, paymentSchema } from "../payments/payment";
import type { PricedSale } from "../pipeline/priced-sale";
import { reduceSale } from "../sale/apply-sale-action";
import type { Sale } from "../sale/sale";
import type { SaleTender } from "../sale/sale-records";
import {
  planRefund,
  type RefundLine,
  type RefundPlanInput,
  refundPlanInputSchema,
} from "../tenders/plan-refund";
import { refundableTenders } from "../tenders/refundable-tenders";
import { isCountedTender, type Tender } from "../tenders/tender";
import { requestApproval, type TillCore } from "./till-core";

/**
 * The one original sale a refund goes back to: the sale the return lines refer to, when it is a single
 * sale, the return nets to a refund, and the cashier entered no tender of their own (then the cashier's
 * tenders are the refund, as before).
 */
function singleOriginal(sale: Sale, priced: PricedSale): string | undefined {
  if (priced.total.minor >= 0n || sale.tenders.some((tender) => tender.refundOf === undefined))
    return undefined;
  const ids = new Set(
    sale.lines.flatMap((line) => (line.voided === undefined ? (line.returnOf?.saleId ?? []) : [])),
  );
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** What earlier completed returns (and this sale so far) paid back per original tender. */
function refundedSoFar(sales: readonly Sale[]): { tenderId: string; amount: Money }[] {
  return sales.flatMap((sale) =>
    sale.tenders.flatMap((tender) =>
      tender.refundOf === undefined ? [] : [{ tenderId: tender.refundOf, amount: negate(tender.amount) }],
    ),
  );
}

/**
 * What the original tenders cannot pay back because cash was rounded: a 38.97 sale paid in cash under a
 * 0.05 rule took 38.95, so a full refund pays 38.95 and the 0.02 is the refund's cash-rounding line.
 * Only a shortfall below one rounding step (0.05) is rounding; anything more is REFUND_EXCEEDS_PAID.
 */
function cashRoundingShortfall(core: TillCore, request: RefundPlanInput & { amount: Money }): bigint {
  const rule = core.ledger.tenderPolicy.cashRounding;
  if (rule === undefined) return 0n;
  const rows = refundableTenders(parseWith(refundPlanInputSchema, request));
  const refundable = rows.reduce((total, row) => total + (row.minor > 0n ? row.minor : 0n), 0n);
  const shortfall = request.amount.minor - refundable;
  const step = parseMoney(rule.step, request.amount.currency).minor;
  return shortfall > 0n && shortfall < step ? shortfall : 0n;
}

/** The original card payment: from the payment flow, or (after a restart) from its journaled result. */
async function originalPayment(core: TillCore, intentId: string): Promise<Payment> {
  const known = core.ledger.payments?.get(intentId);
  if (known !== undefined) return known;
  const entries = await core.ledger.journal.read(core.config.registerId);
  for (const entry of [...entries].reverse()) {
    const parsed = paymentSchema.safeParse((entry.payload as { payment?: unknown } | null)?.payment);
    if (parsed.success && parsed.data.intentId === intentId) return parsed.data;
  }
  throw new TillError("NOT_FOUND", { path: ["reference"], details: { intentId } });
}

/** Pays one refund line back and returns its (negative) refund tender. */
async function payBack(core: TillCore, sale: Sale, line: RefundLine, prior: Money): Promise<SaleTender> {
  const base = { tenderId: core.ids.next("tender"), refundOf: line.originalTenderId, at: core.clock.now() };
  if (line.kind === "card") {
    const flow = core.ledger.payments;
    if (flow === undefined) throw new TillError("TENDER_NOT_ALLOWED", { details: { kind: "card" } });
    const original = await originalPayment(core, line.reference ?? "");
    const refund = await flow.refund({
      saleId: sale.saleId,
      original,
      amount: line.amount,
      alreadyRefunded: prior,
    });
    if (refund.status !== "approved") {
      throw new TillError("PAYMENT_INVALID_STATE", {
        message: `The card refund came back ${refund.status}`,
        details: { intentId: refund.intentId, status: refund.status },
      });
    }
    return {
      ...base,
      kind: "card",
      status: "approved",
      amount: negate(refund.approved),
      reference: refund.intentId,
    };
  }
  const reference = line.reference === undefined ? {} : { reference: line.reference };
  const status = line.kind === "gift-card" || line.kind === "store-credit" ? "approved" : "entered";
  return { ...base, kind: line.kind, status, amount: negate(line.amount), ...reference };
}

/**
 * Refunds a return to the original sale's tenders, per `planRefund`: card back to the card through the
 * payment terminal (a refund referenced to the original payment), gift card and store credit back to
 * their accounts (ledger entries at the commit), the rest in cash, rounded by the cash-rounding policy.
 * A refund above a configured limit (e.g. `refundLimits: { cash: "50.00" }`) asks the approval port
 * first; a refusal throws APPROVAL_REFUSED before anything is paid back. Each refund tender is kept on the
 * sale as soon as it is paid, so a retried completion never pays twice.
 *
 * @returns the sale with its refund tenders and the cash-rounding difference of the refund (toPay −
 *   total), or undefined when the refund is not to one original sale (the cashier's tenders apply)
 * @throws TillError APPROVAL_REFUSED, REFUND_EXCEEDS_PAID, PAYMENT_INVALID_STATE (a card refund not
 *   approved), NOT_FOUND (the original card payment is unknown to this register)
 * @internal
 */
export async function refundToOriginalTenders(
  core: TillCore,
  sale: Sale,
  priced: PricedSale,
): Promise<{ sale: Sale; cashRoundingDifference: Money } | undefined> {
  const originalId = singleOriginal(sale, priced);
  if (originalId === undefined) return undefined;
  const store = core.config.ports.saleStore;
  const record = await store.load(originalId);
  if (record === undefined) return undefined;
  const currency = priced.currency;
  const prior = (await store.findReturnsOf(originalId))
    .map((stored) => stored.sale)
    .filter((candidate) => candidate.saleId !== sale.saleId && candidate.status === "completed");
  const paidHere = sale.tenders.reduce((total, tender) => total - tender.amount.minor, 0n);
  const left = -priced.total.minor - paidHere;
  if (left <= 0n) return { sale, cashRoundingDifference: zeroMoney(currency) };
  const originalTenders = record.sale.tenders
    .map(({ at: _at, ...tender }): Tender => tender)
    .filter(isCountedTender);
  const alreadyRefunded = refundedSoFar([...prior, sale]);
  const original = { tenders: originalTenders, change: record.priced?.change ?? zeroMoney(currency) };
  const shortfall = cashRoundingShortfall(core, {
    original,
    alreadyRefunded,
    amount: moneyFromMinor(left, currency),
  });
  const amount = moneyFromMinor(left - shortfall, currency);
  const plan = planRefund({ original, alreadyRefunded, amount }, core.ledger.tenderPolicy);
  let next = sale;
  for (const required of plan.approvalsRequired) {
    const details = {
      rule: required.permission,
      amount: required.amount.toString(),
      limit: required.limit.toString(),
    };
    next = (await requestApproval(core, next, "refund.above-limit", `refund:${required.kind}`, details)).sale;
  }
  for (const line of plan.lines) {
    const before = alreadyRefunded
      .filter((entry) => entry.tenderId === line.originalTenderId)
      .reduce((total, entry) => total + entry.amount.minor, 0n);
    const tender = await payBack(core, next, line, moneyFromMinor(before, currency));
    next = reduceSale(next, { type: "addTender", tender });
    // Kept at once: a card refund that went through is never asked for again on a retry.
    core.state.sale = next;
  }
  const difference = shortfall - plan.cashRoundingDifference.minor;
  return { sale: next, cashRoundingDifference: moneyFromMinor(difference, currency) };
}
