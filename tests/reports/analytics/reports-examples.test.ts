import { beforeAll, describe, expect, it } from "vitest";
import {
  customerLedger,
  hourOfWeekHeatmap,
  movers,
  partnerCommissions,
  promotionReport,
  readSaleFacts,
  type SaleFacts,
  salesBy,
  salesByDay,
  salesByHour,
  salesByLine,
  sellThrough,
  taxReport,
} from "../../../src/reports";
import { journalOf, WORKED } from "./report-fixtures";

let facts: SaleFacts;
beforeAll(async () => {
  facts = await readSaleFacts((await journalOf(WORKED)).entries, { currency: "EUR" });
});

const BERLIN = { timeZone: "Europe/Berlin" };
const rowsOf = (report: { rows: readonly { key: string; net: { toString(): string } }[] }) =>
  report.rows.map((row) => `${row.key} ${row.net}`);

describe("receipt-level reports on the worked example (A 36.44 and B 4.40 on Monday, return C −14.29 on Tuesday)", () => {
  it.each([
    ["by day, Berlin", () => rowsOf(salesByDay(facts, BERLIN)), ["2026-11-23 40.84", "2026-11-24 -14.29"]],
    [
      "by hour, Berlin (UTC+1)",
      () => rowsOf(salesByHour(facts, BERLIN)),
      ["2026-11-23 10 36.44", "2026-11-23 16 4.40", "2026-11-24 09 -14.29"],
    ],
    [
      "by day, Tokyo (UTC+9) moves B to the next day",
      () => rowsOf(salesByDay(facts, { timeZone: "Asia/Tokyo" })),
      ["2026-11-23 36.44", "2026-11-24 -9.89"],
    ],
    ["by employee", () => rowsOf(salesBy(facts, "employee")), ["E1 22.15", "E2 4.40"]],
    ["by register", () => rowsOf(salesBy(facts, "register")), ["R1 26.55"]],
    ["by store", () => rowsOf(salesBy(facts, "store")), ["S1 26.55"]],
  ])("%s", (_title, run, expected) => {
    expect(run()).toEqual(expected);
  });

  it.each([
    ["Monday 10:00", 1, 10, 1, "36.44"],
    ["Monday 16:00", 1, 16, 1, "4.40"],
    ["Tuesday 09:00 (a return: no receipt counted)", 2, 9, 0, "-14.29"],
    ["Sunday 23:00 (empty)", 7, 23, 0, "0.00"],
  ])("heatmap cell %s", (_title, weekday, hour, receipts, net) => {
    const cells = hourOfWeekHeatmap(facts, BERLIN);
    const cell = cells.find((candidate) => candidate.weekday === weekday && candidate.hour === hour);
    expect([cells.length, cell?.receipts, cell?.net.toString()]).toEqual([168, receipts, net]);
  });
});

describe("line-level reports", () => {
  it.each([
    // coffee: 2 sold − 1 returned at 12.99, cost 6.00 each; bread: 3.50 − 10 % = 3.15 and no cost known.
    ["bakery", "1", "3.15", "0.35", "0.00", "0.00"],
    ["coffee", "1", "12.99", "0.00", "6.00", "6.99"],
    ["dairy", "1", "7.49", "0.00", "4.00", "3.49"],
    ["stationery", "1", "0.99", "0.00", "0.30", "0.69"],
  ])(
    "category %s: units %s, revenue %s, discounts %s, cost %s, margin %s",
    (key, units, revenue, discounts, cost, margin) => {
      const row = salesByLine(facts, "category").rows.find((candidate) => candidate.key === key);
      expect([
        row?.units,
        row?.revenue.toString(),
        row?.discounts.toString(),
        row?.cost.toString(),
        row?.margin.toString(),
      ]).toEqual([units, revenue, discounts, cost, margin]);
    },
  );

  it.each([
    ["fast", ["BREAD", "COFFEE"]],
    ["slow", ["BREAD", "COFFEE"]],
  ] as const)("%s movers (all at one unit: ties go by SKU)", (direction, expected) => {
    expect(movers(salesByLine(facts, "item"), direction, 2).map((row) => row.key)).toEqual(expected);
  });

  it.each([
    ["COFFEE", "4", "1", "25.00"],
    ["MILK", "3", "1", "33.33"],
    ["PEN", "1", "1", "100.00"],
  ])("sell-through of %s with %s received", (sku, received, sold, percent) => {
    const rows = sellThrough(salesByLine(facts, "item"), { [sku]: received });
    expect(rows).toEqual([{ sku, sold, received, percent }]);
  });
});

describe("tax, customers, partners, promotions", () => {
  it.each([
    ["TEST", "0.05", "10.64", "0.53", 2],
    ["TEST", "0.1", "13.98", "1.40", 3],
  ])("tax %s at %s: base %s, tax %s over %i receipts", (jurisdiction, rate, base, tax, receipts) => {
    const row = taxReport(facts).rows.find((candidate) => candidate.rate === rate);
    expect(row && [row.jurisdiction, row.base.toString(), row.tax.toString(), row.receipts]).toEqual([
      jurisdiction,
      base,
      tax,
      receipts,
    ]);
  });

  it("the tax total is 1.93 (0.53 + 1.40)", () => {
    expect(taxReport(facts).tax.toString()).toBe("1.93");
  });

  it.each([
    [
      "purchases",
      (ledger: ReturnType<typeof customerLedger>) =>
        ledger[0]?.purchases.map((p) => `${p.saleId} ${p.total}`),
      ["A 36.44", "C -14.29"],
    ],
    [
      "items of A",
      (ledger: ReturnType<typeof customerLedger>) =>
        ledger[0]?.purchases[0]?.items.map((i) => `${i.sku} ${i.quantity} ${i.unitPrice} ${i.amount}`),
      ["COFFEE 2 12.99 25.98", "MILK 1 7.49 7.49"],
    ],
    [
      "days",
      (ledger: ReturnType<typeof customerLedger>) => ledger[0]?.periods.map((p) => `${p.period} ${p.total}`),
      ["2026-11-23 36.44", "2026-11-24 -14.29"],
    ],
    [
      "total",
      (ledger: ReturnType<typeof customerLedger>) => [ledger.length, ledger[0]?.total.toString()],
      [1, "22.15"],
    ],
  ])("customer ledger of C1: %s", (_title, read, expected) => {
    expect(read(customerLedger(facts, { ...BERLIN, period: "day" }))).toEqual(expected);
  });

  // Coffee at 10 %, the rest at 5 %: sale A earns 2.598 → 2.60 + 0.3745 → 0.37; the return takes back 1.30.
  it.each([
    ["commission", "2.97"],
    ["clawback", "1.30"],
    ["netCommission", "1.67"],
    ["sales", "33.47"],
    ["returned", "-12.99"],
  ] as const)("partner P1 %s is %s", (field, expected) => {
    const rows = partnerCommissions(facts, {
      partners: [{ partnerId: "P1", defaultPercent: "5", categoryPercent: { coffee: "10" } }],
      timeZone: "Europe/Berlin",
    });
    expect([rows.length, rows[0]?.[field].toString()]).toEqual([1, expected]);
  });

  it("a volume tier adds its bonus once the period's sales reach it", () => {
    const [row] = partnerCommissions(facts, {
      partners: [
        {
          partnerId: "P1",
          defaultPercent: "5",
          tiers: [
            { minSales: "30.00", bonusPercent: "1" },
            { minSales: "100.00", bonusPercent: "3" },
          ],
        },
      ],
    });
    // 33.47 × 6 % = 2.0082 → 2.01; the return −12.99 × 6 % = −0.7794 → −0.78.
    expect([row?.tierBonusPercent, row?.commission.toString(), row?.clawback.toString()]).toEqual([
      "1",
      "2.01",
      "0.78",
    ]);
  });

  it("the promotion report costs the 10 % discount on bread and compares baskets", () => {
    expect(
      promotionReport(facts).map((row) => [
        row.id,
        row.cost.toString(),
        row.redemptions,
        row.averageBasketWith.toString(),
        row.averageBasketWithout.toString(),
      ]),
    ).toEqual([["D-10", "0.35", 1, "4.40", "36.44"]]);
  });
});
