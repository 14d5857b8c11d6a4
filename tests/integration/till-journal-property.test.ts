import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { verifyJournal } from "../../src/index";
import { setUpDay } from "./day-fixtures";

type Step =
  | { readonly type: "add"; readonly sku: "COFFEE" | "MILK"; readonly quantity: number }
  | { readonly type: "cash"; readonly cents: number }
  | { readonly type: "card"; readonly cents: number }
  | { readonly type: "complete" }
  | { readonly type: "void" };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    type: fc.constant("add" as const),
    sku: fc.constantFrom("COFFEE" as const, "MILK" as const),
    quantity: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ type: fc.constant("cash" as const), cents: fc.integer({ min: 1, max: 6000 }) }),
  fc.record({ type: fc.constant("card" as const), cents: fc.integer({ min: 1, max: 3000 }) }),
  fc.constant({ type: "complete" as const }),
  fc.constant({ type: "void" as const }),
);

const amountOf = (cents: number) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

async function play(day: ReturnType<typeof setUpDay>, step: Step): Promise<void> {
  const { till } = day;
  if (till.current() === undefined) await till.startSale();
  if (step.type === "add") await till.addItem({ sku: step.sku, quantity: String(step.quantity) });
  else if (step.type === "cash") await till.addTender({ kind: "cash", amount: amountOf(step.cents) });
  else if (step.type === "card") await till.addTender({ kind: "card", amount: amountOf(step.cents) });
  else if (step.type === "complete") await till.complete();
  else await till.voidSale("property");
}

describe("the journal of a till", () => {
  it("should verify after any sequence of add / tender / complete / void (rejected steps included)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { maxLength: 12 }), async (steps) => {
        // Arrange
        const day = setUpDay();
        await day.till.openSession({ currency: "EUR", counts: [{ denomination: "10.00", count: 2 }] });
        // Act: a step the till refuses throws a TillError and must leave nothing behind
        for (const step of steps) await play(day, step).catch(() => undefined);
        // Assert
        const entries = await day.till.journal();
        const verification = await verifyJournal(entries);
        expect(verification.ok).toBe(true);
        const receipts = entries.flatMap((entry) => entry.receiptNumber ?? []);
        expect(receipts).toEqual(receipts.map((_, index) => index + 1));
        expect(day.commits.commitCount()).toBe(entries.filter((e) => e.type.startsWith("sale.")).length);
      }),
      { numRuns: 60 },
    );
  });
});
