import type { JournalEntry, Money } from "tillkit";
import { projectSaleFacts, type SaleFact, type SaleFacts } from "tillkit/reports";
import { CURRENCY } from "./catalog";

/** Midnight today in the browser's time zone, as the ISO instant the projection filters from. */
export function startOfToday(now: Date = new Date()): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
}

/**
 * Today's sale facts, projected from the register's journal: the journal is the record, and every report
 * is a pure function of it.
 *
 * @param entries - the register's journal
 * @returns today's facts
 */
export function todaysFacts(entries: readonly JournalEntry[]): SaleFacts {
  return projectSaleFacts(entries, { currency: CURRENCY, from: startOfToday() });
}

/** One completed sale as the recent-sales list shows it. */
export interface RecentSale {
  readonly receiptNumber: string;
  readonly saleId: string;
  readonly time: string;
  readonly total: Money;
  readonly tenders: string;
}

/**
 * The last completed sales, newest first.
 *
 * @param facts - sale facts
 * @param count - how many
 * @returns the list
 */
export function recentSales(facts: SaleFacts, count: number): RecentSale[] {
  return facts.sales
    .filter((fact) => fact.kind === "sale")
    .slice(-count)
    .reverse()
    .map((fact: SaleFact) => ({
      receiptNumber: String(fact.receiptNumber ?? fact.seq),
      saleId: fact.saleId,
      time: new Date(fact.time).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" }),
      total: fact.total,
      tenders: fact.tenders.map((tender) => `${tender.kind} ${tender.amount.toString()}`).join(" + "),
    }));
}
