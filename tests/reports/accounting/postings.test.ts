import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moneyFromMinor, parseWith } from "../../../src/core";
import {
  type AccountingDocumentJson,
  accountBalances,
  accountingDocumentJsonSchema,
  accountingDocumentSchema,
  type ChartOfAccountsInput,
  makeJournalBuilder,
  sessionEventJsonSchema,
  taxKey,
} from "../../../src/reports";
import { AMOUNT_KEYS } from "../../../src/reports/accounting/convert-amounts";
import { documentsArbitrary } from "./arbitraries";
import { CHART, workedExample } from "./fixtures";

const buildWith = (chart: ChartOfAccountsInput = CHART, granularity: "receipt" | "session" = "receipt") =>
  makeJournalBuilder({ currency: "EUR", granularity, chart });

const balancesOf = (
  documents: AccountingDocumentJson[],
  chart: ChartOfAccountsInput = CHART,
  events: unknown[] = [],
) =>
  Object.fromEntries(
    Object.entries(
      accountBalances(
        buildWith(chart)({
          documents: documents.map((document) => accountingDocumentJsonSchema.parse(document)),
          events: events.map((event) => sessionEventJsonSchema.parse(event)),
        }),
      ),
    ).map(([account, money]) => [account, money.toString()]),
  );

const base: AccountingDocumentJson = {
  id: "R-1",
  receiptNumber: "1",
  register: "REG-1",
  sessionId: "S-1",
  date: "2026-11-23T12:00:00+01:00",
  currency: "EUR",
  kind: "sale",
  revenue: [{ category: "food", net: "10.00" }],
  tenders: [{ type: "card", amount: "10.00" }],
};

const event = (kind: string, amount: string, reason?: string) => ({
  id: `E-${kind}`,
  register: "REG-1",
  sessionId: "S-1",
  date: "2026-11-23T20:00:00+01:00",
  currency: "EUR",
  kind,
  amount,
  ...(reason === undefined ? {} : { reason }),
});

describe("postings by rule", () => {
  it.each([
    [
      "tips payable",
      { ...base, tips: "1.50", tenders: [{ type: "card", amount: "11.50" }] },
      { "1910": "11.50", "2420": "-1.50", "4001": "-10.00" },
    ],
    [
      "store credit redeemed",
      { ...base, storeCredit: { redeemed: "4.00" }, tenders: [{ type: "card", amount: "6.00" }] },
      { "1910": "6.00", "2410": "4.00", "4001": "-10.00" },
    ],
    [
      "gift card redeemed",
      { ...base, giftCards: { redeemed: "10.00" }, tenders: [] },
      { "2400": "10.00", "4001": "-10.00" },
    ],
    [
      "loyalty earned, deferred",
      { ...base, loyalty: { earned: "0.30" } },
      { "1910": "10.00", "2430": "-0.30", "4001": "-10.00", "4960": "0.30" },
    ],
    [
      "cost of goods where known",
      { ...base, costs: [{ category: "food", amount: "6.00" }] },
      { "1400": "-6.00", "1910": "10.00", "4001": "-10.00", "5000": "6.00" },
    ],
    [
      "a return mirrors its sale",
      {
        ...base,
        kind: "return",
        revenue: [{ category: "food", net: "-10.00" }],
        tenders: [{ type: "card", amount: "-10.00" }],
      },
      { "1910": "-10.00", "4001": "10.00" },
    ],
  ] as const)("posts %s", (_rule, document, expected) => {
    expect(balancesOf([document as AccountingDocumentJson])).toEqual(expected);
  });

  it.each([
    ["defer", { "1910": "8.00", "2430": "2.00", "4001": "-10.00" }],
    ["expense", { "1910": "8.00", "4001": "-10.00", "6800": "2.00" }],
  ] as const)("posts redeemed loyalty points under %s", (treatment, expected) => {
    const chart = { ...CHART, loyalty: { treatment, liability: "2430", deferral: "4960", expense: "6800" } };
    const document = { ...base, loyalty: { redeemed: "2.00" }, tenders: [{ type: "card", amount: "8.00" }] };
    expect(balancesOf([document], chart)).toEqual(expected);
  });

  it.each([
    ["paid-in", "50.00", undefined, { "1000": "50.00", "1050": "-50.00" }],
    ["paid-out", "12.00", "petty-cash", { "1000": "-12.00", "6100": "12.00" }],
    ["over-short", "-0.40", undefined, { "1000": "-0.40", "6991": "0.40" }],
    ["over-short", "1.10", undefined, { "1000": "1.10", "6991": "-1.10" }],
  ] as const)("posts a %s of %s (%s)", (kind, amount, reason, expected) => {
    expect(balancesOf([], CHART, [event(kind, amount, reason)])).toEqual(expected);
  });
});

describe("tax keys", () => {
  it.each([
    ["DE", "0.070", "DE@0.07"],
    ["SK", "0.2", "SK@0.2"],
    ["NO", "0", "NO@0"],
  ])("keys %s at %s as %s", (jurisdiction, rate, expected) => {
    expect(taxKey(jurisdiction, rate)).toBe(expected);
  });
});

describe("typed documents", () => {
  it("should read the JSON form into a typed document the typed schema accepts unchanged", () => {
    fc.assert(
      fc.property(documentsArbitrary, (documents) => {
        for (const json of documents) {
          const typed = accountingDocumentJsonSchema.parse(json);
          expect(parseWith(accountingDocumentSchema, typed)).toEqual(typed);
          expect(JSON.parse(JSON.stringify(typed.tenders))).toEqual(
            (json.tenders ?? []).map((tender) => ({
              ...tender,
              amount: { amount: tender.amount, currency: "EUR" },
              ...(tender.change === undefined ? {} : { change: { amount: tender.change, currency: "EUR" } }),
            })),
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it("refuses Money in another currency with CURRENCY_MISMATCH and its path", () => {
    const typed = {
      ...accountingDocumentJsonSchema.parse(workedExample()),
      tips: moneyFromMinor(100n, "CZK"),
    };
    expect(() => parseWith(accountingDocumentSchema, typed)).toThrowError(
      expect.objectContaining({ code: "CURRENCY_MISMATCH", path: ["tips"] }),
    );
  });
});

describe("sale and refund", () => {
  const negate = (text: string) =>
    text.startsWith("-") ? text.slice(1) : text === "0.00" ? text : `-${text}`;
  const mirror = (document: AccountingDocumentJson): AccountingDocumentJson =>
    JSON.parse(JSON.stringify(document), (key, value) =>
      typeof value === "string" && AMOUNT_KEYS.has(key) ? negate(value) : value,
    ) as AccountingDocumentJson;

  it("should post a fully mirrored receipt as the exact negation of the original", () => {
    fc.assert(
      fc.property(documentsArbitrary, (documents) => {
        const original = balancesOf(documents);
        const mirrored = balancesOf(documents.map(mirror));
        expect(mirrored).toEqual(
          Object.fromEntries(Object.entries(original).map(([account, amount]) => [account, negate(amount)])),
        );
      }),
      { numRuns: 200 },
    );
  });
});
