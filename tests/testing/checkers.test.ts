import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  balanceTenders,
  createJournal,
  createMemoryJournalStore,
  isTillError,
  type JournalDraft,
  Money,
  makeTenderPolicy,
  moneyFromMinor,
  type PricedSale,
} from "../../src/core";
import { accountingDocumentJsonSchema, makeJournalBuilder, sessionEventJsonSchema } from "../../src/reports";
import {
  assertBalancedAccounting,
  assertJournalValid,
  assertSaleInvariants,
  checkBalancedAccounting,
  checkJournal,
  checkSaleInvariants,
  checkTenderInvariants,
  moneyArbitrary,
  saleScenarioArbitrary,
  tenderSequenceArbitrary,
} from "../../src/testing";
import { documentsArbitrary, eventsArbitrary } from "../reports/accounting/arbitraries";
import { CHART } from "../reports/accounting/fixtures";

const RUNS = { numRuns: 100 };
const bump = (money: Money) => new Money(money.minor + 1n, money.currency);

type Mutation = (priced: PricedSale) => PricedSale | undefined;

const SALE_MUTATIONS: readonly [string, string, Mutation][] = [
  ["sale.total", "a total one cent off", (priced) => ({ ...priced, total: bump(priced.total) })],
  ["sale.subtotal", "a subtotal one cent off", (priced) => ({ ...priced, subtotal: bump(priced.subtotal) })],
  [
    "sale.tax-total",
    "a tax total one cent off",
    (priced) => ({ ...priced, taxTotal: bump(priced.taxTotal) }),
  ],
  ["sale.change", "change without tender", (priced) => ({ ...priced, change: bump(priced.change) })],
  [
    "line.net",
    "a line net one cent off",
    (priced) => {
      const [first, ...rest] = priced.lines;
      return first === undefined
        ? undefined
        : { ...priced, lines: [{ ...first, net: bump(first.net) }, ...rest] };
    },
  ],
  [
    "sale.tax-total",
    "a line tax dropped",
    (priced) => {
      const index = priced.lines.findIndex((line) => line.taxes.some((tax) => tax.amount.minor !== 0n));
      const line = priced.lines[index];
      if (line === undefined) return undefined;
      const lines = priced.lines.map((entry, position) =>
        position === index ? { ...line, taxes: line.taxes.slice(1) } : entry,
      );
      return { ...priced, lines };
    },
  ],
];

function withTax(priced: PricedSale): PricedSale {
  // The default scenario stages compute no tax; add a 10% excluded tax to every line and re-total by hand.
  const lines = priced.lines.map((line) => {
    const amount = new Money(line.net.minor / 10n, line.net.currency);
    const tax = {
      taxId: "t",
      name: "T",
      jurisdiction: "X",
      rate: "10",
      base: line.net,
      amount,
      included: false,
    };
    return { ...line, taxes: [tax], total: new Money(line.net.minor + amount.minor, line.net.currency) };
  });
  const sum = (pick: (line: (typeof lines)[number]) => Money) =>
    new Money(
      lines.reduce((total, line) => total + pick(line).minor, 0n),
      priced.currency,
    );
  const total = sum((line) => line.total);
  return {
    ...priced,
    lines,
    taxTotal: sum((line) => line.taxes[0]?.amount ?? line.net),
    total,
    balanceDue: total,
  };
}

describe("checkSaleInvariants", () => {
  it("should accept a hand-taxed scenario sale (the baseline the mutations break)", () => {
    fc.assert(
      fc.property(saleScenarioArbitrary({ withReturn: false }), (scenario) => {
        expect(checkSaleInvariants(withTax(scenario.priced))).toEqual([]);
      }),
      RUNS,
    );
  });

  it.each(SALE_MUTATIONS)("should report %s for %s", (rule, _title, mutate) => {
    fc.assert(
      fc.property(saleScenarioArbitrary({ withReturn: false }), (scenario) => {
        const broken = mutate(withTax(scenario.priced));
        if (broken === undefined) return;
        expect(checkSaleInvariants(broken).map((violation) => violation.rule)).toContain(rule);
        expect(() => assertSaleInvariants(broken)).toThrow(expect.objectContaining({ code: "INTERNAL" }));
      }),
      RUNS,
    );
  });
});

describe("checkTenderInvariants", () => {
  const policy = makeTenderPolicy({ currency: "EUR" });
  const paidSales = moneyArbitrary({ minMinor: 1n }).chain((total) =>
    fc.tuple(fc.constant(total), tenderSequenceArbitrary(total)),
  );

  it.each([
    ["tender.change-not-negative", (change: Money) => new Money(-1n, change.currency)],
    ["tender.settles", (change: Money) => bump(change)],
  ] as const)("should report %s when the change is altered", (rule, alter) => {
    fc.assert(
      fc.property(paidSales, ([total, tenders]) => {
        const balance = balanceTenders(total, tenders, policy);
        const broken = { ...balance, change: alter(balance.change) };
        expect(
          checkTenderInvariants({ tenders, balance: broken, policy }).map((entry) => entry.rule),
        ).toContain(rule);
      }),
      RUNS,
    );
  });

  it("should accept a refund whose payout waits for completion, but not a refund tender that does not settle", () => {
    const refund = moneyFromMinor(-1403n, "EUR");
    expect(
      checkTenderInvariants({ tenders: [], balance: balanceTenders(refund, [], policy), policy }),
    ).toEqual([]);
    const tenders = [
      {
        tenderId: "T-1",
        kind: "cash" as const,
        status: "entered" as const,
        amount: moneyFromMinor(-1400n, "EUR"),
      },
    ];
    const balance = { ...balanceTenders(refund, tenders, policy), isFullyPaid: true };
    expect(checkTenderInvariants({ tenders, balance, policy }).map((entry) => entry.rule)).toContain(
      "tender.settles",
    );
  });

  it("should report change paid from a card", () => {
    const total = moneyFromMinor(1000n, "EUR");
    const tenders = [
      {
        tenderId: "T-1",
        kind: "card" as const,
        status: "approved" as const,
        amount: moneyFromMinor(1500n, "EUR"),
      },
    ];
    const balance = { ...balanceTenders(total, tenders, policy), change: moneyFromMinor(500n, "EUR") };
    const rules = checkTenderInvariants({ tenders, balance, policy }).map((entry) => entry.rule);
    expect(rules).toContain("tender.change-from-over-tenderable");
  });

  it("should report an unpaid sale when full payment is expected", () => {
    const total = moneyFromMinor(1000n, "EUR");
    const balance = balanceTenders(total, [], policy);
    const rules = checkTenderInvariants({ tenders: [], balance, policy, expectFullyPaid: true }).map(
      (entry) => entry.rule,
    );
    expect(rules).toEqual(["tender.fully-paid"]);
  });
});

describe("checkJournal", () => {
  async function journaled(count: number) {
    const journal = createJournal(createMemoryJournalStore());
    const drafts: JournalDraft[] = Array.from({ length: count }, (_, index) => ({
      registerId: "R1",
      eventId: `E-${index + 1}`,
      type: "sale.completed",
      timestamp: "2026-01-15T10:00:00Z",
      payload: { total: `${index + 1}.00` },
    }));
    await journal.append(drafts);
    return journal.read("R1");
  }

  it("should accept an intact chain", async () => {
    expect(await checkJournal(await journaled(3))).toEqual([]);
    await assertJournalValid(await journaled(3));
  });

  it.each([0, 1, 2])("should report an altered byte in entry %i", async (index) => {
    const entries = (await journaled(3)).map((entry) => structuredClone(entry));
    const target = entries[index];
    if (target === undefined) throw new Error("no entry");
    (target as { payload: unknown }).payload = { total: "9.99" };
    const violations = await checkJournal(entries);
    expect(violations.map((entry) => entry.path)).toEqual([[index]]);
    await expect(assertJournalValid(entries)).rejects.toSatisfy(
      (error) => isTillError(error) && error.code === "INTERNAL",
    );
  });
});

describe("checkBalancedAccounting", () => {
  const build = makeJournalBuilder({ currency: "EUR", granularity: "receipt", chart: CHART });
  const journals = fc
    .tuple(documentsArbitrary, eventsArbitrary)
    .map(([documents, events]) =>
      build({
        documents: documents.map((document) => accountingDocumentJsonSchema.parse(document)),
        events: events.map((event) => sessionEventJsonSchema.parse(event)),
      }),
    )
    .filter((journal) => journal.entries.some((entry) => entry.lines.length > 0));

  it("should accept journals from the journal builder and report one unbalanced entry", () => {
    fc.assert(
      fc.property(journals, fc.nat(), (journal, pick) => {
        expect(checkBalancedAccounting(journal)).toEqual([]);
        const index = journal.entries.findIndex((entry) => entry.lines.length > 0);
        const entry = journal.entries[index];
        const [line, ...rest] = entry?.lines ?? [];
        if (entry === undefined || line === undefined) return;
        const side = pick % 2 === 0 ? "debit" : "credit";
        const altered = { ...line, [side]: bump(line[side]) };
        const entries = journal.entries.map((item, position) =>
          position === index ? { ...entry, lines: [altered, ...rest] } : item,
        );
        const violations = checkBalancedAccounting({ ...journal, entries });
        expect(violations.map((violation) => [violation.rule, violation.path])).toEqual([
          ["accounting.balanced", ["entries", index]],
        ]);
        expect(() => assertBalancedAccounting({ ...journal, entries })).toThrow(
          expect.objectContaining({ code: "INTERNAL" }),
        );
      }),
      RUNS,
    );
  });
});
