import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError, parseQuantity } from "../../../src/core";
import {
  applySaleAction,
  catalogItemSchema,
  lineFromCatalogItem,
  type Sale,
  type SaleActionInput,
  saleFromJson,
} from "../../../src/core/checkout";
import { NOW, price, saleWith, snapshot } from "./sale-fixtures";

const by = { by: "emp-1", at: NOW };
const lineIdArb = fc.constantFrom("line-1", "line-2", "line-3", "line-4", "line-9");
const quantityArb = fc.constantFrom("-1", "0", "1", "2", "1.5", "7");

type MakeAction = (sale: Sale, step: number) => SaleActionInput;

const actionArb = fc.oneof<fc.Arbitrary<MakeAction>[]>(
  fc.constantFrom("COFFEE", "MILK", "APPLES", "PEN").chain((sku) =>
    quantityArb.map((quantity) => (_sale: Sale, step: number) => {
      const item = catalogItemSchema.parse(snapshot.items[sku]);
      const line = lineFromCatalogItem(
        item,
        { quantity: sku === "APPLES" ? "0.5" : "1" },
        { lineId: `line-n${step}`, ...by },
      );
      return { type: "addLine", line: { ...line, quantity: parseQuantity(quantity, item.unit) }, at: NOW };
    }),
  ),
  fc.tuple(lineIdArb, quantityArb).map(([lineId, quantity]) => () => ({
    type: "changeQuantity",
    lineId,
    quantity: { value: quantity, unit: "each" },
    ...by,
  })),
  lineIdArb.map((lineId) => () => ({ type: "voidLine", lineId, ...by })),
  fc.tuple(lineIdArb, fc.constantFrom("0.00", "1.00", "99.99")).map(([lineId, amount]) => () => ({
    type: "overridePrice",
    lineId,
    unitPrice: { amount, currency: "EUR" },
    reason: "r",
    ...by,
  })),
  fc
    .tuple(fc.option(lineIdArb, { nil: undefined }), fc.constantFrom("5", "50", "100", "101", "0"))
    .map(([lineId, percent]) => (_sale: Sale, step: number) => ({
      type: "addManualDiscount",
      discount: {
        discountId: `d-${step}`,
        scope: lineId === undefined ? { kind: "basket" } : { kind: "line", lineId },
        value: { kind: "percent", percent },
        reason: "r",
        addedBy: "emp-1",
        at: NOW,
      },
      at: NOW,
    })),
  fc
    .constantFrom<SaleActionInput>(
      { type: "suspend", at: NOW },
      { type: "resume", at: NOW },
      { type: "attachCustomer", customer: { customerId: "c-1" }, at: NOW },
      { type: "detachCustomer", at: NOW },
      { type: "voidSale", ...by },
      { type: "complete", receiptNumber: "R-1", at: NOW },
      { type: "postVoid", ...by },
      { type: "addNote", note: { text: "n", ...by } },
    )
    .map((action) => () => action),
);

function assertValid(sale: Sale): void {
  expect(saleFromJson(JSON.parse(JSON.stringify(sale)))).toEqual(sale);
  for (const line of sale.lines) {
    expect(line.quantity.millionths > 0n).toBe(true);
    if (line.quantity.unit === "each") expect(line.quantity.millionths % 1_000_000n).toBe(0n);
  }
  const live = new Set(sale.lines.filter((line) => line.voided === undefined).map((line) => line.lineId));
  for (const discount of sale.manualDiscounts) {
    if (discount.scope.kind === "line") expect(live.has(discount.scope.lineId)).toBe(true);
  }
  const priced = price(sale);
  expect(priced.total.minor).toBe(priced.lines.reduce((total, line) => total + line.total.minor, 0n));
  for (const line of priced.lines) expect(line.net.minor >= 0n).toBe(true);
}

describe("any sequence of operations leaves a valid sale", () => {
  it("applies or rejects each action atomically", () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 25 }), (steps) => {
        let sale = saleWith([
          ["COFFEE", "1"],
          ["MILK", "2"],
          ["APPLES", "0.350"],
        ]);
        steps.forEach((makeAction, step) => {
          const before = JSON.stringify(sale);
          try {
            sale = applySaleAction(sale, makeAction(sale, step));
          } catch (error) {
            expect(isTillError(error)).toBe(true);
            expect(JSON.stringify(sale)).toBe(before);
          }
          assertValid(sale);
        });
      }),
      { numRuns: 150 },
    );
  });
});
