import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import { inventoryReport, type StockMovement } from "../../../src/reports";

// MILK at store S1: 10 received at 4.00 before the period; in it 3 sold, 1 returned, 6 sold → 2 left.
const movements: StockMovement[] = [
  {
    sku: "MILK",
    store: "S1",
    delta: "10",
    unitCost: "4.00",
    reason: "received",
    time: "2026-11-01T08:00:00Z",
  },
  { sku: "MILK", store: "S1", delta: "-3", reason: "sold", time: "2026-11-10T08:00:00Z" },
  { sku: "MILK", store: "S1", delta: "1", reason: "returned", time: "2026-11-12T08:00:00Z" },
  { sku: "MILK", store: "S1", delta: "-6", reason: "sold", time: "2026-11-20T08:00:00Z" },
  {
    sku: "PEN",
    store: "S1",
    delta: "50",
    unitCost: "0.30",
    reason: "received",
    time: "2026-11-06T08:00:00Z",
  },
];
const options = {
  currency: "EUR",
  from: "2026-11-05T00:00:00Z",
  to: "2026-11-25T00:00:00Z",
  reorderPoints: { MILK: "3", PEN: "10" },
};

describe("inventoryReport", () => {
  it.each([
    // COGS 8 × 4.00; average inventory (40.00 + 8.00) ÷ 2; turnover 32 ÷ 24; 2 on hand at 8 per 20 days.
    ["MILK", ["10", "2", "8", "32.00", "24.00", "1.33", "5.00", true]],
    // Received inside the period: opening 0, closing 15.00, nothing sold.
    ["PEN", ["0", "50", "0", "0.00", "7.50", "0.00", undefined, false]],
  ] as const)("%s", (sku, expected) => {
    const row = inventoryReport(movements, options).find((candidate) => candidate.sku === sku);
    expect(
      row && [
        row.opening,
        row.onHand,
        row.sold,
        row.cogs.toString(),
        row.averageInventory.toString(),
        row.turnover,
        row.daysOfSupply,
        row.belowReorderPoint,
      ],
    ).toEqual(expected);
  });

  it.each([
    ["a bad delta", [{ ...movements[0], delta: "ten" }], ["movements", 0, "delta"]],
    ["an inverted period", movements, ["options", "to"]],
  ])("refuses %s with its path", (_title, input, path) => {
    const run = () =>
      inventoryReport(
        input,
        path[0] === "options" ? { ...options, from: options.to, to: options.from } : options,
      );
    expect(run).toThrow();
    try {
      run();
    } catch (error) {
      expect(isTillError(error) ? [error.code, error.path] : error).toEqual(["INVALID_INPUT", path]);
    }
  });

  it("no movements give an empty report", () => {
    expect(inventoryReport([], options)).toEqual([]);
  });
});
