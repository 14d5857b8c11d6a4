import { z } from "zod";
import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { moneyInputSchema } from "../payments/money-input";
import type { PricedSale } from "../pipeline/priced-sale";
import { reduceSale } from "../sale/apply-sale-action";
import type { Sale } from "../sale/sale";
import type { SaleTender } from "../sale/sale-records";
import { addTender as addToState } from "../tenders/add-tender";
import { checkStoredValueTender } from "../tenders/stored-value-port";
import type { Tender } from "../tenders/tender";
import { tenderInputSchema } from "../tenders/tender-input";
import type { TenderState } from "../tenders/tender-state";
import { applyPaymentResult, removeTender as removeFromState } from "../tenders/update-tender";
import { commit, priceOf, requireSale, type TillCore } from "./till-core";
import type { TillSnapshot } from "./till-events";

/** An amount as a decimal string in the home currency, or `{ amount, currency }` (foreign cash). */
const amountSchema = /* @__PURE__ */ z.union([z.string().min(1), moneyInputSchema]);

/**
 * zod schema for a tender at the till: the tenders module's input without `tenderId` (the till gives
 * it), with the amount as a home-currency decimal string or a money object.
 *
 * @public
 */
export const addTenderInputSchema = /* @__PURE__ */ z
  .object({ kind: z.string().min(1), amount: amountSchema.optional() })
  .passthrough();

/**
 * Input of `till.addTender`, e.g. `{ kind: "cash", amount: "10.00" }`, `{ kind: "card", amount: "40.02" }`,
 * `{ kind: "gift-card", amount: "5.00", accountId: "GC-1" }`, `{ kind: "foreign-cash", amount: { amount:
 * "50.00", currency: "USD" } }`, `{ kind: "loyalty-points", points: "500", accountId: "C-1" }`.
 *
 * @public
 */
export type AddTenderInput = z.input<typeof addTenderInputSchema>;

/** @internal The tender state of the sale in progress, as the tenders module sees it. */
export function tenderStateOf(sale: Sale, priced: PricedSale): TenderState {
  const tenders = sale.tenders.map(({ at: _at, ...tender }): Tender => tender);
  return { saleId: sale.saleId, due: priced.total, lineCount: priced.lines.length, tenders };
}

function stamped(tender: Tender, at: string): SaleTender {
  return { ...tender, at };
}

function updated(core: TillCore, sale: Sale, state: TenderState, tenderId: string): Sale {
  const tender = state.tenders.find((candidate) => candidate.tenderId === tenderId);
  if (tender === undefined) throw new TillError("TENDER_NOT_FOUND", { path: ["tenderId"] });
  return reduceSale(sale, { type: "updateTender", tender: stamped(tender, core.clock.now()) });
}

async function settle(core: TillCore, sale: Sale, state: TenderState, tender: Tender): Promise<Sale> {
  const payments = core.ledger.payments;
  if (tender.kind === "card") {
    if (payments === undefined) throw new TillError("TENDER_NOT_ALLOWED", { details: { kind: "card" } });
    const payment = await payments.authorize({ saleId: sale.saleId, amount: tender.amount });
    return updated(core, sale, applyPaymentResult(state, tender.tenderId, payment), tender.tenderId);
  }
  if (tender.kind === "gift-card" || tender.kind === "store-credit") {
    const port = core.config.ports.storedValue;
    if (port === undefined) throw new TillError("TENDER_NOT_ALLOWED", { details: { kind: tender.kind } });
    return updated(core, sale, await checkStoredValueTender(state, tender.tenderId, port), tender.tenderId);
  }
  return sale;
}

/**
 * @internal Adds a tender: cash and vouchers count at once; a card goes through the payment flow (intent
 * journaled first, watchdog, `unknown` on silence); gift cards and store credit are checked against the
 * stored-value port. A failure before the answer leaves the sale as it was.
 */
export async function addTender(core: TillCore, input: AddTenderInput): Promise<TillSnapshot> {
  const valid = parseWith(addTenderInputSchema, input);
  const sale = requireSale(core);
  const amount =
    typeof valid.amount === "string" ? { amount: valid.amount, currency: sale.currency } : valid.amount;
  const tenderId = core.ids.next("tender");
  const entered = parseWith(
    tenderInputSchema,
    { ...valid, tenderId, ...(amount === undefined ? {} : { amount }) },
    [],
  );
  const state = addToState(tenderStateOf(sale, priceOf(core, sale)), entered, core.ledger.tenderPolicy);
  const tender = state.tenders.at(-1) as Tender;
  const started = reduceSale(sale, { type: "addTender", tender: stamped(tender, core.clock.now()) });
  core.events.emit("tenderStarted", { sale: started, tender: stamped(tender, started.updatedAt) });
  const next = await settle(core, started, state, tender);
  const snapshot = commit(core, next);
  const result = next.tenders.find((candidate) => candidate.tenderId === tenderId) as SaleTender;
  core.events.emit("tenderResult", { ...snapshot, tender: result });
  return snapshot;
}

/** @internal Removes a tender that is not approved (TENDER_NOT_ALLOWED / PAYMENT_UNKNOWN otherwise). */
export async function removeTender(core: TillCore, tenderId: string): Promise<TillSnapshot> {
  const sale = requireSale(core);
  removeFromState(tenderStateOf(sale, priceOf(core, sale)), tenderId);
  return commit(core, reduceSale(sale, { type: "removeTender", tenderId, at: core.clock.now() }));
}

/** @internal Resolves an `unknown` card payment by the terminal's status query (journaled). */
export async function resolvePayment(core: TillCore, intentId: string): Promise<TillSnapshot> {
  const sale = requireSale(core);
  const payments = core.ledger.payments;
  if (payments === undefined) throw new TillError("TENDER_NOT_ALLOWED", { details: { kind: "card" } });
  const tender = sale.tenders.find((candidate) => candidate.reference === intentId);
  if (tender === undefined) throw new TillError("TENDER_NOT_FOUND", { path: ["intentId"] });
  const payment = await payments.resolveByStatusQuery(intentId);
  const state = applyPaymentResult(tenderStateOf(sale, priceOf(core, sale)), tender.tenderId, payment);
  const next = updated(core, sale, state, tender.tenderId);
  const snapshot = commit(core, next);
  const result = next.tenders.find((candidate) => candidate.tenderId === tender.tenderId) as SaleTender;
  core.events.emit("tenderResult", { ...snapshot, tender: result });
  return snapshot;
}
