import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import {
  createFixedClock,
  createMemoryApprovals,
  createMemoryCatalog,
  createMemorySaleStore,
  createSequentialIds,
  createTill,
} from "../../../src/core/checkout";
import { catalogItems } from "../sale/sale-fixtures";

describe("ports used by the till", () => {
  it.each([
    ["sale", ["sale-1", "sale-2"]],
    ["line", ["line-1", "line-2"]],
  ] as const)("sequential ids count per kind: %s", (kind, expected) => {
    const ids = createSequentialIds();
    ids.next("tender");
    expect([ids.next(kind), ids.next(kind)]).toEqual(expected);
  });

  it.each([
    [1, ["2026-11-23T12:00:00.000Z", "2026-11-23T12:00:01.000Z"]],
    [0, ["2026-11-23T12:00:00.000Z", "2026-11-23T12:00:00.000Z"]],
  ] as const)("a fixed clock stepping %s s", (step, expected) => {
    const clock = createFixedClock("2026-11-23T12:00:00Z", step);
    expect([clock.now(), clock.now()]).toEqual(expected);
  });

  it.each([
    ["by SKU", (c: ReturnType<typeof createMemoryCatalog>) => c.findBySku("MILK"), "MILK"],
    ["by barcode", (c: ReturnType<typeof createMemoryCatalog>) => c.findByBarcode("4006381333931"), "COFFEE"],
    ["unknown", (c: ReturnType<typeof createMemoryCatalog>) => c.findBySku("NOPE"), undefined],
  ] as const)("the memory catalog finds %s", async (_title, find, sku) => {
    expect((await find(createMemoryCatalog(catalogItems)))?.sku).toBe(sku);
  });

  it.each([
    ["a missing currency", { currency: undefined }, ["config", "currency"]],
    [
      "a missing catalog",
      { ports: { saleStore: createMemorySaleStore(), approvals: createMemoryApprovals() } },
      ["config", "ports", "catalog"],
    ],
    ["stages that are not a list", { stages: "all" }, ["config", "stages"]],
  ] as const)("createTill rejects %s", (_title, patch, path) => {
    const config = {
      storeId: "s",
      registerId: "r",
      currency: "EUR",
      stages: [],
      ports: {
        catalog: createMemoryCatalog([]),
        saleStore: createMemorySaleStore(),
        approvals: createMemoryApprovals(),
      },
      ...patch,
    };
    try {
      createTill(config as never);
      expect.unreachable();
    } catch (error) {
      expect(isTillError(error) && { code: error.code, path: error.path }).toEqual({
        code: "INVALID_INPUT",
        path,
      });
    }
  });

  it("a till with no stages still prices nothing but runs end to end", async () => {
    const till = createTill({
      storeId: "s",
      registerId: "r",
      currency: "EUR",
      stages: [],
      ports: {
        catalog: createMemoryCatalog(catalogItems),
        saleStore: createMemorySaleStore(),
        approvals: createMemoryApprovals(),
      },
    });
    till.signIn({ employeeId: "e", role: "cashier" });
    await till.startSale();
    const { priced } = await till.addItem({ sku: "PEN", quantity: "2" });
    expect([priced.lines[0]?.gross.toString(), priced.total.toString()]).toEqual(["1.98", "0.00"]);
  });
});
