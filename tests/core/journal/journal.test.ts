import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  appendEntry,
  canonicalJson,
  createJournal,
  createMemoryJournalStore,
  entryHashInput,
  GENESIS_HASH,
  genesisHead,
  type JournalEntry,
  type Signer,
  verifyJournal,
} from "../../../src/core/journal";
import { draftAt, factArbitrary, journalOf, REGISTER } from "./journal-fixtures";

const facts = fc.array(factArbitrary, { minLength: 1, maxLength: 10 });

describe("appendEntry", () => {
  it.each([
    ["a session opening", "session.opened", 1, undefined],
    ["a completed sale takes receipt 1", "sale.completed", 1, 1],
    ["a training receipt takes no receipt number", "training.receipt", 1, undefined],
  ] as const)("numbers %s", async (_title, type, seq, receiptNumber) => {
    const entry = await appendEntry(genesisHead(REGISTER), draftAt(0, { type, payload: {} }));
    expect([entry.seq, entry.receiptNumber, entry.prevHash]).toEqual([seq, receiptNumber, GENESIS_HASH]);
  });

  it("chains each entry to the previous hash and numbers receipts without gaps", async () => {
    const types = [
      "session.opened",
      "sale.completed",
      "cash.paidIn",
      "return.completed",
      "sale.completed",
    ] as const;
    const { entries } = await journalOf(types.map((type) => ({ type, payload: {} })));
    expect(entries.map((entry) => entry.receiptNumber)).toEqual([undefined, 1, undefined, 2, 3]);
    expect(entries.slice(1).map((entry) => entry.prevHash)).toEqual(
      entries.slice(0, -1).map((entry) => entry.hash),
    );
  });

  it("adds a signature per entry when a signer is configured", async () => {
    const signer: Signer = { keyId: "tse-1", sign: async (hash) => `sig:${hash.slice(0, 8)}` };
    const entry = await appendEntry(
      genesisHead(REGISTER),
      draftAt(0, { type: "drawer.opened", payload: {} }),
      {
        signer,
      },
    );
    expect(entry.signature).toEqual({ keyId: "tse-1", value: `sig:${entry.hash.slice(0, 8)}` });
    const verdict = await verifyJournal([entry], {
      verifySignature: async (signed) => signed.signature?.value === `sig:${signed.hash.slice(0, 8)}`,
    });
    expect(verdict.ok).toBe(true);
  });

  it("rejects a draft for another register with INVALID_INPUT", async () => {
    const draft = { ...draftAt(0, { type: "drawer.opened", payload: {} }), registerId: "R2" };
    await expect(appendEntry(genesisHead(REGISTER), draft)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      path: ["draft", "registerId"],
    });
  });
});

describe("golden hashes (independently checked with Python hashlib)", () => {
  it.each([
    [
      "the first entry of R1",
      {
        type: "session.opened",
        eventId: "evt-1",
        timestamp: "2026-11-23T08:00:00.000Z",
        payload: { sessionId: "S-1", floatTotal: { amount: "100.00", currency: "EUR" } },
      },
      '{"eventId":"evt-1","payload":{"floatTotal":{"amount":"100.00","currency":"EUR"},"sessionId":"S-1"},"prevHash":"0000000000000000000000000000000000000000000000000000000000000000","registerId":"R1","seq":1,"timestamp":"2026-11-23T08:00:00.000Z","type":"session.opened"}',
      "978fda0aa4ecd24d0ef3770acbdbeded5f731ba30a44b28667de740353e11419",
    ],
  ] as const)("hashes %s", async (_title, fact, canonical, hash) => {
    const entry = await appendEntry(genesisHead(REGISTER), {
      registerId: REGISTER,
      ...fact,
      payload: { ...fact.payload },
    });
    expect([entryHashInput(entry), entry.hash]).toEqual([canonical, hash]);
  });
});

describe("journal store idempotency", () => {
  it("writes a retried fact exactly once", async () => {
    const store = createMemoryJournalStore();
    const journal = createJournal(store);
    const draft = draftAt(0, { type: "cash.paidIn", payload: { amount: "10.00" } });
    const first = await journal.append([draft]);
    const again = await journal.append([{ ...draft, timestamp: "2026-11-23T11:00:00.000Z" }]);
    expect(again).toEqual(first);
    expect((await store.read(REGISTER)).length).toBe(1);
  });

  it.each([
    ["through the journal", "journal"],
    ["directly on the store", "store"],
  ])(
    "rejects a reused event id with another payload %s, leaving the store unchanged",
    async (_title, via) => {
      const store = createMemoryJournalStore();
      const journal = createJournal(store);
      const [stored] = await journal.append([
        draftAt(0, { type: "cash.paidIn", payload: { amount: "10.00" } }),
      ]);
      const before = [await store.read(REGISTER), await store.head(REGISTER)];
      const changed = draftAt(0, { type: "cash.paidIn", payload: { amount: "99.00" } });
      const attempt =
        via === "journal"
          ? journal.append([changed])
          : store.append([{ ...(stored as JournalEntry), payload: changed.payload }]);
      await expect(attempt).rejects.toMatchObject({ code: "IDEMPOTENCY_CONFLICT" });
      expect([await store.read(REGISTER), await store.head(REGISTER)]).toEqual(before);
    },
  );

  it("rejects an entry that does not continue the head with JOURNAL_CONFLICT", async () => {
    const store = createMemoryJournalStore();
    const stale = await appendEntry(
      genesisHead(REGISTER),
      draftAt(5, { type: "drawer.opened", payload: {} }),
    );
    await createJournal(store).append([draftAt(0, { type: "drawer.opened", payload: {} })]);
    await expect(store.append([stale])).rejects.toMatchObject({ code: "JOURNAL_CONFLICT" });
    expect((await store.read(REGISTER)).length).toBe(1);
  });
});

describe("verifyJournal", () => {
  it("verifies after any sequence of appends", async () => {
    await fc.assert(
      fc.asyncProperty(facts, async (list) => {
        const { journal, entries } = await journalOf(list);
        const verdict = await journal.verify(REGISTER);
        expect(verdict).toEqual({
          ok: true,
          count: list.length,
          lastSeq: list.length,
          lastHash: entries.at(-1)?.hash,
        });
      }),
      { numRuns: 150 },
    );
  });

  it("fails at the changed entry after any single-byte change", async () => {
    const change = fc.record({ at: fc.nat(), offset: fc.nat(), byte: fc.integer({ min: 0x20, max: 0x7e }) });
    await fc.assert(
      fc.asyncProperty(facts, change, async (list, { at, offset, byte }) => {
        const { entries, head } = await journalOf(list);
        const index = at % entries.length;
        const line = canonicalJson(entries[index]);
        const position = offset % line.length;
        fc.pre(line.charCodeAt(position) !== byte);
        const tampered = `${line.slice(0, position)}${String.fromCharCode(byte)}${line.slice(position + 1)}`;
        let decoded: unknown = tampered;
        try {
          decoded = JSON.parse(tampered);
        } catch {
          // A line that no longer parses is handed over as text: verification must call it malformed.
        }
        const copy: unknown[] = [...entries];
        copy[index] = decoded;
        const verdict = await verifyJournal(copy, { expectedHead: head });
        expect(verdict).toMatchObject({ ok: false, index, seq: index + 1 });
      }),
      { numRuns: 300 },
    );
  });

  it("fails at the deleted entry's sequence number after any deletion", async () => {
    await fc.assert(
      fc.asyncProperty(facts, fc.nat(), async (list, at) => {
        const { entries, head } = await journalOf(list);
        const index = at % entries.length;
        const copy = entries.filter((_entry, position) => position !== index);
        const verdict = await verifyJournal(copy, { expectedHead: head });
        expect(verdict).toEqual({ ok: false, index, seq: index + 1, reason: "missing" });
      }),
      { numRuns: 150 },
    );
  });

  it("fails at the first swapped entry after any swap", async () => {
    const longer = fc.array(factArbitrary, { minLength: 2, maxLength: 10 });
    await fc.assert(
      fc.asyncProperty(longer, fc.nat(), fc.nat(), async (list, a, b) => {
        const { entries, head } = await journalOf(list);
        const [first, second] = [a % entries.length, b % entries.length].sort((x, y) => x - y) as [
          number,
          number,
        ];
        fc.pre(first !== second);
        const copy = [...entries];
        [copy[first], copy[second]] = [entries[second] as JournalEntry, entries[first] as JournalEntry];
        const verdict = await verifyJournal(copy, { expectedHead: head });
        expect(verdict).toEqual({ ok: false, index: first, seq: first + 1, reason: "reordered" });
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ["an entry re-hashed after its payload changed breaks the next link", "rehash", 1, 2, "broken-link"],
    ["a receipt number skipped", "receipt", 1, 2, "receipt-gap"],
    ["an entry from another register", "register", 2, 3, "wrong-register"],
  ] as const)("names %s", async (_title, tamper, index, seq, reason) => {
    const types = ["session.opened", "sale.completed", "sale.completed"] as const;
    const { entries } = await journalOf(types.map((type) => ({ type, payload: { n: 1 } })));
    const copy = [...entries] as JournalEntry[];
    const target = copy[tamper === "rehash" ? 0 : index] as JournalEntry;
    const draft = {
      registerId: target.registerId,
      eventId: target.eventId,
      type: target.type,
      timestamp: target.timestamp,
      payload: target.payload,
    };
    if (tamper === "rehash") {
      copy[0] = await appendEntry(genesisHead(REGISTER), { ...draft, payload: { n: 2 } });
    } else if (tamper === "receipt") {
      // Continue the right link but claim receipt 3 where 1 was due.
      const skipped = { registerId: REGISTER, seq: index, hash: target.prevHash, receiptNumber: 2 };
      copy[index] = await appendEntry(skipped, draft);
    } else {
      copy[index] = { ...target, registerId: "R2" };
    }
    expect(await verifyJournal(copy)).toMatchObject({ ok: false, index, seq, reason });
  });
});
