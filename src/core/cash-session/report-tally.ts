import type { JournalEntry } from "../journal/journal-entry";
import {
  cashMovementPayloadSchema,
  type SaleSummaryPayload,
  saleSummaryPayloadSchema,
} from "./session-payloads";

/**
 * Running sums of a report period in minor units (bigint) before they become Money.
 *
 * @internal
 */
export interface ReportTally {
  counts: Record<
    "sales" | "returns" | "postVoids" | "voided" | "drawerOpenings" | "training" | "receipts",
    number
  >;
  sums: Record<
    | "sales"
    | "returns"
    | "postVoids"
    | "discounts"
    | "change"
    | "cashRounding"
    | "training"
    | "paidIn"
    | "paidOut"
    | "drops"
    | "pickups",
    bigint
  >;
  taxes: Map<string, { jurisdiction: string; rate: string; base: bigint; tax: bigint }>;
  tenders: Map<string, { amount: bigint; count: number }>;
  employees: Map<string, { salesCount: number; sales: bigint; returns: bigint }>;
  firstReceipt?: number;
  lastReceipt?: number;
}

/**
 * An empty tally.
 *
 * @internal
 */
export function emptyTally(): ReportTally {
  return {
    counts: { sales: 0, returns: 0, postVoids: 0, voided: 0, drawerOpenings: 0, training: 0, receipts: 0 },
    sums: {
      sales: 0n,
      returns: 0n,
      postVoids: 0n,
      discounts: 0n,
      change: 0n,
      cashRounding: 0n,
      training: 0n,
      paidIn: 0n,
      paidOut: 0n,
      drops: 0n,
      pickups: 0n,
    },
    taxes: new Map(),
    tenders: new Map(),
    employees: new Map(),
  };
}

function tallySale(
  tally: ReportTally,
  sale: SaleSummaryPayload,
  bucket: "sales" | "returns" | "postVoids",
): void {
  tally.counts[bucket] += 1;
  tally.sums[bucket] += sale.total.minor;
  tally.sums.discounts += sale.discountTotal.minor;
  tally.sums.change += sale.change.minor;
  tally.sums.cashRounding += sale.cashRounding.minor;
  for (const tax of sale.taxes) {
    const key = `${tax.jurisdiction}|${tax.rate}`;
    const row = tally.taxes.get(key) ?? { jurisdiction: tax.jurisdiction, rate: tax.rate, base: 0n, tax: 0n };
    row.base += tax.base.minor;
    row.tax += tax.tax.minor;
    tally.taxes.set(key, row);
  }
  for (const tender of sale.tenders) {
    const row = tally.tenders.get(tender.kind) ?? { amount: 0n, count: 0 };
    row.amount += tender.amount.minor;
    row.count += 1;
    tally.tenders.set(tender.kind, row);
  }
  const employee = tally.employees.get(sale.employeeId) ?? { salesCount: 0, sales: 0n, returns: 0n };
  if (bucket === "sales") {
    employee.salesCount += 1;
    employee.sales += sale.total.minor;
  } else employee.returns += sale.total.minor;
  tally.employees.set(sale.employeeId, employee);
}

const MOVEMENTS = {
  "cash.paidIn": "paidIn",
  "cash.paidOut": "paidOut",
  "cash.drop": "drops",
  "cash.pickup": "pickups",
} as const;
const SALE_BUCKETS = {
  "sale.completed": "sales",
  "return.completed": "returns",
  "sale.postVoided": "postVoids",
} as const;

/**
 * Adds one journal entry to a tally (mutates the tally, which the caller owns).
 *
 * @param tally - the running sums
 * @param entry - a journal entry of the period
 * @internal
 */
export function tallyEntry(tally: ReportTally, entry: JournalEntry): void {
  if (entry.receiptNumber !== undefined) {
    tally.counts.receipts += 1;
    tally.firstReceipt ??= entry.receiptNumber;
    tally.lastReceipt = entry.receiptNumber;
  }
  if (entry.type in SALE_BUCKETS) {
    tallySale(
      tally,
      saleSummaryPayloadSchema.parse(entry.payload),
      SALE_BUCKETS[entry.type as keyof typeof SALE_BUCKETS],
    );
  } else if (entry.type in MOVEMENTS) {
    tally.sums[MOVEMENTS[entry.type as keyof typeof MOVEMENTS]] += cashMovementPayloadSchema.parse(
      entry.payload,
    ).amount.minor;
  } else if (entry.type === "training.receipt") {
    tally.counts.training += 1;
    tally.sums.training += saleSummaryPayloadSchema.parse(entry.payload).total.minor;
  } else if (entry.type === "sale.voided") tally.counts.voided += 1;
  else if (entry.type === "drawer.opened") tally.counts.drawerOpenings += 1;
}
