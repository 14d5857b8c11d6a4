import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  draftPurchaseOrders,
  purchaseOrderCsv,
  type ReorderInput,
  type SupplierItemInput,
  suggestReorders,
} from "../../../src/reports";
import { tillErrorOf } from "../../support/till-error-of";

const eur = (amount: string) => ({ amount, currency: "EUR" });

const suppliers: SupplierItemInput[] = [
  {
    sku: "COFFEE",
    supplierId: "ACME",
    supplierSku: "AC-COF",
    packSize: "12",
    minimumOrderQuantity: "24",
    leadTimeDays: 3,
    unitCost: eur("4.50"),
  },
  {
    sku: "MILK",
    supplierId: "ACME",
    supplierSku: "AC-MLK",
    packSize: "6",
    minimumOrderQuantity: "30",
    leadTimeDays: 1,
    unitCost: eur("0.85"),
  },
  {
    sku: "BREAD",
    supplierId: "BAKE",
    supplierSku: "B-1",
    packSize: "10",
    minimumOrderQuantity: "0",
    leadTimeDays: 2,
    unitCost: eur("0.40"),
  },
  { sku: "TEA", supplierId: "ACME", supplierSku: "AC-TEA", minimumOrderQuantity: "1", leadTimeDays: 2 },
];

/** One store, coverDays 7. PEN is above its reorder level; TEA and SUGAR are due but lack supplier data. */
const input: ReorderInput = {
  currency: "EUR",
  coverDays: 7,
  items: [
    { sku: "COFFEE", storeId: "S1", onHand: "5", reorderPoint: "10", dailyDemand: "2" },
    { sku: "MILK", storeId: "S1", onHand: "0", reorderPoint: "8" },
    { sku: "BREAD", storeId: "S1", onHand: "-4", reorderPoint: "5", dailyDemand: "1.5" },
    { sku: "PEN", storeId: "S1", onHand: "100", reorderPoint: "10", dailyDemand: "1" },
    { sku: "TEA", storeId: "S1", onHand: "1", reorderPoint: "4" },
    { sku: "SUGAR", storeId: "S1", onHand: "0", reorderPoint: "2" },
  ],
  suppliers,
  openOrders: [{ purchaseOrderId: "PO-0", sku: "MILK", storeId: "S1", outstanding: "6" }],
};

const result = suggestReorders(input);
const suggestions = result.suppliers.flatMap((supplier) => supplier.suggestions);

describe("suggestReorders: a worked purchase order", () => {
  it.each([
    // level 10 + 2×3 = 16, up to 16 + 2×7 = 30, need 30 − 5 = 25 → 3 packs of 12 = 36 at 4.50.
    ["COFFEE", "16", "30", "25", "36", "3", "162.00", "2.5", []],
    // position 0 + 6 on order ≤ 8; need 2, but the minimum is 30 = 5 packs of 6.
    ["MILK", "8", "8", "2", "30", "5", "25.50", null, ["no-demand-forecast"]],
    // −4 owed to the shelf: level 5 + 3 = 8, up to 8 + 10.5 = 18.5, need 22.5 → 3 packs of 10.
    ["BREAD", "8", "18.5", "22.5", "30", "3", "12.00", "0.0", ["negative-stock"]],
  ] as const)(
    "%s: level %s, up to %s, need %s → %s (%s packs) costing %s",
    (sku, level, upTo, need, quantity, packs, cost, days, notes) => {
      const line = suggestions.find((suggestion) => suggestion.sku === sku);
      expect(line).toMatchObject({
        reorderLevel: level,
        orderUpTo: upTo,
        need,
        quantity,
        packs,
        daysOfSupply: days,
      });
      expect(line?.lineCost.toString()).toBe(cost);
      expect(line?.notes).toEqual(notes);
    },
  );

  it("leaves PEN alone and names what TEA and SUGAR lack", () => {
    expect(suggestions.map((line) => line.sku)).not.toContain("PEN");
    expect(result.missing).toEqual([
      { sku: "TEA", storeId: "S1", missing: ["packSize", "unitCost"] },
      { sku: "SUGAR", storeId: "S1", missing: ["supplier"] },
    ]);
  });

  it.each([
    ["PO-ACME-S1-2026-11-23", "ACME", ["COFFEE", "MILK"], "187.50"],
    ["PO-BAKE-S1-2026-11-23", "BAKE", ["BREAD"], "12.00"],
  ] as const)("drafts %s for %s with %j totalling %s", (id, supplierId, skus, total) => {
    const draft = draftPurchaseOrders(result, { reference: "2026-11-23" }).find(
      (d) => d.purchaseOrderId === id,
    );
    expect(draft?.supplierId).toBe(supplierId);
    expect(draft?.lines.map((line) => line.sku)).toEqual(skus);
    expect(draft?.total.toString()).toBe(total);
  });

  it("writes the drafts as ERP CSV", () => {
    const csv = purchaseOrderCsv(draftPurchaseOrders(result, { reference: "X" }), { newline: "\n" });
    expect(csv.split("\n")).toEqual([
      "purchase_order_id,supplier_id,store_id,line,sku,supplier_sku,quantity,pack_size,packs,unit_cost,line_total,currency",
      "PO-ACME-S1-X,ACME,S1,1,COFFEE,AC-COF,36,12,3,4.50,162.00,EUR",
      "PO-ACME-S1-X,ACME,S1,2,MILK,AC-MLK,30,6,5,0.85,25.50,EUR",
      "PO-BAKE-S1-X,BAKE,S1,1,BREAD,B-1,30,10,3,0.40,12.00,EUR",
      "",
    ]);
  });
});

describe("suggestReorders: properties", () => {
  const decimal = fc.integer({ min: 0, max: 5000 }).map((n) => `${Math.trunc(n / 10)}.${n % 10}`);
  it("never orders below the minimum, in broken packs, or less than needed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 200 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 48 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 30 }),
        fc.option(decimal, { nil: undefined }),
        (onHand, reorderPoint, pack, minimum, lead, daily) => {
          // Arrange
          const item = { sku: "X", storeId: "S", onHand: String(onHand), reorderPoint: String(reorderPoint) };
          const record = {
            sku: "X",
            supplierId: "P",
            supplierSku: "PX",
            packSize: String(pack),
            minimumOrderQuantity: String(minimum),
            leadTimeDays: lead,
            unitCost: eur("1.00"),
          };
          // Act
          const out = suggestReorders({
            currency: "EUR",
            items: [daily === undefined ? item : { ...item, dailyDemand: daily }],
            suppliers: [record],
          });
          // Assert
          const line = out.suppliers[0]?.suggestions[0];
          if (line === undefined) return;
          const quantity = Number(line.quantity);
          expect(quantity % pack).toBe(0);
          expect(quantity).toBeGreaterThanOrEqual(minimum);
          expect(quantity).toBeGreaterThanOrEqual(Number(line.need));
          expect(quantity).toBeGreaterThan(0);
          expect(line.packs).toBe(String(quantity / pack));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("suggestReorders: bad input", () => {
  const base = { currency: "EUR", items: [{ sku: "X", storeId: "S", onHand: "0", reorderPoint: "1" }] };
  it.each([
    [
      "a pack of zero",
      { ...base, suppliers: [{ sku: "X", packSize: "0" }] },
      "INVALID_INPUT",
      ["input", "suppliers", 0, "packSize"],
    ],
    [
      "a negative reorder point",
      { ...base, items: [{ ...base.items[0], reorderPoint: "-1" }] },
      "INVALID_INPUT",
      ["input", "items", 0, "reorderPoint"],
    ],
    [
      "a float-like stock text",
      { ...base, items: [{ ...base.items[0], onHand: "1e3" }] },
      "INVALID_INPUT",
      ["input", "items", 0, "onHand"],
    ],
    [
      "a cost in another currency",
      { ...base, suppliers: [{ sku: "X", unitCost: { amount: "1.00", currency: "USD" } }] },
      "CURRENCY_MISMATCH",
      ["input", "suppliers", 0, "unitCost", "currency"],
    ],
    [
      "a negative lead time",
      { ...base, suppliers: [{ sku: "X", leadTimeDays: -1 }] },
      "INVALID_INPUT",
      ["input", "suppliers", 0, "leadTimeDays"],
    ],
  ] as const)("refuses %s", (_title, bad, code, path) => {
    const error = tillErrorOf(() => suggestReorders(bad as unknown as ReorderInput));
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
  });
});
