import { describe, expect, it } from "vitest";
import {
  accountBalances,
  accountingDocumentJsonSchema,
  type ChartOfAccountsInput,
  type Journal,
  makeJournalBuilder,
} from "../../../src/reports";
import { tillErrorOf } from "../../support/till-error-of";
import { CHART, workedExample } from "./fixtures";

function sides(journal: Journal): { debits: bigint; credits: bigint } {
  let debits = 0n;
  let credits = 0n;
  for (const entry of journal.entries) {
    for (const line of entry.lines) {
      debits += line.debit.minor;
      credits += line.credit.minor;
    }
  }
  return { debits, credits };
}

describe("worked example (EUR, Slovak cash part)", () => {
  const document = accountingDocumentJsonSchema.parse(workedExample());
  const journal = makeJournalBuilder({ currency: "EUR", granularity: "receipt", chart: CHART })({
    documents: [document],
  });
  const lines = journal.entries[0]?.lines ?? [];

  it.each([
    ["Card clearing", "debit", "30.00"],
    ["Cash", "debit", "27.10"],
    ["Cash rounding", "debit", "0.02"],
    ["Discounts", "debit", "2.00"],
    ["Revenue food", "credit", "10.00"],
    ["Revenue non-food", "credit", "20.00"],
    ["VAT 7%", "credit", "0.70"],
    ["VAT 19%", "credit", "3.42"],
    ["Gift-card liability", "credit", "25.00"],
  ] as const)("%s is a %s of %s", (name, side, amount) => {
    const line = lines.find((candidate) => candidate.accountName === name);
    expect(line?.[side].toString()).toBe(amount);
    expect(line?.[side === "debit" ? "credit" : "debit"].minor).toBe(0n);
  });

  it("has exactly those nine lines, 59.12 each side", () => {
    expect(lines).toHaveLength(9);
    expect(sides(journal)).toEqual({ debits: 5912n, credits: 5912n });
  });
});

describe("discount treatment", () => {
  it.each([
    ["contra-revenue", { "4002": "-20.00", "4950": "2.00" }],
    ["net", { "4002": "-18.00", "4950": undefined }],
  ] as const)("%s posts non-food revenue and discounts as %j", (treatment, expected) => {
    const chart: ChartOfAccountsInput = {
      ...CHART,
      discounts: { treatment, accounts: { byKey: {}, default: "4950" } },
    };
    const journal = makeJournalBuilder({ currency: "EUR", granularity: "receipt", chart })({
      documents: [accountingDocumentJsonSchema.parse(workedExample())],
    });
    const balances = accountBalances(journal);
    expect(balances["4002"]?.toString()).toBe(expected["4002"]);
    expect(balances["4950"]?.toString()).toBe(expected["4950"]);
  });
});

describe("bad input", () => {
  it("names every missing mapping at once", () => {
    const chart: ChartOfAccountsInput = {
      ...CHART,
      revenue: { byKey: { food: "4001" } },
      taxes: [],
      cashRounding: undefined,
    };
    const error = tillErrorOf(() =>
      makeJournalBuilder({ currency: "EUR", granularity: "receipt", chart })({
        documents: [accountingDocumentJsonSchema.parse(workedExample())],
      }),
    );
    expect(error.code).toBe("UNMAPPED_ACCOUNT");
    const missing = ((error.details?.missing ?? []) as { mapping: string }[]).map((entry) => entry.mapping);
    expect(missing).toEqual(["cashRounding", "revenue.byKey.non-food", "taxes[DE@0.07]", "taxes[DE@0.19]"]);
  });

  it("refuses a receipt that does not balance, naming it", () => {
    const json = { ...workedExample(), cashRounding: "0.00" };
    const error = tillErrorOf(() =>
      makeJournalBuilder({ currency: "EUR", granularity: "session", chart: CHART })({
        documents: [accountingDocumentJsonSchema.parse(json)],
      }),
    );
    expect(error.code).toBe("UNBALANCED_JOURNAL");
    expect(error.path).toEqual(["documents", 0]);
    expect(error.details).toMatchObject({ document: "R-1001", difference: "-0.02" });
  });

  it("refuses a receipt in another currency", () => {
    const json = { ...workedExample(), currency: "CZK" };
    const error = tillErrorOf(() =>
      makeJournalBuilder({ currency: "EUR", granularity: "receipt", chart: CHART })({
        documents: [accountingDocumentJsonSchema.parse(json)],
      }),
    );
    expect(error.code).toBe("CURRENCY_MISMATCH");
    expect(error.path).toEqual(["documents", 0, "currency"]);
  });

  it("gives an empty journal for a period with no data", () => {
    const journal = makeJournalBuilder({ currency: "EUR", granularity: "session", chart: CHART })({});
    expect(journal.entries).toEqual([]);
  });

  it("rejects an amount finer than the currency with MONEY_PRECISION and its path", () => {
    const json = { ...workedExample(), tips: "0.005" };
    const result = accountingDocumentJsonSchema.safeParse(json);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["tips"]);
  });
});
