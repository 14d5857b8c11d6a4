import { completionDraft } from "../cash-session/sale-summary";
import { negateSaleSummaryLines } from "../cash-session/sale-summary-lines";
import { type SaleSummaryPayload, saleSummaryPayloadSchema } from "../cash-session/session-payloads";
import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { toJournalJson } from "../journal/canonical-json";
import type { JournalDraft } from "../journal/journal-entry";
import { negate } from "../money/negate";
import type { PricedSale } from "../pipeline/priced-sale";
import type { Sale } from "../sale/sale";
import { postVoidLedgers } from "./post-void-ledgers";
import { commitFacts, NO_LEDGER_DELTAS } from "./till-complete";
import type { TillCore } from "./till-core";

function negated(summary: SaleSummaryPayload): SaleSummaryPayload {
  return {
    ...summary,
    total: negate(summary.total),
    discountTotal: negate(summary.discountTotal),
    taxes: summary.taxes.map((row) => ({ ...row, base: negate(row.base), tax: negate(row.tax) })),
    tenders: summary.tenders.map((row) => ({
      ...row,
      amount: negate(row.amount),
      ...(row.foreignAmount === undefined ? {} : { foreignAmount: negate(row.foreignAmount) }),
    })),
    change: negate(summary.change),
    cashRounding: negate(summary.cashRounding),
    ...(summary.lines === undefined ? {} : { lines: negateSaleSummaryLines(summary.lines) }),
  };
}

/** @internal Journals and stores a sale voided before completion, in one commit. */
export async function commitVoid(core: TillCore, voided: Sale): Promise<void> {
  const draft: JournalDraft = {
    registerId: core.config.registerId,
    eventId: `void:${voided.saleId}`,
    type: "sale.voided",
    timestamp: core.clock.now(),
    payload: toJournalJson({
      saleId: voided.saleId,
      employeeId: voided.cashierId,
      voided: voided.voided ?? null,
    }),
  };
  await commitFacts(core, [draft], { ...NO_LEDGER_DELTAS, commitId: draft.eventId, sale: voided });
}

/**
 * @internal Journals a post-void as the exact reverse of the completion entry (a receipt of its own),
 * stores the voided sale with it, mirrors the completion's stock, loyalty and stored-value bookings in
 * the same commit, and then releases its coupon codes for use again.
 * @throws TillError SALE_NOT_FOUND when the completion was never journaled; RETURN_NOT_ALLOWED when
 *   goods of the sale were already returned (the remaining units are refunded by a return instead)
 */
export async function commitPostVoid(
  core: TillCore,
  voided: Sale,
  priced: PricedSale | undefined,
): Promise<void> {
  const original = await core.ledger.journalStore.findByEventId(`sale:${voided.saleId}`);
  if (original === undefined)
    throw new TillError("SALE_NOT_FOUND", { message: "The completion is not in the journal" });
  if ((await core.config.ports.saleStore.findReturnsOf(voided.saleId)).length > 0)
    throw new TillError("RETURN_NOT_ALLOWED", {
      message: "Goods of this sale were returned; refund the rest with a return instead of a post-void",
      details: { saleId: voided.saleId },
    });
  const completion = await core.ledger.commits.find(`sale:${voided.saleId}`);
  const summary = negated(parseWith(saleSummaryPayloadSchema, original.payload, ["payload"]));
  const at = core.clock.now();
  const draft: JournalDraft = {
    ...completionDraft(core.config.registerId, summary, { timestamp: at, isTraining: false }),
    eventId: `postvoid:${voided.saleId}`,
    type: "sale.postVoided",
  };
  await commitFacts(core, [draft], {
    ...NO_LEDGER_DELTAS,
    ...(completion === undefined ? {} : postVoidLedgers(completion, at)),
    commitId: draft.eventId,
    sale: voided,
    ...(priced === undefined ? {} : { priced }),
  });
  const coupons = core.config.ports.coupons;
  if (coupons !== undefined)
    for (const redemption of completion?.couponRedemptions ?? [])
      await coupons.release(redemption.code, voided.saleId);
}
