import { describe, expect, it } from "vitest";
import {
  addAdjustment,
  applySaleAction,
  catalogItemSchema,
  createSale,
  lineFromCatalogItem,
  type PricedLine,
  parseMoney,
  parseQuantity,
  seedPricedSale,
  withLineFigures,
} from "../../../src/core";

const EUR = (amount: string) => parseMoney(amount, "EUR");

const line: PricedLine = {
  lineId: "l1",
  sku: "A",
  quantity: parseQuantity("2"),
  unitPrice: EUR("1.50"),
  priceSource: { kind: "catalog" },
  taxCategory: "standard",
  gross: EUR("3.00"),
  adjustments: [],
  net: EUR("3.00"),
  taxes: [],
  total: EUR("3.00"),
  isLocked: false,
};

describe("withLineFigures", () => {
  it("replaces the figures given and keeps every other field", () => {
    const changed = withLineFigures(line, { net: EUR("2.70"), total: EUR("2.70") });
    expect(changed).toEqual({ ...line, net: EUR("2.70"), total: EUR("2.70") });
    expect(changed).not.toBe(line);
    expect(line.net.toString()).toBe("3.00");
  });

  it("carries exactly the fields of a priced line, in the seeded line's order, whatever the stage changed", () => {
    // The seed builds lines in price-sale.ts; the same fields in the same order give every line one shape.
    const at = "2026-11-23T12:00:00Z";
    const item = catalogItemSchema.parse({
      sku: "A",
      description: "A",
      unitPrice: { amount: "1.50", currency: "EUR" },
    });
    const sale = applySaleAction(
      createSale({ saleId: "s", storeId: "st", registerId: "r", cashierId: "c", currency: "EUR", at }),
      {
        type: "addLine",
        line: lineFromCatalogItem(item, { quantity: "2" }, { lineId: "l1", by: "c", at }),
        at,
      },
    );
    const seeded = seedPricedSale(sale, {
      sale,
      catalog: { items: {} },
      rules: {},
      now: at,
      policies: { roundingMode: "half-up", refs: [] },
    }).lines[0] as PricedLine;
    const keys = Object.keys(seeded);
    expect(keys).toEqual(Object.keys(line));
    const changed = [
      withLineFigures(line, {}),
      withLineFigures(line, { taxes: [] }),
      withLineFigures({ ...line, extra: 1 } as PricedLine, { gross: EUR("1.00") }),
      addAdjustment(line, { source: { kind: "manual", id: "d1", name: "dent" }, amount: EUR("0.30") }),
    ];
    for (const entry of changed) expect(Object.keys(entry)).toEqual(keys);
    expect(changed[3]?.net.toString()).toBe("2.70");
  });
});
