import { describe, expect, it } from "vitest";
import { readSaleFacts } from "../../../src/reports";
import { journalOf, WORKED } from "./report-fixtures";

describe("report fixtures", () => {
  it("ring the worked example up through the core", async () => {
    const { entries, priced } = await journalOf(WORKED);
    const facts = await readSaleFacts(entries, { currency: "EUR" });
    expect({
      types: entries.map((entry) => entry.type),
      totals: priced.map((sale) => sale.total.toString()),
      facts: facts.sales.length,
      training: facts.trainingReceipts,
    }).toEqual({
      types: ["sale.completed", "sale.completed", "training.receipt", "return.completed"],
      totals: ["36.44", "4.40", "3.27", "-14.29"],
      facts: 3,
      training: 1,
    });
  });
});
