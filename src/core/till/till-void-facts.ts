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
 * and stores the voided sale with it.
 * @throws TillError SALE_NOT_FOUND when the completion was never journaled
 */
export async function commitPostVoid(
  core: TillCore,
  voided: Sale,
  priced: PricedSale | undefined,
): Promise<void> {
  const original = await core.ledger.journalStore.findByEventId(`sale:${voided.saleId}`);
  if (original === undefined)
    throw new TillError("SALE_NOT_FOUND", { message: "The completion is not in the journal" });
  const summary = negated(parseWith(saleSummaryPayloadSchema, original.payload, ["payload"]));
  const draft: JournalDraft = {
    ...completionDraft(core.config.registerId, summary, { timestamp: core.clock.now(), isTraining: false }),
    eventId: `postvoid:${voided.saleId}`,
    type: "sale.postVoided",
  };
  await commitFacts(core, [draft], {
    ...NO_LEDGER_DELTAS,
    commitId: draft.eventId,
    sale: voided,
    ...(priced === undefined ? {} : { priced }),
  });
}
