import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  completionDraft,
  type SaleSummarySource,
  saleSummaryFromPriced,
} from "../../../src/core/cash-session";
import { appendEntries, genesisHead, type JournalEntry } from "../../../src/core/journal";
import { moneyFromMinor, zeroMoney } from "../../../src/core/money";
import type { TenderSettlement } from "../../../src/core/tenders";
import {
  partnerCommissions,
  promotionReport,
  readSaleFacts,
  salesByDay,
  salesByLine,
} from "../../../src/reports";
import { items, priceSpec, type SaleSpec, specsArbitrary } from "../analytics/report-fixtures";

/**
 * Journals specs the way the till does now: the core's completion entry with its own `lines` (department,
 * category and partner per line from the sale), no report detail merged in. `withLines: false` writes
 * entries as they were before lines were journaled.
 */
async function coreJournal(
  specs: readonly SaleSpec[],
  options: { withLines: boolean; partnerOfLine?: (lineId: string) => string | undefined },
): Promise<JournalEntry[]> {
  const drafts = specs.map((spec) => {
    const priced = priceSpec(spec);
    const lines = priced.lines.map((line) => {
      const partnerId = options.partnerOfLine?.(line.lineId);
      return {
        lineId: line.lineId,
        department: items[line.sku]?.department,
        category: items[line.sku]?.category,
        ...(partnerId === undefined ? {} : { partnerId }),
      };
    });
    const source = {
      saleId: spec.saleId,
      cashierId: spec.employeeId ?? "E1",
      ...(options.withLines ? { lines } : {}),
    } as unknown as SaleSummarySource;
    const settlement = {
      tenders: [{ kind: "cash", amount: priced.total }],
      change: zeroMoney("EUR"),
    } as unknown as TenderSettlement;
    const summary = saleSummaryFromPriced(source, priced, settlement, "SES-1");
    return completionDraft("R1", summary, { timestamp: spec.at, isTraining: false });
  });
  return (await appendEntries(genesisHead("R1"), drafts)).entries;
}

/** Net sales without tax from the receipt-level report (the test tax stage adds tax on top). */
function netExTax(facts: Awaited<ReturnType<typeof readSaleFacts>>): string {
  const { net, tax } = salesByDay(facts).total;
  return moneyFromMinor(net.minor - tax.minor, net.currency).toString();
}

const SALE: SaleSpec = {
  saleId: "A",
  at: "2026-11-23T09:15:00.000Z",
  lines: [
    ["COFFEE", "2"],
    ["MILK", "1"],
  ],
  discountPercent: "10",
};

describe("projections read the lines the core journals on sale.completed", () => {
  it("salesByLine, promotionReport and partner commissions use the core's lines", async () => {
    const entries = await coreJournal([SALE], {
      withLines: true,
      partnerOfLine: (lineId) => (lineId === "l1" ? "P9" : undefined),
    });
    const facts = await readSaleFacts(entries, { currency: "EUR" });
    const byDepartment = salesByLine(facts, "department");
    const promotions = promotionReport(facts);
    const commissions = partnerCommissions(facts, { partners: [{ partnerId: "P9", defaultPercent: "10" }] });
    const coffee = facts.sales[0]?.lines.find((line) => line.sku === "COFFEE");
    expect({
      hasLines: facts.sales[0]?.hasLines,
      partnerOfCoffee: coffee?.partnerId,
      departments: byDepartment.rows.map((row) => row.key),
      revenue: byDepartment.total.revenue.toString(),
      withoutLines: byDepartment.receiptsWithoutLines,
      promotions: promotions.map((row) => [row.id, row.redemptions]),
      commission: commissions.map((row) => [row.partnerId, row.sales.toString(), row.commission.toString()]),
    }).toEqual({
      hasLines: true,
      partnerOfCoffee: "P9",
      departments: ["grocery"],
      revenue: netExTax(facts),
      withoutLines: 0,
      promotions: [["D-10", 1]],
      // COFFEE 2 × 12.99 = 25.98 less 10 % (2.60) = 23.38 net; 10 % of it is 2.338 → 2.34.
      commission: [["P9", "23.38", "2.34"]],
    });
  });

  it("entries without lines degrade visibly: receipt reports stay whole, line reports say what they miss", async () => {
    const entries = await coreJournal([SALE, { ...SALE, saleId: "B" }], { withLines: false });
    const facts = await readSaleFacts(entries, { currency: "EUR" });
    const byItem = salesByLine(facts, "item");
    expect({
      hasLines: facts.sales.map((fact) => fact.hasLines),
      receipts: salesByDay(facts).total.receipts,
      rows: byItem.rows.length,
      withoutLines: byItem.receiptsWithoutLines,
      promotions: promotionReport(facts).length,
    }).toEqual({ hasLines: [false, false], receipts: 2, rows: 0, withoutLines: 2, promotions: 0 });
  });

  it("with the core's lines, item revenue ties to the receipts' net sales for generated journals (property)", async () => {
    await fc.assert(
      fc.asyncProperty(specsArbitrary, async (specs) => {
        const facts = await readSaleFacts(await coreJournal(specs, { withLines: true }), { currency: "EUR" });
        const byItem = salesByLine(facts, "item");
        expect([byItem.total.revenue.minor, byItem.receiptsWithoutLines]).toEqual([
          salesByDay(facts).total.net.minor - salesByDay(facts).total.tax.minor,
          0,
        ]);
      }),
      { numRuns: 60 },
    );
  });
});
