import { describe, expect, it } from "vitest";
import {
  completionDraft,
  computeRegisterReport,
  saleSummaryFromPriced,
} from "../../../src/core/cash-session";
import { createJournal, createMemoryJournalStore } from "../../../src/core/journal";
import type { PricedSale } from "../../../src/core/pipeline";
import { settleTenders } from "../../../src/core/tenders";
import { eur, skPolicy, tendered } from "../tenders/tender-fixtures";

const tax = (rate: string, base: string, amount: string) => ({
  taxId: `sk-${rate}`,
  name: "DPH",
  jurisdiction: "SK",
  rate,
  base: eur(base),
  amount: eur(amount),
  included: true,
});

/** Only the members the summary reads; the rest of a PricedSale does not reach the journal. */
function priced(sign: "" | "-"): PricedSale {
  const lines = [
    { lineId: "l1", taxes: [tax("0.23", `${sign}32.52`, `${sign}7.48`)], total: eur(`${sign}40.00`) },
    { lineId: "l2", taxes: [tax("0.10", `${sign}7.56`, `${sign}0.76`)], total: eur(`${sign}8.32`) },
  ];
  return {
    saleId: "S1",
    currency: "EUR",
    lines,
    total: eur(`${sign}48.32`),
    discountTotal: eur(`${sign}0.00`),
  } as unknown as PricedSale;
}

describe("saleSummaryFromPriced and completionDraft", () => {
  it.each([
    ["a sale", "", false, "sale.completed"],
    ["a return (negative total)", "-", false, "return.completed"],
    ["a training sale", "", true, "training.receipt"],
  ] as const)("journals %s as %s", (_title, sign, isTraining, type) => {
    const settlement = settleTenders(tendered("48.32", ["card:40.00", "cash:10.00"], skPolicy), skPolicy);
    const summary = saleSummaryFromPriced({ saleId: "S1", cashierId: "E1" }, priced(sign), settlement);
    const draft = completionDraft("R1", summary, { timestamp: "2026-11-23T09:00:00.000Z", isTraining });
    expect([draft.type, draft.eventId]).toEqual([type, "sale:S1"]);
  });

  it("an X report reads back the completed sale: totals, tax by rate, tenders, change, rounding", async () => {
    const settlement = settleTenders(tendered("48.32", ["card:40.00", "cash:10.00"], skPolicy), skPolicy);
    const summary = saleSummaryFromPriced(
      { saleId: "S1", cashierId: "E1" },
      priced(""),
      settlement,
      "session-1",
    );
    const journal = createJournal(createMemoryJournalStore());
    await journal.append([
      completionDraft("R1", summary, { timestamp: "2026-11-23T09:00:00.000Z", isTraining: false }),
    ]);
    const report = computeRegisterReport(await journal.read("R1"), {
      kind: "x",
      registerId: "R1",
      currency: "EUR",
    });
    expect({
      sales: report.sales.total.toString(),
      taxes: report.taxes.map((row) => `${row.rate} ${row.base} ${row.tax}`),
      tenders: report.tenders.map((row) => `${row.kind} ${row.amount}`),
      change: report.change.toString(),
      rounding: report.cashRounding.toString(),
      receipts: report.receipts,
    }).toEqual({
      sales: "48.32",
      taxes: ["0.10 7.56 0.76", "0.23 32.52 7.48"],
      tenders: ["card 40.00", "cash 10.00"],
      change: "1.70",
      rounding: "-0.02",
      receipts: { count: 1, first: 1, last: 1 },
    });
  });
});
