import { describe, expect, it } from "vitest";
import { catalogItemOf, catalogSnapshotSchema } from "../../../src/core/checkout";

const catalog = catalogSnapshotSchema.parse({
  items: { PEN: { sku: "PEN", description: "Pen", unitPrice: { amount: "0.99", currency: "EUR" } } },
});

describe("catalogItemOf", () => {
  it("finds an item by its sku", () => {
    expect(catalogItemOf(catalog, "PEN")).toMatchObject({
      sku: "PEN",
      unit: "each",
      taxCategory: "standard",
    });
  });

  it.each(["COFFEE", "toString", "constructor", "__proto__", "hasOwnProperty"])(
    "knows no item %s, whatever the object inherits",
    (sku) => {
      expect(catalogItemOf(catalog, sku)).toBeUndefined();
    },
  );
});
