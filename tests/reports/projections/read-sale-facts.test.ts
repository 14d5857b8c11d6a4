import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import { readSaleFacts, salesByDay } from "../../../src/reports";
import { journalOf, WORKED } from "../analytics/report-fixtures";

async function codeOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
    return "no error";
  } catch (error) {
    return isTillError(error) ? { code: error.code, path: error.path, details: error.details } : error;
  }
}

describe("readSaleFacts", () => {
  it.each([
    ["all of it", {}, 3, 1],
    ["Monday only", { from: "2026-11-23T00:00:00Z", to: "2026-11-24T00:00:00Z" }, 2, 1],
    ["a period with no data", { from: "2027-01-01T00:00:00Z", to: "2027-01-02T00:00:00Z" }, 0, 0],
  ])("%s", async (_title, period, sales, training) => {
    const facts = await readSaleFacts((await journalOf(WORKED)).entries, { currency: "EUR", ...period });
    expect([facts.sales.length, facts.trainingReceipts]).toEqual([sales, training]);
  });

  it("an empty period makes empty reports, not an error", async () => {
    const facts = await readSaleFacts([], { currency: "EUR" });
    expect([salesByDay(facts).rows.length, salesByDay(facts).total.net.toString()]).toEqual([0, "0.00"]);
  });

  it.each([
    ["an altered payload", 1, "altered"],
    ["a deleted entry", 2, "missing"],
  ])("refuses %s with JOURNAL_BROKEN naming the entry", async (title, index, reason) => {
    const { entries } = await journalOf(WORKED);
    const broken =
      title === "a deleted entry"
        ? entries.filter((_, at) => at !== index)
        : entries.map((entry, at) =>
            at === index ? { ...entry, payload: { ...(entry.payload as object), saleId: "X" } } : entry,
          );
    const result = await codeOf(() => readSaleFacts(broken, { currency: "EUR" }));
    expect(result).toEqual({
      code: "JOURNAL_BROKEN",
      path: ["entries", index],
      details: { registerId: "R1", seq: index + 1, index, reason },
    });
  });

  it("refuses a journal in another currency than the report with CURRENCY_MISMATCH and the amount's path", async () => {
    const { entries } = await journalOf(WORKED);
    const result = await codeOf(() => readSaleFacts(entries, { currency: "USD" }));
    expect(result).toMatchObject({ code: "CURRENCY_MISMATCH", path: ["entries", 0, "payload", "total"] });
  });
});
