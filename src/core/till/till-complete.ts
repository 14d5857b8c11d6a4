import { completionDraft, saleSummaryFromPriced } from "../cash-session/sale-summary";
import type { CommitRecord, StockDelta } from "../commit/commit-port";
import { appendEntries } from "../journal/append-entry";
import { toJournalJson } from "../journal/canonical-json";
import type { JournalDraft, JournalEntry } from "../journal/journal-entry";
import { Money } from "../money/money";
import type { PricedSale } from "../pipeline/priced-sale";
import { Quantity } from "../quantity/quantity";
import { reduceSale } from "../sale/apply-sale-action";
import type { Sale } from "../sale/sale";
import type { SaleLoyalty } from "../sale/sale-records";
import { settleTenders, type TenderSettlement } from "../tenders/settle-tenders";
import { storedValueRedemptions } from "../tenders/stored-value-port";
import { redeemCoupons, refundSettlement } from "./till-completion-parts";
import { priceOf, requireSale, type TillCore } from "./till-core";
import type { TillSnapshot } from "./till-events";
import { returnLedgerEntries, saleLedgerEntries } from "./till-loyalty";
import { refundToOriginalTenders } from "./till-refund";
import { tenderStateOf } from "./till-tender-operations";

/** @internal The parts of a commit record besides the sale, journal and head. */
export const NO_LEDGER_DELTAS = {
  outbox: [],
  stockDeltas: [],
  loyaltyEntries: [],
  storedValueEntries: [],
  couponRedemptions: [],
} as const;

/**
 * A refund with no tender entered is paid out in cash: the summary carries it as a negative cash tender so
 * the drawer's expected cash and the tender totals move.
 */
function withRefundPayout(settlement: TenderSettlement, priced: PricedSale): TenderSettlement {
  if (priced.total.minor >= 0n || settlement.tenders.length > 0) return settlement;
  const payout = {
    tenderId: "refund-cash",
    kind: "cash" as const,
    status: "approved" as const,
    amount: priced.total,
  };
  return { ...settlement, tenders: [payout] };
}

function stockDeltasOf(sale: Sale): StockDelta[] {
  if (sale.isTraining) return [];
  return sale.lines
    .filter((line) => line.voided === undefined)
    .map((line) => ({
      sku: line.sku,
      delta: new Quantity(-line.quantity.millionths, line.quantity.unit),
      saleId: sale.saleId,
      lineId: line.lineId,
    }));
}

/** @internal Chains drafts on the journal head and writes them with the rest in one commit. */
export async function commitFacts(
  core: TillCore,
  drafts: readonly JournalDraft[],
  parts: Omit<CommitRecord, "journalEntries" | "expectedJournalHead" | "registerId">,
): Promise<{ record: CommitRecord; entries: readonly JournalEntry[] }> {
  const { registerId, ports } = core.config;
  const head = await core.ledger.journalStore.head(registerId);
  const signer = ports.signer === undefined ? {} : { signer: ports.signer };
  const { entries } = await appendEntries(head, drafts, signer);
  const outbox = entries.map((entry) => ({ eventId: entry.eventId, registerId, entry }));
  const record = { ...parts, registerId, journalEntries: entries, expectedJournalHead: head, outbox };
  const stored = await core.ledger.commits.commit(record);
  return { record: stored, entries: stored.journalEntries };
}

function finish(core: TillCore, completed: Sale, priced: PricedSale): TillSnapshot {
  core.state.sale = undefined;
  core.events.emit("saleCompleted", { sale: completed, priced });
  const originalSaleIds = [...new Set(completed.lines.flatMap((line) => line.returnOf?.saleId ?? []))];
  if (originalSaleIds.length > 0)
    core.events.emit("returnCompleted", { sale: completed, priced, originalSaleIds });
  return { sale: completed, priced };
}

/**
 * Pays a return back to the original sales' tenders when it refers to sales this store knows; otherwise
 * settles as entered.
 */
async function settle(core: TillCore, sale: Sale) {
  const priced = priceOf(core, sale);
  const refund = await refundToOriginalTenders(core, sale, priced);
  if (refund === undefined) {
    const state = tenderStateOf(sale, priced);
    const settlement = withRefundPayout(settleTenders(state, core.ledger.tenderPolicy), priced);
    return { sale, priced, settlement };
  }
  const repriced = priceOf(core, refund.sale);
  const settlement = refundSettlement(
    refund.sale,
    repriced,
    refund.cashRoundingDifference,
    core.ledger.tenderPolicy,
  );
  return { sale: refund.sale, priced: repriced, settlement };
}

/** The loyalty entries of a completed sale: earn and redeem on its own lines, reverse and restore on returns. */
async function loyaltyEntriesOf(core: TillCore, sale: Sale, loyalty: SaleLoyalty | undefined, at: string) {
  if (sale.isTraining) return [];
  const own = loyalty === undefined ? [] : saleLedgerEntries(sale.saleId, loyalty, at);
  return [...own, ...(await returnLedgerEntries(core, sale, at))];
}

/**
 * @internal Completes the paid sale in one atomic commit: a return is paid back to the original tenders
 * (refund limits ask for approval first), the tenders are settled (NOT_FULLY_PAID, PAYMENT_UNKNOWN before
 * any write), coupons are redeemed (COUPON_REJECTED before any write), the completion is journaled (the
 * receipt number is the journal's), and sale, journal entry, outbox, stock, stored-value and loyalty
 * ledger entries and coupon redemptions are written together. A failed commit leaves the sale in
 * progress; a retry after a commit that did land returns the stored result.
 */
export async function complete(core: TillCore): Promise<TillSnapshot> {
  const current = requireSale(core);
  const commitId = `sale:${current.saleId}`;
  const stored = await core.ledger.commits.find(commitId);
  if (stored?.sale !== undefined && stored.priced !== undefined)
    return finish(core, stored.sale, stored.priced);
  // Store the pricing the customer paid, not a re-pricing at the completion time.
  const { sale, priced, settlement } = await settle(core, current);
  const state = tenderStateOf(sale, priced);
  const couponCodes = await redeemCoupons(core, sale);
  const session = await core.ledger.session.state();
  const sessionId = session.status === "open" ? session.sessionId : undefined;
  const summary = saleSummaryFromPriced(
    sale,
    priced,
    settlement,
    sessionId,
    core.config.snapshotVersions?.(),
  );
  const at = core.clock.now();
  const draft = completionDraft(core.config.registerId, summary, {
    timestamp: at,
    isTraining: sale.isTraining,
  });
  const head = await core.ledger.journalStore.head(core.config.registerId);
  const { entries } = await appendEntries(head, [draft]);
  const receipt = entries[0]?.receiptNumber;
  const receiptNumber =
    receipt === undefined
      ? `${core.config.registerId}-T${head.seq + 1}`
      : `${core.config.registerId}-${receipt}`;
  const rounding = settlement.cashRounding;
  const loyalty = sale.isTraining ? undefined : core.config.loyalty?.(sale, priced);
  const completed = reduceSale(sale, {
    type: "complete",
    receiptNumber,
    at,
    ...(rounding === undefined ? {} : { cashRounding: rounding }),
    ...(loyalty === undefined ? {} : { loyalty }),
  });
  // The settlement is the truth about change: it applied the cash-rounding policy to the cash part.
  const settled: PricedSale = {
    ...priced,
    change: settlement.change,
    balanceDue: new Money(0n, priced.currency),
  };
  await commitFacts(core, [draft], {
    ...NO_LEDGER_DELTAS,
    commitId,
    sale: completed,
    priced: settled,
    stockDeltas: stockDeltasOf(completed),
    storedValueEntries: sale.isTraining ? [] : storedValueRedemptions(state),
    loyaltyEntries: await loyaltyEntriesOf(core, sale, loyalty, at),
    couponRedemptions: couponCodes.map((code) => ({ code, saleId: sale.saleId })),
  });
  return finish(core, completed, settled);
}

/** @internal The journal payload of a voided sale in progress. */
export function voidPayload(sale: Sale): unknown {
  return toJournalJson({ saleId: sale.saleId, employeeId: sale.cashierId, voided: sale.voided ?? null });
}
