import { beforeAll, describe, expect, it } from "vitest";
import {
  commissionStatementCsv,
  customerLedger,
  customerLedgerCsv,
  heatmapCsv,
  hourOfWeekHeatmap,
  lineReportCsv,
  parseCsv,
  partnerCommissions,
  partnerPerformanceCsv,
  promotionReport,
  promotionReportCsv,
  readSaleFacts,
  type SaleFacts,
  salesByDay,
  salesByLine,
  salesRowsCsv,
  taxReport,
  taxReportCsv,
  writeCsv,
} from "../../../src/reports";
import { journalOf, WORKED } from "./report-fixtures";

let facts: SaleFacts;
beforeAll(async () => {
  facts = await readSaleFacts((await journalOf(WORKED)).entries, { currency: "EUR" });
});

describe("report CSV", () => {
  // Each row: the CSV, the column read back, and the typed value it must equal.
  it.each([
    [
      "sales by day: net of the first day",
      () => salesRowsCsv(salesByDay(facts).rows, "day"),
      1,
      "net",
      () => salesByDay(facts).rows[0]?.net.toString(),
    ],
    [
      "by category: revenue of the total row",
      () => lineReportCsv(salesByLine(facts, "category"), "category"),
      5,
      "revenue",
      () => salesByLine(facts, "category").total.revenue.toString(),
    ],
    ["tax: total tax", () => taxReportCsv(taxReport(facts)), 3, "tax", () => taxReport(facts).tax.toString()],
    [
      "customer ledger: amount of the first item",
      () => customerLedgerCsv(customerLedger(facts)),
      1,
      "amount",
      () => customerLedger(facts)[0]?.purchases[0]?.items[0]?.amount.toString(),
    ],
    [
      "partners: net commission",
      () =>
        partnerPerformanceCsv(
          partnerCommissions(facts, { partners: [{ partnerId: "P1", defaultPercent: "5" }] }),
        ),
      1,
      "net_commission",
      () =>
        partnerCommissions(facts, {
          partners: [{ partnerId: "P1", defaultPercent: "5" }],
        })[0]?.netCommission.toString(),
    ],
    [
      "promotions: cost",
      () => promotionReportCsv(promotionReport(facts)),
      1,
      "cost",
      () => promotionReport(facts)[0]?.cost.toString(),
    ],
    [
      "heatmap: net of Monday 10:00 Berlin",
      () => heatmapCsv(hourOfWeekHeatmap(facts, { timeZone: "Europe/Berlin" })),
      11,
      "net",
      () => hourOfWeekHeatmap(facts, { timeZone: "Europe/Berlin" })[10]?.net.toString(),
    ],
    [
      "commission statement: commission of the return (second receipt of P1)",
      () =>
        commissionStatementCsv(
          partnerCommissions(facts, { partners: [{ partnerId: "P1", defaultPercent: "5" }], period: "day" }),
        ),
      2,
      "commission",
      () =>
        partnerCommissions(facts, {
          partners: [{ partnerId: "P1", defaultPercent: "5" }],
          period: "day",
        })[1]?.lines[0]?.commission.toString(),
    ],
  ])("%s reads back", (_title, rows, rowIndex, column, expected) => {
    const parsed = parseCsv(writeCsv(rows()));
    const header = parsed[0] ?? [];
    expect(parsed[rowIndex]?.[header.indexOf(column)]).toBe(expected());
  });
});
