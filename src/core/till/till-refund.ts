import { allocateMinor } from "../allocation/allocate-minor";
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
  planRefundAcross,
  type RefundLine,
  type RefundPlan,
  type RefundPlanInput,
  refundPlanInputSchema,
} from "../tenders/plan-refund";
import { refundableTenders } from "../tenders/refundable-tenders";
import { isCountedTender, type Tender } from "../tenders/tender";
import { requestApproval, type TillCore } from "./till-core";

/**
 * The original sales a refund goes back to, each weighted by the value of the goods returned against it:
 * the sales the return lines refer to, when the return nets to a refund and the cashier entered no tender
 * of their own (then the cashier's tenders are the refund, as before). Sales in order of first line.
 */
function originalShares(sale: Sale, priced: PricedSale): { saleId: string; returnedMinor: bigint }[] {
  if (priced.total.minor >= 0n || sale.tenders.some((tender) => tender.refundOf === undefined)) return [];
  const totals = new Map(priced.lines.map((line) => [line.lineId, line.total.minor]));
  const shares = new Map<string, bigint>();
  for (const line of sale.lines) {
    const saleId = line.returnOf?.saleId;
    if (saleId === undefined || line.voided !== undefined) continue;
    const returned = -(totals.get(line.lineId) ?? 0n);
    shares.set(saleId, (shares.get(saleId) ?? 0n) + (returned > 0n ? returned : 0n));
  }
  return [...shares].map(([saleId, returnedMinor]) => ({ saleId, returnedMinor }));
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
 * Refunds a return to the original sales' tenders, per `planRefundAcross`: card back to the card through
 * the payment terminal (a refund referenced to the original payment), gift card and store credit back to
 * their accounts (ledger entries at the commit), the rest in cash, rounded once by the cash-rounding
 * policy. A return against several receipts splits the refund over them by the value returned against
 * each (largest remainder), so every sale pays back at most what it took. A refund above a configured
 * limit (e.g. `refundLimits: { cash: "50.00" }`) asks the approval port first; a refusal throws
 * APPROVAL_REFUSED before anything is paid back. Each refund tender is kept on the sale as soon as it is
 * paid, so a retried completion never pays twice.
 *
 * @returns the sale with its refund tenders and the cash-rounding difference of the refund (toPay −
 *   total), or undefined when the refund is not to original sales this store knows (the cashier's tenders
 *   apply)
 * @throws TillError APPROVAL_REFUSED, REFUND_EXCEEDS_PAID, PAYMENT_INVALID_STATE (a card refund not
 *   approved), NOT_FOUND (the original card payment is unknown to this register)
 * @internal
 */
export async function refundToOriginalTenders(
  core: TillCore,
  sale: Sale,
  priced: PricedSale,
): Promise<{ sale: Sale; cashRoundingDifference: Money } | undefined> {
  const shares = originalShares(sale, priced);
  const totalReturned = shares.reduce((total, share) => total + share.returnedMinor, 0n);
  if (shares.length === 0 || totalReturned === 0n) return undefined;
  const originals = await loadOriginals(
    core,
    sale,
    shares.map((share) => share.saleId),
  );
  if (originals === undefined) return undefined;
  const currency = priced.currency;
  const paidHere = sale.tenders.reduce((total, tender) => total - tender.amount.minor, 0n);
  const left = -priced.total.minor - paidHere;
  if (left <= 0n) return { sale, cashRoundingDifference: zeroMoney(currency) };
  // The whole refund is split over the originals, less what this sale already paid back to each (a retry
  // after a declined card refund must not ask a fully paid-back original for more).
  const parts = allocateMinor(
    -priced.total.minor,
    shares.map((share) => share.returnedMinor),
  );
  const requests = originals.flatMap((original, index) => {
    const owed = (parts[index] as bigint) - paidBackHere(sale, original);
    if (owed <= 0n) return [];
    const shortfall = cashRoundingShortfall(core, { ...original, amount: moneyFromMinor(owed, currency) });
    return [{ ...original, amount: moneyFromMinor(owed - shortfall, currency), shortfall }];
  });
  const paying = requests.filter((request) => request.amount.minor > 0n);
  const plan = planRefundAcross(
    paying.map(({ shortfall: _shortfall, ...request }) => request),
    core.ledger.tenderPolicy,
  );
  const next = await payRefund(
    core,
    sale,
    plan,
    originals.flatMap((original) => original.alreadyRefunded),
  );
  const shortfall = requests.reduce((total, request) => total + request.shortfall, 0n);
  const difference = shortfall - plan.cashRoundingDifference.minor;
  return { sale: next, cashRoundingDifference: moneyFromMinor(difference, currency) };
}

/** What this sale's refund tenders already paid back to one original sale's tenders. */
function paidBackHere(sale: Sale, state: OriginalRefundState): bigint {
  const ids = new Set(state.original.tenders.map((tender) => tender.tenderId));
  return sale.tenders
    .filter((tender) => tender.refundOf !== undefined && ids.has(tender.refundOf))
    .reduce((total, tender) => total - tender.amount.minor, 0n);
}

interface OriginalRefundState {
  readonly original: { readonly tenders: Tender[]; readonly change: Money };
  readonly alreadyRefunded: { tenderId: string; amount: Money }[];
}

/** Each original sale's counted tenders and what was refunded against it so far; undefined if one is unknown. */
async function loadOriginals(
  core: TillCore,
  sale: Sale,
  saleIds: readonly string[],
): Promise<OriginalRefundState[] | undefined> {
  const store = core.config.ports.saleStore;
  const states: OriginalRefundState[] = [];
  for (const saleId of saleIds) {
    const record = await store.load(saleId);
    if (record === undefined) return undefined;
    const prior = (await store.findReturnsOf(saleId))
      .map((stored) => stored.sale)
      .filter((candidate) => candidate.saleId !== sale.saleId && candidate.status === "completed");
    const tenders = record.sale.tenders
      .map(({ at: _at, ...tender }): Tender => tender)
      .filter(isCountedTender);
    const change = record.priced?.change ?? zeroMoney(sale.currency);
    const alreadyRefunded = refundedSoFar([...prior, sale]).filter((entry) =>
      tenders.some((tender) => tender.tenderId === entry.tenderId),
    );
    states.push({ original: { tenders, change }, alreadyRefunded });
  }
  return states;
}

/** Asks for the approvals the plan needs, then pays each line back, keeping each tender as it is paid. */
async function payRefund(
  core: TillCore,
  sale: Sale,
  plan: RefundPlan,
  alreadyRefunded: readonly { tenderId: string; amount: Money }[],
): Promise<Sale> {
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
    const tender = await payBack(core, next, line, moneyFromMinor(before, sale.currency));
    next = reduceSale(next, { type: "addTender", tender });
    // Kept at once: a card refund that went through is never asked for again on a retry.
    core.state.sale = next;
  }
  return next;
}
