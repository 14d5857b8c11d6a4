/**
 * Reports: projecting 100,000 journalled sales (1,000,000 lines, with line detail) into the daily report
 * set — facts (payload validation, exact Money), by day, by hour, heatmap, by employee / register / store,
 * by category, by item and the tax report — against a plain loop that only sums the receipt totals, in
 * the same run. The entries are built once outside the measured functions and carry placeholder hashes:
 * the chain check (`readSaleFacts`) is SHA-256 work measured elsewhere, so both sides use
 * `projectSaleFacts`, which trusts verified entries.
 */
import type { JournalEntry } from "../../src/core/journal";
import { parseMoney } from "../../src/core/money";
import { dailyReportSet, projectSaleFacts } from "../../src/reports";
import type { BenchGroup } from "../harness";

const SALES = 100_000;
const LINES_PER_SALE = 10;
const HASH = "0".repeat(64);
const START = Date.UTC(2026, 10, 2, 7);

const money = (minor: number) => ({ amount: (minor / 100).toFixed(2), currency: "EUR" });

/** 200 distinct lines, shared by reference so a million lines fit in memory; each sale picks ten. */
function linePool() {
  return Array.from({ length: 200 }, (_, index) => {
    const price = 99 + ((index * 733) % 4900);
    const quantity = 1 + (index % 3);
    const gross = price * quantity;
    const discount = index % 7 === 0 ? Math.floor(gross / 10) : 0;
    const net = gross - discount;
    return {
      line: {
        lineId: `l${index}`,
        sku: `SKU-${index}`,
        quantity: String(quantity),
        unitPrice: money(price),
        gross: money(gross),
        net: money(net),
        includedTax: money(0),
        taxCategory: index % 2 === 0 ? "standard" : "reduced",
        category: `cat-${index % 12}`,
        ...(index % 3 === 0 ? {} : { unitCost: money(Math.floor(price / 2)) }),
        adjustments:
          discount === 0 ? [] : [{ kind: "promotion", id: `promo-${index % 5}`, amount: money(discount) }],
      },
      net,
      rate: index % 2 === 0 ? 19 : 7,
    };
  });
}

function makeEntries(): JournalEntry[] {
  const pool = linePool();
  return Array.from({ length: SALES }, (_, index): JournalEntry => {
    const picked = Array.from(
      { length: LINES_PER_SALE },
      (_, at) => pool[(index * 7 + at * 13) % pool.length],
    );
    const taxes = [19, 7].map((rate) => {
      const base = picked.reduce((sum, item) => sum + (item?.rate === rate ? item.net : 0), 0);
      return {
        jurisdiction: "DE",
        rate: `0.${String(rate).padStart(2, "0")}`,
        base: money(base),
        tax: money(Math.floor((base * rate) / 100)),
      };
    });
    const net = picked.reduce((sum, item) => sum + (item?.net ?? 0), 0);
    const total = net + taxes.reduce((sum, row) => sum + Number(row.tax.amount.replace(".", "")), 0);
    return {
      registerId: `R${index % 8}`,
      eventId: `sale:${index}`,
      type: "sale.completed",
      timestamp: new Date(START + index * 36_000).toISOString(),
      seq: index + 1,
      receiptNumber: index + 1,
      prevHash: HASH,
      hash: HASH,
      payload: {
        saleId: `S${index}`,
        employeeId: `E${index % 20}`,
        sessionId: `SES-${index % 8}`,
        storeId: `ST-${index % 2}`,
        total: money(total),
        discountTotal: money(0),
        taxes,
        tenders: [{ kind: "card", amount: money(total) }],
        change: money(0),
        cashRounding: money(0),
        lines: picked.map((item) => item?.line ?? null),
      },
    };
  });
}

/** The naive side: one pass reading each receipt's total. */
function sumTotals(entries: readonly JournalEntry[]): bigint {
  let total = 0n;
  for (const entry of entries) {
    const payload = entry.payload as { total: { amount: string } };
    total += parseMoney(payload.total.amount, "EUR").minor;
  }
  return total;
}

export function benchGroups(): BenchGroup[] {
  const entries = makeEntries();
  return [
    {
      title: "Reports",
      cases: [
        {
          name: "daily report set from 100,000 sales (1,000,000 lines)",
          run: () =>
            dailyReportSet(projectSaleFacts(entries, { currency: "EUR" }), { timeZone: "Europe/Berlin" }),
          baseline: { name: "plain loop summing receipt totals", run: () => sumTotals(entries) },
          unitsPerRun: { count: SALES, label: "sales" },
        },
      ],
    },
  ];
}
