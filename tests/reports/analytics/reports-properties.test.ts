import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  customerLedger,
  partnerCommissions,
  readSaleFacts,
  salesByDay,
  salesByHour,
  salesByLine,
  taxReport,
} from "../../../src/reports";
import { journalOf, type SaleSpec, specsArbitrary } from "./report-fixtures";

const RUNS = { numRuns: 60 };
const factsOf = async (specs: readonly SaleSpec[]) => {
  const { entries, priced } = await journalOf(specs);
  return { facts: await readSaleFacts(entries, { currency: "EUR" }), priced };
};

describe("report invariants over generated sales", () => {
  it("the tax report sums exactly to the tax the pipeline collected", async () => {
    await fc.assert(
      fc.asyncProperty(specsArbitrary, async (specs) => {
        const { facts, priced } = await factsOf(specs);
        const report = taxReport(facts);
        const rows = report.rows.reduce((sum, row) => sum + row.tax.minor, 0n);
        expect([rows, report.tax.minor]).toEqual(
          Array(2).fill(priced.reduce((sum, sale) => sum + sale.taxTotal.minor, 0n)),
        );
      }),
      RUNS,
    );
  });

  it("per-category sales sum to the total sold before tax", async () => {
    await fc.assert(
      fc.asyncProperty(specsArbitrary, async (specs) => {
        const { facts, priced } = await factsOf(specs);
        const report = salesByLine(facts, "category");
        const rows = report.rows.reduce((sum, row) => sum + row.revenue.minor, 0n);
        // The test tax is added on top of the price, so net before tax = total − tax.
        const expected = priced.reduce((sum, sale) => sum + sale.total.minor - sale.taxTotal.minor, 0n);
        expect([rows, report.total.revenue.minor]).toEqual([expected, expected]);
      }),
      RUNS,
    );
  });

  it.each(["UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kathmandu"])(
    "hours sum to their day in %s",
    async (timeZone) => {
      await fc.assert(
        fc.asyncProperty(specsArbitrary, async (specs) => {
          const { facts } = await factsOf(specs);
          const days = new Map<string, bigint>();
          for (const row of salesByHour(facts, { timeZone }).rows) {
            const day = row.key.slice(0, 10);
            days.set(day, (days.get(day) ?? 0n) + row.net.minor);
          }
          expect(days).toEqual(
            new Map(salesByDay(facts, { timeZone }).rows.map((row) => [row.key, row.net.minor])),
          );
        }),
        { numRuns: 20 },
      );
    },
  );

  it("each customer's ledger total equals the sum of that customer's receipts", async () => {
    await fc.assert(
      fc.asyncProperty(specsArbitrary, async (specs) => {
        const { facts, priced } = await factsOf(specs);
        const expected = new Map<string, bigint>();
        specs.forEach((spec, index) => {
          if (spec.customerId === undefined || spec.isTraining === true) return;
          expected.set(
            spec.customerId,
            (expected.get(spec.customerId) ?? 0n) + (priced[index]?.total.minor ?? 0n),
          );
        });
        const ledger = customerLedger(facts);
        expect(new Map(ledger.map((entry) => [entry.customerId, entry.total.minor]))).toEqual(expected);
        for (const entry of ledger)
          expect(entry.periods.reduce((sum, row) => sum + row.total.minor, 0n)).toBe(entry.total.minor);
      }),
      RUNS,
    );
  });

  it("a full return claws back exactly the commission its sale earned", async () => {
    const rules = {
      partners: [
        {
          partnerId: "P1",
          defaultPercent: "7.5",
          categoryPercent: { coffee: "12.25" },
          tiers: [{ minSales: "50.00", bonusPercent: "1.5" }],
        },
      ],
    };
    await fc.assert(
      fc.asyncProperty(specsArbitrary, async (generated) => {
        const sales = generated.map((spec, index) => ({
          ...spec,
          saleId: `S${index}`,
          isReturn: false,
          partnerId: "P1",
          at: "2026-11-23T10:00:00.000Z",
        }));
        const { discountPercent: _ignored, ...noDiscount } = sales[0] as SaleSpec;
        const returned = { ...noDiscount, saleId: "R", isReturn: true, at: "2026-11-24T10:00:00.000Z" };
        const { facts } = await factsOf([{ ...noDiscount }, ...sales.slice(1), returned]);
        const [row] = partnerCommissions(facts, rules);
        const lines = row?.lines ?? [];
        expect((lines[0]?.commission.minor ?? 0n) + (lines.at(-1)?.commission.minor ?? 0n)).toBe(0n);
      }),
      RUNS,
    );
  });
});
