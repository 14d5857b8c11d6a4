import { TillError } from "../errors/till-error";
import type { JournalDraft, JournalEntry } from "../journal/journal-entry";
import { Money } from "../money/money";
import { emptyTally, type ReportTally, tallyEntry } from "./report-tally";
import { draftFor, type SessionContext } from "./session-commands";
import { saleSummaryPayloadSchema } from "./session-payloads";

/**
 * An X or Z report as data. Period figures cover the entries since the last Z; grand totals cover the
 * register's whole journal and never reset.
 *
 * @public
 */
export interface RegisterReport {
  readonly kind: "x" | "z";
  readonly registerId: string;
  readonly currency: string;
  /** Z only: 1, 2, 3, ... per register. */
  readonly zNumber?: number;
  /** First and last journal seq of the period (0 and 0 for an empty period). */
  readonly fromSeq: number;
  readonly toSeq: number;
  readonly sales: { readonly count: number; readonly total: Money };
  readonly returns: { readonly count: number; readonly total: Money };
  readonly postVoids: { readonly count: number; readonly total: Money };
  readonly voidedSales: number;
  readonly discounts: Money;
  readonly taxes: readonly { jurisdiction: string; rate: string; base: Money; tax: Money }[];
  readonly tenders: readonly { kind: string; amount: Money; count: number }[];
  readonly change: Money;
  readonly cashRounding: Money;
  readonly receipts: { readonly count: number; readonly first?: number; readonly last?: number };
  readonly drawerOpenings: number;
  readonly training: { readonly count: number; readonly total: Money };
  readonly cashMovements: {
    readonly paidIn: Money;
    readonly paidOut: Money;
    readonly drops: Money;
    readonly pickups: Money;
  };
  readonly employees: readonly {
    employeeId: string;
    salesCount: number;
    salesTotal: Money;
    returnsTotal: Money;
  }[];
  readonly grandTotals: { readonly sales: Money; readonly returns: Money; readonly net: Money };
}

function grandTotals(
  entries: readonly JournalEntry[],
  money: (minor: bigint) => Money,
): RegisterReport["grandTotals"] {
  let sales = 0n;
  let returns = 0n;
  for (const entry of entries) {
    if (entry.type === "sale.completed") sales += saleSummaryPayloadSchema.parse(entry.payload).total.minor;
    if (entry.type === "return.completed" || entry.type === "sale.postVoided") {
      returns += saleSummaryPayloadSchema.parse(entry.payload).total.minor;
    }
  }
  return { sales: money(sales), returns: money(returns), net: money(sales + returns) };
}

function shape(tally: ReportTally, money: (minor: bigint) => Money) {
  const byKey = <T>(rows: [string, T][]) => rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    sales: { count: tally.counts.sales, total: money(tally.sums.sales) },
    returns: { count: tally.counts.returns, total: money(tally.sums.returns) },
    postVoids: { count: tally.counts.postVoids, total: money(tally.sums.postVoids) },
    voidedSales: tally.counts.voided,
    discounts: money(tally.sums.discounts),
    taxes: byKey([...tally.taxes]).map(([, row]) => ({ ...row, base: money(row.base), tax: money(row.tax) })),
    tenders: byKey([...tally.tenders]).map(([kind, row]) => ({
      kind,
      amount: money(row.amount),
      count: row.count,
    })),
    change: money(tally.sums.change),
    cashRounding: money(tally.sums.cashRounding),
    receipts: {
      count: tally.counts.receipts,
      ...(tally.firstReceipt === undefined ? {} : { first: tally.firstReceipt }),
      ...(tally.lastReceipt === undefined ? {} : { last: tally.lastReceipt }),
    },
    drawerOpenings: tally.counts.drawerOpenings,
    training: { count: tally.counts.training, total: money(tally.sums.training) },
    cashMovements: {
      paidIn: money(tally.sums.paidIn),
      paidOut: money(tally.sums.paidOut),
      drops: money(tally.sums.drops),
      pickups: money(tally.sums.pickups),
    },
    employees: byKey([...tally.employees]).map(([employeeId, row]) => ({
      employeeId,
      salesCount: row.salesCount,
      salesTotal: money(row.sales),
      returnsTotal: money(row.returns),
    })),
  };
}

/**
 * Computes an X or Z report as a pure projection of a register's journal. X reads the period since the
 * last Z and resets nothing; Z reads the same period and gets the next Z number — journaling it (see
 * {@link reportDraft}) is what closes the period.
 *
 * @param entries - the register's entries in sequence order
 * @param options - kind ("x" or "z"), register and home currency
 * @returns the report
 * @throws TillError INVALID_INPUT when an entry's payload does not match its schema
 * @public
 */
export function computeRegisterReport(
  entries: readonly JournalEntry[],
  options: { readonly kind: "x" | "z"; readonly registerId: string; readonly currency: string },
): RegisterReport {
  const { kind, registerId, currency } = options;
  let lastZ = -1;
  entries.forEach((entry, index) => {
    if (entry.type === "report.z") lastZ = index;
  });
  const period = entries.slice(lastZ + 1).filter((entry) => entry.type !== "report.x");
  const tally = emptyTally();
  try {
    for (const entry of period) tallyEntry(tally, entry);
  } catch (cause) {
    throw new TillError("INVALID_INPUT", { message: "A journal payload does not match its schema", cause });
  }
  const money = (minor: bigint) => new Money(minor, currency);
  const zNumber = entries.filter((entry) => entry.type === "report.z").length + 1;
  return {
    kind,
    registerId,
    currency,
    ...(kind === "z" ? { zNumber } : {}),
    fromSeq: period[0]?.seq ?? 0,
    toSeq: period.at(-1)?.seq ?? 0,
    ...shape(tally, money),
    grandTotals: grandTotals(entries, money),
  };
}

/**
 * The `report.x` or `report.z` draft carrying a computed report.
 *
 * @param report - the report
 * @param context - register, clock, ids
 * @returns the draft to journal
 * @public
 */
export function reportDraft(report: RegisterReport, context: SessionContext): JournalDraft {
  return draftFor(context, report.kind === "z" ? "report.z" : "report.x", report);
}
