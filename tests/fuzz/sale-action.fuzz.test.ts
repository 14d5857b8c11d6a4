import fc from "fast-check";
import { describe, it } from "vitest";
import { applySaleAction, type Sale, type SaleActionInput, saleActionSchema } from "../../src/core";
import { GENERATED_AT, saleArbitrary } from "../../src/testing";
import { expectOnlyTillError, FUZZ_OPTIONS, fuzzInputs, sampled } from "./fuzz-harness";

const at = GENERATED_AT;
const id = fc.constantFrom("line-1", "line-2", "discount-1", "T-1", "nope", "__proto__");
const money = fc.record({
  amount: fc.constantFrom("1.00", "-1.00", "0.001", "1e3"),
  currency: fc.constantFrom("EUR", "JPY", "XXX"),
});

/** Actions of every type, valid in shape, aimed at lines that may or may not exist. */
const actionArbitrary: fc.Arbitrary<SaleActionInput> = fc.oneof(
  fc.record({
    type: fc.constant("voidLine" as const),
    lineId: id,
    by: fc.constant("e1"),
    at: fc.constant(at),
  }),
  fc.record({
    type: fc.constant("changeQuantity" as const),
    lineId: id,
    quantity: fc.record({
      value: fc.constantFrom("0", "2", "-1", "0.5"),
      unit: fc.constantFrom("each" as const, "kg" as const),
    }),
    by: fc.constant("e1"),
    at: fc.constant(at),
  }),
  fc.record({
    type: fc.constant("overridePrice" as const),
    lineId: id,
    unitPrice: money,
    by: fc.constant("e1"),
    at: fc.constant(at),
    reason: fc.constant("fuzz"),
  }),
  fc.record({
    type: fc.constant("addManualDiscount" as const),
    discount: fc.record({
      discountId: id,
      scope: fc.oneof(
        fc.record({ kind: fc.constant("line" as const), lineId: id }),
        fc.constant({ kind: "basket" as const }),
      ),
      value: fc.oneof(
        fc.record({
          kind: fc.constant("percent" as const),
          percent: fc.constantFrom("10", "100", "101", "-5"),
        }),
        fc.record({ kind: fc.constant("amount" as const), amount: money }),
      ),
      reason: fc.constant("fuzz"),
      addedBy: fc.constant("e1"),
      at: fc.constant(at),
    }),
    at: fc.constant(at),
  }),
  fc.constantFrom<SaleActionInput>(
    { type: "suspend", at },
    { type: "resume", at },
    { type: "complete", receiptNumber: "1", at },
    { type: "voidSale", by: "e1", at },
    { type: "postVoid", by: "e1", at },
    { type: "detachCustomer", at },
  ),
);

describe("sale action fuzz", () => {
  it("should let applySaleAction throw only TillError and leave sale and action untouched", () => {
    const sales = sampled(
      saleArbitrary({ size: { min: 0, max: 3 } }).map((generated) => generated.sale),
      50,
    );
    fc.assert(
      fc.property(sales, fuzzInputs(actionArbitrary), (sale, action) => {
        expectOnlyTillError(
          (current, change) => applySaleAction(current as Sale, change as SaleActionInput),
          sale,
          action,
        );
      }),
      FUZZ_OPTIONS,
    );
  });

  it("should let the sale action schema refuse anything with a TillError through parseWith", () => {
    fc.assert(
      fc.property(fuzzInputs(actionArbitrary), (action) => {
        expectOnlyTillError(() => saleActionSchema.safeParse(action), action);
      }),
      FUZZ_OPTIONS,
    );
  });
});
