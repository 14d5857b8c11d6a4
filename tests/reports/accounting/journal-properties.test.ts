import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accountBalances,
  accountingDocumentJsonSchema,
  type Journal,
  makeJournalBuilder,
  sessionEventJsonSchema,
} from "../../../src/reports";
import { documentsArbitrary, eventsArbitrary } from "./arbitraries";
import { CHART } from "./fixtures";

const RUNS = { numRuns: 200 };
const build = (granularity: "receipt" | "session") =>
  makeJournalBuilder({ currency: "EUR", granularity, chart: CHART });

function parse(documents: unknown[], events: unknown[]) {
  return {
    documents: documents.map((document) => accountingDocumentJsonSchema.parse(document)),
    events: events.map((event) => sessionEventJsonSchema.parse(event)),
  };
}

function asText(journal: Journal): Record<string, string> {
  return Object.fromEntries(
    Object.entries(accountBalances(journal))
      .filter(([, money]) => money.minor !== 0n)
      .map(([account, money]) => [account, money.toString()]),
  );
}

describe("journal properties", () => {
  it("should balance every entry exactly, at both granularities", () => {
    fc.assert(
      fc.property(
        documentsArbitrary,
        eventsArbitrary,
        fc.constantFrom("receipt", "session"),
        (docs, events, granularity) => {
          // Arrange
          const source = parse(docs, events);
          // Act
          const journal = build(granularity as "receipt" | "session")(source);
          // Assert
          for (const entry of journal.entries) {
            let balance = 0n;
            for (const line of entry.lines) balance += line.debit.minor - line.credit.minor;
            expect(balance).toBe(0n);
          }
        },
      ),
      RUNS,
    );
  });

  it("should make the session journal equal the sum of the receipt journals account by account", () => {
    fc.assert(
      fc.property(documentsArbitrary, eventsArbitrary, (docs, events) => {
        const source = parse(docs, events);
        expect(asText(build("session")(source))).toEqual(asText(build("receipt")(source)));
      }),
      RUNS,
    );
  });

  it("should tie tender clearing and tax payable to the receipts' totals", () => {
    fc.assert(
      fc.property(documentsArbitrary, (docs) => {
        const source = parse(docs, []);
        const balances = accountBalances(build("session")(source));
        let card = 0n;
        let vat7 = 0n;
        for (const document of source.documents) {
          for (const tender of document.tenders) if (tender.type === "card") card += tender.amount.minor;
          for (const tax of document.taxes) if (tax.rate === "0.07") vat7 += tax.amount.minor;
        }
        expect(balances["1910"]?.minor ?? 0n).toBe(card);
        expect(balances["2607"]?.minor ?? 0n).toBe(-vat7);
      }),
      RUNS,
    );
  });
});
