import { toJournalJson } from "../journal/canonical-json";
import type { JournalDraft } from "../journal/journal-entry";
import { zeroMoney } from "../money/create-money";
import { Money } from "../money/money";
import type { PricedSale } from "../pipeline/priced-sale";
import type { TenderSettlement } from "../tenders/settle-tenders";
import { type SaleSummarySource, saleSummaryLines } from "./sale-summary-lines";
import type { SaleSummaryPayloadJson } from "./session-payloads";

function taxesByJurisdictionAndRate(priced: PricedSale): SaleSummaryPayloadJson["taxes"] {
  const rows = new Map<string, { jurisdiction: string; rate: string; base: bigint; tax: bigint }>();
  for (const line of priced.lines) {
    for (const tax of line.taxes) {
      const key = `${tax.jurisdiction}|${tax.rate}`;
      const row = rows.get(key) ?? { jurisdiction: tax.jurisdiction, rate: tax.rate, base: 0n, tax: 0n };
      row.base += tax.base.minor;
      row.tax += tax.amount.minor;
      rows.set(key, row);
    }
  }
  const money = (minor: bigint) => new Money(minor, priced.currency);
  return [...rows.values()].map((row) => ({ ...row, base: money(row.base), tax: money(row.tax) }));
}

/**
 * The journal payload of a completed sale (see `saleSummaryPayloadSchema`): totals and taxes from the
 * PricedSale the customer paid, tenders, change and the cash-rounding line from the tender settlement,
 * and — when the sale's store, customer, lines and loyalty are given — the detail reports project by item,
 * department, partner and customer. A return's amounts come out negative because its PricedSale's are.
 *
 * @param sale - the sale (id and cashier; store, customer, lines and loyalty when known)
 * @param priced - its PricedSale
 * @param settlement - from `settleTenders`
 * @param sessionId - the open register session, if any
 * @param snapshotVersions - the catalog, price, tax and promotion snapshot versions in use, so the
 *   receipt can be recomputed against exactly those rules later
 * @returns the payload in JSON form
 * @public
 */
export function saleSummaryFromPriced(
  sale: SaleSummarySource,
  priced: PricedSale,
  settlement: TenderSettlement,
  sessionId?: string,
  snapshotVersions?: Readonly<Record<string, number>>,
): SaleSummaryPayloadJson {
  const tenders = settlement.tenders.map((tender) => ({
    kind: tender.kind,
    amount: tender.amount,
    ...(tender.foreignAmount === undefined ? {} : { foreignAmount: tender.foreignAmount }),
    ...(tender.rate === undefined ? {} : { rate: tender.rate }),
    ...(tender.rateTableId === undefined ? {} : { rateTableId: tender.rateTableId }),
    ...(tender.reference === undefined ? {} : { reference: tender.reference }),
  }));
  return {
    saleId: sale.saleId,
    employeeId: sale.cashierId,
    ...(sessionId === undefined ? {} : { sessionId }),
    total: priced.total,
    discountTotal: priced.discountTotal,
    taxes: taxesByJurisdictionAndRate(priced),
    tenders,
    change: settlement.change,
    cashRounding: settlement.cashRounding?.difference ?? zeroMoney(priced.currency),
    ...saleSummaryDetail(sale),
    ...(sale.lines === undefined ? {} : { lines: saleSummaryLines(priced, sale.lines) }),
    ...(snapshotVersions === undefined ? {} : { snapshotVersions: { ...snapshotVersions } }),
  };
}

function pointsOf(rows: readonly { readonly points: number }[]): string {
  return rows.reduce((total, row) => total + BigInt(row.points), 0n).toString();
}

function saleSummaryDetail(sale: SaleSummarySource): Partial<SaleSummaryPayloadJson> {
  return {
    ...(sale.storeId === undefined ? {} : { storeId: sale.storeId }),
    ...(sale.customer === undefined ? {} : { customerId: sale.customer.customerId }),
    ...(sale.loyalty === undefined
      ? {}
      : { pointsEarned: pointsOf(sale.loyalty.earned), pointsRedeemed: pointsOf(sale.loyalty.redeemed) }),
  };
}

/**
 * The journal draft that completes a sale: `training.receipt` for a training sale, `return.completed`
 * when the total is negative, else `sale.completed`. Use the sale id as the event id so a retried
 * completion journals once.
 *
 * @param registerId - the register
 * @param summary - from {@link saleSummaryFromPriced}
 * @param options - the timestamp, and whether the sale is a training sale
 * @returns the draft
 * @public
 */
export function completionDraft(
  registerId: string,
  summary: SaleSummaryPayloadJson,
  options: { readonly timestamp: string; readonly isTraining: boolean },
): JournalDraft {
  const total =
    summary.total instanceof Money ? summary.total.minor : summary.total.amount.startsWith("-") ? -1n : 1n;
  const type = options.isTraining ? "training.receipt" : total < 0n ? "return.completed" : "sale.completed";
  return {
    registerId,
    eventId: `sale:${summary.saleId}`,
    type,
    timestamp: options.timestamp,
    payload: toJournalJson(summary),
  };
}
