import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  exportGeneralLedgerCsv,
  exportGeneralLedgerJsonLines,
  exportQuickBooksIif,
  exportXeroManualJournals,
  type Journal,
  parseCsv,
} from "../../../src/reports";
import { documentsArbitrary, eventsArbitrary } from "../accounting/arbitraries";
import { workedExample } from "../accounting/fixtures";
import { addTo, cents, journalBalances, journalOf } from "./journal-fixtures";

const RUNS = { numRuns: 100 };

/** Re-reads the general-ledger CSV: per-entry balance and per-account totals. */
function readGeneralLedgerCsv(text: string) {
  const [header, ...rows] = parseCsv(text);
  const at = (name: string) => header?.indexOf(name) ?? -1;
  const perEntry = new Map<string, bigint>();
  const perAccount = new Map<string, bigint>();
  for (const row of rows) {
    const amount = cents(row[at("debit")] ?? "0") - cents(row[at("credit")] ?? "0");
    addTo(perEntry, row[at("entry_id")] ?? "", amount);
    addTo(perAccount, row[at("account")] ?? "", amount);
  }
  return { perEntry, perAccount, rows: rows.length };
}

function readJsonLines(text: string) {
  const perEntry = new Map<string, bigint>();
  const perAccount = new Map<string, bigint>();
  const lines = text.split("\n").filter((line) => line !== "");
  for (const line of lines) {
    const record = JSON.parse(line) as { entryId: string; account: string; debit: string; credit: string };
    const amount = cents(record.debit) - cents(record.credit);
    addTo(perEntry, record.entryId, amount);
    addTo(perAccount, record.account, amount);
  }
  return { perEntry, perAccount, rows: lines.length };
}

function readXero(files: readonly { content: string }[]) {
  const perEntry = new Map<string, bigint>();
  const perAccount = new Map<string, bigint>();
  const sizes: number[] = [];
  for (const file of files) {
    const [, ...rows] = parseCsv(file.content);
    sizes.push(rows.length);
    const fileTotals = new Map<string, bigint>();
    for (const row of rows) {
      const amount = cents(row[5] ?? "0");
      addTo(fileTotals, row[0] ?? "", amount);
      addTo(perEntry, row[0] ?? "", amount);
      addTo(perAccount, row[3] ?? "", amount);
    }
    expect(fileTotals.size).toBe(0);
  }
  return { perEntry, perAccount, sizes };
}

function readIif(text: string) {
  const rows = text
    .split("\r\n")
    .filter((row) => row !== "")
    .map((row) => row.split("\t"));
  const perAccount = new Map<string, bigint>();
  let blocks = 0;
  let open: bigint | undefined;
  for (const row of rows.slice(3)) {
    if (row[0] === "TRNS") open = 0n;
    if (row[0] === "TRNS" || row[0] === "SPL") {
      const amount = cents(row[4] ?? "0");
      open = (open ?? 0n) + amount;
      addTo(perAccount, row[3] ?? "", amount);
    }
    if (row[0] === "ENDTRNS") {
      expect(open).toBe(0n);
      blocks += 1;
      open = undefined;
    }
  }
  return { perAccount, blocks, header: rows.slice(0, 3).map((row) => row[0]) };
}

const nonEmptyEntries = (journal: Journal) =>
  journal.entries.filter((entry) => entry.lines.length > 0).length;

describe("generic general-ledger CSV", () => {
  it("writes the worked example as nine rows that re-read to 59.12 a side", () => {
    const { journal } = journalOf([workedExample()]);
    const csv = exportGeneralLedgerCsv(journal);
    expect(csv.split("\r\n")[0]).toBe(
      "entry_id,date,register,session_id,line,account,account_name,debit,credit,currency,memo",
    );
    expect(csv.split("\r\n")[1]).toBe(
      "R-1001,2026-11-23T10:15:00+01:00,REG-1,S-1,1,1910,Card clearing,30.00,0.00,EUR,Tender clearing card",
    );
    const read = readGeneralLedgerCsv(csv);
    expect(read.rows).toBe(9);
    expect(read.perEntry.size).toBe(0);
  });

  it("should re-read balanced and equal to the journal for generated receipts", () => {
    fc.assert(
      fc.property(
        documentsArbitrary,
        eventsArbitrary,
        fc.constantFrom("receipt", "session") as fc.Arbitrary<"receipt" | "session">,
        (docs, events, granularity) => {
          const { journal, documents } = journalOf(docs, events, granularity);
          const csv = readGeneralLedgerCsv(exportGeneralLedgerCsv(journal));
          expect(csv.perEntry.size).toBe(0);
          expect(csv.perAccount).toEqual(journalBalances(journal));
          // Ties to the receipts: card clearing is the card tendered, VAT 19% the 19% tax collected.
          const tendered = documents.flatMap((d) => d.tenders).filter((t) => t.type === "card");
          expect(csv.perAccount.get("1910") ?? 0n).toBe(
            tendered.reduce((total, t) => total + t.amount.minor, 0n),
          );
          const vat19 = documents.flatMap((d) => d.taxes).filter((t) => t.rate === "0.19");
          expect(csv.perAccount.get("2619") ?? 0n).toBe(
            -vat19.reduce((total, t) => total + t.amount.minor, 0n),
          );
          const jsonl = readJsonLines(exportGeneralLedgerJsonLines(journal));
          expect(jsonl.perEntry.size).toBe(0);
          expect(jsonl.perAccount).toEqual(journalBalances(journal));
        },
      ),
      RUNS,
    );
  });
});

describe("Xero manual journals", () => {
  it("splits 40 receipts (360 lines) into files of at most 300 lines without splitting a journal", () => {
    const receipts = Array.from({ length: 40 }, (_, index) => ({
      ...workedExample(),
      id: `R-${index}`,
      receiptNumber: String(index),
    }));
    const { journal } = journalOf(receipts);
    const files = exportXeroManualJournals(journal, { registerTracking: "Register" });
    expect(files.map((file) => file.name)).toEqual([
      "xero-manual-journals-001.csv",
      "xero-manual-journals-002.csv",
    ]);
    const read = readXero(files);
    expect(read.sizes).toEqual([297, 63]);
    expect(parseCsv(files[0]?.content ?? "")[1]).toEqual([
      "R-0",
      "23/11/2026",
      "Tender clearing card",
      "1910",
      "Tax Exempt",
      "30.00",
      "Register",
      "REG-1",
    ]);
  });

  it("refuses a single journal of more than 300 lines", () => {
    const wide = {
      ...workedExample(),
      revenue: Array.from({ length: 301 }, (_, index) => ({ category: `c${index}`, net: "0.01" })),
      discounts: [],
      taxes: [],
      giftCards: {},
      cashRounding: "0.00",
      tenders: [{ type: "card", amount: "3.01" }],
    };
    const { journal } = journalOf([wide]);
    expect(() => exportXeroManualJournals(journal)).toThrowError(
      expect.objectContaining({ code: "INVALID_INPUT", path: ["journal", "entries", 0] }),
    );
  });

  it("should write files that each balance and re-read to the journal", () => {
    fc.assert(
      fc.property(documentsArbitrary, eventsArbitrary, (docs, events) => {
        const { journal } = journalOf(docs, events);
        const read = readXero(exportXeroManualJournals(journal));
        expect(read.sizes.every((size) => size <= 300)).toBe(true);
        expect(read.perAccount).toEqual(journalBalances(journal));
      }),
      RUNS,
    );
  });
});

describe("QuickBooks IIF", () => {
  it("writes the worked example as one TRNS/SPL block summing to zero", () => {
    const { journal } = journalOf([workedExample()]);
    const iif = exportQuickBooksIif(journal);
    const read = readIif(iif);
    expect(read.header).toEqual(["!TRNS", "!SPL", "!ENDTRNS"]);
    expect(read.blocks).toBe(1);
    expect(iif.split("\r\n")[3]).toBe(
      "TRNS\tGENERAL JOURNAL\t11/23/2026\tCard clearing\t30.00\tR-1001\tTender clearing card",
    );
  });

  it("should write one zero-sum block per entry for generated receipts", () => {
    fc.assert(
      fc.property(documentsArbitrary, eventsArbitrary, (docs, events) => {
        const { journal } = journalOf(docs, events, "session");
        const read = readIif(exportQuickBooksIif(journal, { account: "code" }));
        expect(read.blocks).toBe(nonEmptyEntries(journal));
        expect(read.perAccount).toEqual(journalBalances(journal));
      }),
      RUNS,
    );
  });
});

describe("every export refuses an unbalanced journal", () => {
  it.each([
    ["general-ledger CSV", (journal: Journal) => exportGeneralLedgerCsv(journal)],
    ["JSON lines", (journal: Journal) => exportGeneralLedgerJsonLines(journal)],
    ["Xero", (journal: Journal) => exportXeroManualJournals(journal)],
    ["IIF", (journal: Journal) => exportQuickBooksIif(journal)],
  ])("%s throws UNBALANCED_JOURNAL", (_name, write) => {
    const { journal } = journalOf([workedExample()]);
    const [entry] = journal.entries;
    const broken: Journal = {
      ...journal,
      entries: entry === undefined ? [] : [{ ...entry, lines: entry.lines.slice(1) }],
    };
    expect(() => write(broken)).toThrowError(expect.objectContaining({ code: "UNBALANCED_JOURNAL" }));
  });
});
