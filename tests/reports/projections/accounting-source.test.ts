import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accountBalances,
  accountingSourceOf,
  type ChartOfAccountsInput,
  makeJournalBuilder,
  readSaleFacts,
} from "../../../src/reports";
import { journalOf, specsArbitrary, WORKED } from "../analytics/report-fixtures";

const chart: ChartOfAccountsInput = {
  accounts: {},
  revenue: { byKey: { coffee: "4001", dairy: "4002" }, default: "4000" },
  discounts: { treatment: "contra-revenue", accounts: { byKey: {}, default: "4950" } },
  taxes: [
    { jurisdiction: "TEST", rate: "0.05", account: "2605" },
    { jurisdiction: "TEST", rate: "0.10", account: "2610" },
  ],
  tenders: { cash: "1000" },
  costOfGoods: { cogs: { byKey: {}, default: "5000" }, inventory: { byKey: {}, default: "1400" } },
};
const build = makeJournalBuilder({ currency: "EUR", granularity: "receipt", chart });

describe("accountingSourceOf", () => {
  // Cash 36.44 + 4.40 − 14.29; revenue before discounts; the 0.35 off bread is contra-revenue; COGS at cost.
  it.each([
    ["1000", "26.55"],
    ["4001", "-12.99"],
    ["4002", "-7.49"],
    ["4000", "-4.49"],
    ["4950", "0.35"],
    ["2605", "-0.53"],
    ["2610", "-1.40"],
    ["5000", "10.30"],
    ["1400", "-10.30"],
  ])("posts the worked example: account %s balance %s", async (account, balance) => {
    const facts = await readSaleFacts((await journalOf(WORKED)).entries, { currency: "EUR" });
    expect(accountBalances(build(accountingSourceOf(facts)))[account]?.toString()).toBe(balance);
  });

  it("every journal built from generated sales balances and cash ties to the receipts", async () => {
    await fc.assert(
      fc.asyncProperty(specsArbitrary, async (specs) => {
        const { entries, priced } = await journalOf(specs);
        const journal = build(accountingSourceOf(await readSaleFacts(entries, { currency: "EUR" })));
        const cash = priced.reduce((sum, sale) => sum + sale.total.minor, 0n);
        expect(accountBalances(journal)["1000"]?.minor ?? 0n).toBe(cash);
      }),
      { numRuns: 60 },
    );
  });
});
