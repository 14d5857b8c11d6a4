import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeRegisterReport } from "../../../src/core/cash-session";
import { moneyFromMinor } from "../../../src/core/money";
import { count, REGISTER, setup } from "./session-fixtures";

const tax = (jurisdiction: string, rate: string, base: string, amount: string) => ({
  jurisdiction,
  rate,
  base: { amount: base, currency: "EUR" },
  tax: { amount, currency: "EUR" },
});

async function day() {
  const context = setup();
  const { session, recordSale, m } = context;
  await session.clockIn("E1");
  await session.open({ employeeId: "E1", float: count("20x5") });
  await recordSale("sale.completed", {
    total: "48.32",
    discountTotal: m("2.00"),
    taxes: [tax("SK", "0.23", "39.28", "9.04")],
    tenders: [
      { kind: "card", amount: m("40.00") },
      { kind: "cash", amount: m("10.00") },
    ],
    change: m("1.70"),
    cashRounding: m("-0.02"),
  });
  await recordSale("sale.completed", {
    total: "12.30",
    employeeId: "E2",
    taxes: [tax("SK", "0.10", "11.18", "1.12")],
  });
  await recordSale("return.completed", {
    total: "-12.30",
    employeeId: "E2",
    taxes: [tax("SK", "0.10", "-11.18", "-1.12")],
    tenders: [{ kind: "card", amount: m("-12.30") }],
  });
  await recordSale("training.receipt", { total: "5.00" });
  await recordSale("sale.voided", { total: "7.00" });
  await session.openDrawer({ operator: { employeeId: "M1", role: "manager" }, reason: "change" });
  return context;
}

describe("X and Z reports", () => {
  it.each([
    [
      "sales",
      (r: ReturnType<typeof computeRegisterReport>) => [r.sales.count, r.sales.total.toString()],
      [2, "60.62"],
    ],
    [
      "returns",
      (r: ReturnType<typeof computeRegisterReport>) => [r.returns.count, r.returns.total.toString()],
      [1, "-12.30"],
    ],
    ["discounts", (r: ReturnType<typeof computeRegisterReport>) => [r.discounts.toString()], ["2.00"]],
    [
      "tax by jurisdiction and rate",
      (r: ReturnType<typeof computeRegisterReport>) =>
        r.taxes.map((t) => `${t.jurisdiction} ${t.rate} ${t.base} ${t.tax}`),
      ["SK 0.10 0.00 0.00", "SK 0.23 39.28 9.04"],
    ],
    [
      "tenders by kind",
      (r: ReturnType<typeof computeRegisterReport>) =>
        r.tenders.map((t) => `${t.kind} ${t.amount} ×${t.count}`),
      ["card 40.00 ×3", "cash 10.00 ×1"],
    ],
    [
      "change and cash rounding",
      (r: ReturnType<typeof computeRegisterReport>) => [r.change.toString(), r.cashRounding.toString()],
      ["1.70", "-0.02"],
    ],
    [
      "receipts 1 to 3",
      (r: ReturnType<typeof computeRegisterReport>) => [r.receipts.count, r.receipts.first, r.receipts.last],
      [3, 1, 3],
    ],
    [
      "voids, drawer openings, training",
      (r: ReturnType<typeof computeRegisterReport>) => [
        r.voidedSales,
        r.drawerOpenings,
        r.training.count,
        r.training.total.toString(),
      ],
      [1, 1, 1, "5.00"],
    ],
    [
      "per-employee totals",
      (r: ReturnType<typeof computeRegisterReport>) =>
        r.employees.map((e) => `${e.employeeId} ${e.salesCount} ${e.salesTotal} ${e.returnsTotal}`),
      ["E1 1 48.32 0.00", "E2 1 12.30 -12.30"],
    ],
  ])("%s", async (_title, read, expected) => {
    const { journal } = await day();
    const report = computeRegisterReport(await journal.read(REGISTER), {
      kind: "x",
      registerId: REGISTER,
      currency: "EUR",
    });
    expect(read(report)).toEqual(expected);
  });

  it("an X report resets nothing; a Z closes the period with the next Z number; grand totals never reset", async () => {
    const { session, recordSale } = await day();
    const firstX = await session.xReport();
    const secondX = await session.xReport();
    expect(secondX.sales).toEqual(firstX.sales);
    const firstZ = await session.zReport();
    await recordSale("sale.completed", { total: "1.00" });
    const secondZ = await session.zReport();
    expect([firstZ.zNumber, secondZ.zNumber]).toEqual([1, 2]);
    expect([secondZ.sales.count, secondZ.sales.total.toString()]).toEqual([1, "1.00"]);
    expect([secondZ.grandTotals.sales.toString(), secondZ.grandTotals.net.toString()]).toEqual([
      "61.62",
      "49.32",
    ]);
  });

  it("property: Z grand totals equal the sum of all completed sales, whatever the Z reports in between", async () => {
    const step = fc.oneof(
      fc.integer({ min: 0, max: 100_000 }).map((cents) => ({ cents })),
      fc.constant("z" as const),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 10 }), async (steps) => {
        const { session, recordSale, journal } = setup();
        let total = 0n;
        for (const item of steps) {
          if (item === "z") await session.zReport();
          else {
            await recordSale("sale.completed", { total: moneyFromMinor(item.cents, "EUR").toString() });
            total += BigInt(item.cents);
          }
        }
        const z = await session.zReport();
        expect(z.grandTotals.sales.minor).toBe(total);
        expect((await journal.verify(REGISTER)).ok).toBe(true);
        expect(z.zNumber).toBe(steps.filter((item) => item === "z").length + 1);
      }),
      { numRuns: 150 },
    );
  });
});
