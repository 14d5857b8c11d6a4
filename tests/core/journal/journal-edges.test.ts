import { afterEach, describe, expect, it, vi } from "vitest";
import {
  appendEntries,
  appendEntry,
  canonicalJson,
  createJournal,
  createMemoryJournalStore,
  entryHashInput,
  GENESIS_HASH,
  genesisHead,
  hashEntry,
  isReceiptEntryType,
  JOURNAL_ENTRY_TYPES,
  type JournalDraft,
  type JournalEntry,
  type JournalEntryType,
  type JournalHead,
  type JournalStore,
  jsonValueSchema,
  type Signer,
  sha256Hex,
  toJournalJson,
  verifyJournal,
} from "../../../src/core/journal";
import { parseMoney } from "../../../src/core/money";
import { failureOf, rejectionOf, tillErrorOf } from "../../support/till-error-of";
import { journalOf, REGISTER } from "./journal-fixtures";

const draft = (eventId: string, type: JournalEntryType, registerId = REGISTER): JournalDraft => ({
  registerId,
  eventId,
  type,
  timestamp: "2026-11-23T10:00:00.000Z",
  payload: { n: 1 },
});

/** Re-hashes an entry after a change, so only the chain rules (not the hash) can catch the change. */
async function rehashed(entry: Omit<JournalEntry, "hash">): Promise<JournalEntry> {
  return { ...entry, hash: await hashEntry(entry) };
}

describe("canonicalJson: literals, empties and limits", () => {
  it.each([
    ["false is written as a literal", { f: false, t: true }, '{"f":false,"t":true}'],
    ["an empty object", {}, "{}"],
    ["an empty array", [], "[]"],
    ["an array inside an object inside an array", [{ b: [null, "x"], a: 0 }], '[{"a":0,"b":[null,"x"]}]'],
    ["the largest safe integer", { n: 9_007_199_254_740_991 }, '{"n":9007199254740991}'],
    ["the smallest safe integer", { n: -9_007_199_254_740_991 }, '{"n":-9007199254740991}'],
  ])("%s", (_title, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it.each([
    // 2^53 = 9007199254740992 is an integer but no longer exact in a double: hashing it would be ambiguous.
    ["2^53 (an integer past the safe range)", { n: 2 ** 53 }, ["n"]],
    ["Infinity", { n: Number.POSITIVE_INFINITY }, ["n"]],
    ["a Map (not a plain object)", { m: new Map() }, ["m"]],
    ["a function", [() => 1], [0]],
    ["a symbol", { s: Symbol("s") }, ["s"]],
    ["undefined at the top", undefined, []],
  ])("rejects %s with INVALID_INPUT at its path", (_title, value, path) => {
    expect(failureOf(() => canonicalJson(value))).toMatchObject({ code: "INVALID_INPUT", path });
  });
});

describe("toJournalJson: what JSON.stringify would write, then checked", () => {
  it.each([
    [
      "Money and nested Money through their toJSON",
      { total: parseMoney("48.32", "EUR"), lines: [{ net: parseMoney("-2", "EUR") }] },
      { total: { amount: "48.32", currency: "EUR" }, lines: [{ net: { amount: "-2.00", currency: "EUR" } }] },
    ],
    ["a Date as its ISO text", { at: new Date(0) }, { at: "1970-01-01T00:00:00.000Z" }],
    ["a function member is dropped", { a: 1, f: () => 1 }, { a: 1 }],
  ])("%s", (_title, value, expected) => {
    expect(toJournalJson(value)).toEqual(expected);
  });

  it("without a prefix the path starts at the value, and a bigint keeps JSON.stringify's error as cause", () => {
    expect(failureOf(() => toJournalJson({ lines: [{ qty: 0.5 }] }))).toMatchObject({
      path: ["lines", 0, "qty"],
    });
    expect(tillErrorOf(() => toJournalJson({ minor: 1n })).cause).toBeInstanceOf(TypeError);
  });

  it.each([
    // JSON.stringify throws on bigint: the error names the caller's prefix, as nothing deeper is known.
    ["a bigint", { minor: 4832n }, ["payload"]],
    // JSON.stringify(undefined) is undefined, not text.
    ["undefined", undefined, ["payload"]],
    // A fraction survives JSON.stringify but not the canonical check, which names the member.
    ["a fraction", { rate: 0.23 }, ["payload", "rate"]],
  ])("rejects %s with INVALID_INPUT under the prefix", (_title, value, path) => {
    expect(failureOf(() => toJournalJson(value, ["payload"]))).toMatchObject({ code: "INVALID_INPUT", path });
  });
});

describe("jsonValueSchema", () => {
  it.each([
    ["null", null, true],
    ["nested arrays and objects", { a: [1, "x", null, false, { b: -3 }] }, true],
    ["the largest safe integer", 9_007_199_254_740_991, true],
    ["2^53", 2 ** 53, false],
    ["a fraction", 1.5, false],
    ["a fraction deep inside", { a: [{ b: 0.5 }] }, false],
    ["undefined", undefined, false],
  ])("%s → %s", (_title, value, ok) => {
    expect(jsonValueSchema.safeParse(value).success).toBe(ok);
  });
});

describe("appendEntry and appendEntries", () => {
  // A head in the middle of a day: 4 entries, 2 receipts issued so far.
  const head: JournalHead = { registerId: REGISTER, seq: 4, hash: "a".repeat(64), receiptNumber: 2 };

  it.each([
    ["a sale takes receipt 2 + 1 = 3", "sale.completed", 3],
    ["a return takes receipt 3", "return.completed", 3],
    ["a post-void takes receipt 3", "sale.postVoided", 3],
    ["a paid-in takes none", "cash.paidIn", undefined],
    ["a training receipt takes none", "training.receipt", undefined],
  ] as const)("continues seq 4 → 5 and %s", async (_title, type, receiptNumber) => {
    const entry = await appendEntry(head, draft("e5", type));
    expect([entry.seq, entry.prevHash, entry.receiptNumber, "receiptNumber" in entry]).toEqual([
      5,
      "a".repeat(64),
      receiptNumber,
      receiptNumber !== undefined,
    ]);
    expect(entry.hash).toBe(await hashEntry(entry));
  });

  it("hands the signer the entry's hash and the unsigned entry, and stores its key id", async () => {
    const seen: unknown[] = [];
    const signer: Signer = {
      keyId: "tse-7",
      sign: async (hash, entry) => {
        seen.push(hash, entry);
        return "signed";
      },
    };
    const entry = await appendEntry(genesisHead(REGISTER), draft("e1", "drawer.opened"), { signer });
    const { signature, ...unsigned } = entry;
    expect(signature).toEqual({ keyId: "tse-7", value: "signed" });
    expect(seen).toEqual([entry.hash, unsigned]);
  });

  it.each([
    ["an unknown member", { ...draft("e1", "cash.paidIn"), extra: 1 }, ["draft"]],
    ["an unknown type", { ...draft("e1", "cash.paidIn"), type: "sale.refunded" }, ["draft", "type"]],
    [
      "a local timestamp",
      { ...draft("e1", "cash.paidIn"), timestamp: "2026-11-23T10:00:00" },
      ["draft", "timestamp"],
    ],
    ["an empty event id", { ...draft("e1", "cash.paidIn"), eventId: "" }, ["draft", "eventId"]],
  ])("rejects a draft with %s with INVALID_INPUT", async (_title, bad, path) => {
    expect(await rejectionOf(() => appendEntry(genesisHead(REGISTER), bad as JournalDraft))).toMatchObject({
      code: "INVALID_INPUT",
      path,
    });
  });

  it("a batch of sale, paid-in, return from the genesis numbers seq 1–3, receipts 1 and 2, and returns the head", async () => {
    const { entries, head: after } = await appendEntries(genesisHead(REGISTER), [
      draft("e1", "sale.completed"),
      draft("e2", "cash.paidIn"),
      draft("e3", "return.completed"),
    ]);
    expect(entries.map((entry) => [entry.seq, entry.receiptNumber])).toEqual([
      [1, 1],
      [2, undefined],
      [3, 2],
    ]);
    expect(entries.map((entry) => entry.prevHash)).toEqual([
      GENESIS_HASH,
      entries[0]?.hash,
      entries[1]?.hash,
    ]);
    expect(after).toEqual({ registerId: REGISTER, seq: 3, hash: entries[2]?.hash, receiptNumber: 2 });
    expect(await verifyJournal(entries)).toMatchObject({ ok: true, count: 3 });
  });

  it("an empty batch leaves the head where it was", async () => {
    expect(await appendEntries(head, [])).toEqual({ entries: [], head });
  });

  it("signs every entry of a batch", async () => {
    const signer: Signer = { keyId: "k", sign: async (hash) => hash.slice(0, 6) };
    const { entries } = await appendEntries(
      genesisHead(REGISTER),
      [draft("e1", "cash.paidIn"), draft("e2", "cash.drop")],
      { signer },
    );
    expect(entries.map((entry) => entry.signature?.value)).toEqual(
      entries.map((entry) => entry.hash.slice(0, 6)),
    );
  });
});

describe("the hash covers the receipt number", () => {
  it("writes receiptNumber last in the hashed text of a receipt entry", async () => {
    const entry = await appendEntry(genesisHead(REGISTER), draft("e1", "sale.completed"));
    expect(entryHashInput(entry)).toBe(
      `{"eventId":"e1","payload":{"n":1},"prevHash":"${GENESIS_HASH}","receiptNumber":1,"registerId":"R1","seq":1,"timestamp":"2026-11-23T10:00:00.000Z","type":"sale.completed"}`,
    );
  });

  it("a receipt number changed in storage is an altered entry, not a numbering gap", async () => {
    const { entries } = await journalOf([
      { type: "sale.completed", payload: {} },
      { type: "sale.completed", payload: {} },
    ]);
    const copy = [entries[0], { ...(entries[1] as JournalEntry), receiptNumber: 5 }];
    expect(await verifyJournal(copy)).toEqual({ ok: false, index: 1, seq: 2, reason: "altered" });
  });
});

describe("createJournal", () => {
  it("an empty batch journals nothing", async () => {
    const store = createMemoryJournalStore();
    expect(await createJournal(store).append([])).toEqual([]);
    expect(await store.head(REGISTER)).toEqual(genesisHead(REGISTER));
  });

  it("refuses one batch for two registers with INVALID_INPUT, writing nothing", async () => {
    const store = createMemoryJournalStore();
    const attempt = () =>
      createJournal(store).append([draft("e1", "cash.paidIn"), draft("e2", "cash.paidIn", "R2")]);
    expect(await rejectionOf(attempt)).toMatchObject({ code: "INVALID_INPUT", path: ["registerId"] });
    expect([await store.read(REGISTER), await store.read("R2")]).toEqual([[], []]);
  });

  it("a batch appended in one call continues the stored head", async () => {
    const store = createMemoryJournalStore();
    const journal = createJournal(store);
    await journal.append([draft("e1", "sale.completed")]);
    const batch = await journal.append([draft("e2", "cash.paidIn"), draft("e3", "sale.completed")]);
    expect(batch.map((entry) => [entry.seq, entry.receiptNumber])).toEqual([
      [2, undefined],
      [3, 2],
    ]);
    expect(await journal.read(REGISTER)).toEqual([...(await store.read(REGISTER))]);
    expect(await journal.verify(REGISTER)).toMatchObject({ ok: true, count: 3, lastSeq: 3 });
  });

  it("a retried batch returns the stored entries in the batch's order and writes nothing", async () => {
    const store = createMemoryJournalStore();
    const journal = createJournal(store);
    const first = await journal.append([draft("e1", "sale.completed"), draft("e2", "cash.paidIn")]);
    expect(await journal.append([draft("e1", "sale.completed"), draft("e2", "cash.paidIn")])).toEqual(first);
    expect((await store.head(REGISTER)).seq).toBe(2);
  });

  it("a retry is answered from the stored facts without asking the store to write", async () => {
    const inner = createMemoryJournalStore();
    const calls: string[] = [];
    const spied: JournalStore = {
      ...inner,
      head: (registerId) => {
        calls.push("head");
        return inner.head(registerId);
      },
      append: (entries) => {
        calls.push("append");
        return inner.append(entries);
      },
    };
    const journal = createJournal(spied);
    const first = await journal.append([draft("e1", "sale.completed")]);
    calls.length = 0;
    expect(await journal.append([draft("e1", "sale.completed")])).toEqual(first);
    expect(calls).toEqual([]);
  });

  it.each([
    // The second draft is new: a half-stored batch must not be half-replayed.
    [
      "a batch mixing a stored and a new event",
      [draft("e1", "sale.completed"), draft("e9", "cash.paidIn")],
      1,
      "e9",
    ],
    ["the same event id with another type", [draft("e1", "return.completed")], 0, "e1"],
    ["the same event id on another register", [draft("e1", "sale.completed", "R2")], 0, "e1"],
  ])("refuses %s with IDEMPOTENCY_CONFLICT at its index", async (_title, drafts, index, eventId) => {
    const store = createMemoryJournalStore();
    const journal = createJournal(store);
    await journal.append([draft("e1", "sale.completed")]);
    expect(await rejectionOf(() => journal.append(drafts))).toEqual({
      code: "IDEMPOTENCY_CONFLICT",
      path: [index, "eventId"],
      details: { eventId },
    });
    expect((await store.read(REGISTER)).length).toBe(1);
  });

  it("verify compares the chain with the store's head: a store that lost its tail is missing entries", async () => {
    const inner = createMemoryJournalStore();
    await createJournal(inner).append([draft("e1", "cash.paidIn"), draft("e2", "cash.paidIn")]);
    const truncated: JournalStore = {
      ...inner,
      read: async (registerId) => (await inner.read(registerId)).slice(0, 1),
    };
    expect(await createJournal(truncated).verify(REGISTER)).toEqual({
      ok: false,
      index: 1,
      seq: 2,
      reason: "missing",
    });
  });
});

describe("memory journal store", () => {
  it("refuses a batch naming one event twice with IDEMPOTENCY_CONFLICT, writing nothing", async () => {
    const store = createMemoryJournalStore();
    const { entries } = await appendEntries(genesisHead(REGISTER), [
      draft("e1", "cash.paidIn"),
      { ...draft("e1", "cash.drop") },
    ]);
    expect(await rejectionOf(() => store.append(entries))).toEqual({
      code: "IDEMPOTENCY_CONFLICT",
      path: ["eventId"],
      details: { eventId: "e1", storedSeq: undefined },
    });
    expect(await store.read(REGISTER)).toEqual([]);
  });

  it("a batch stored before is returned as stored when appended again directly", async () => {
    const store = createMemoryJournalStore();
    const { entries } = await appendEntries(genesisHead(REGISTER), [
      draft("e1", "sale.completed"),
      draft("e2", "cash.paidIn"),
    ]);
    await store.append(entries);
    const retried = entries.map((entry) => ({ ...entry, timestamp: "2026-11-23T11:00:00.000Z" }));
    expect(await store.append(retried)).toEqual(entries);
    expect(await store.read(REGISTER)).toEqual(entries);
  });

  it("a batch mixing a stored and a new event is IDEMPOTENCY_CONFLICT on the store too", async () => {
    const store = createMemoryJournalStore();
    const { entries } = await appendEntries(genesisHead(REGISTER), [
      draft("e1", "sale.completed"),
      draft("e2", "cash.paidIn"),
    ]);
    await store.append(entries.slice(0, 1));
    expect(await rejectionOf(() => store.append(entries))).toEqual({
      code: "IDEMPOTENCY_CONFLICT",
      path: ["eventId"],
      details: { eventId: "e2", storedSeq: undefined },
    });
    expect((await store.read(REGISTER)).length).toBe(1);
  });

  it("names the stored sequence number of a conflicting event", async () => {
    const store = createMemoryJournalStore();
    const [stored] = await createJournal(store).append([draft("e1", "cash.paidIn")]);
    const changed = { ...(stored as JournalEntry), type: "cash.drop" as const };
    expect(await rejectionOf(() => store.append([changed]))).toMatchObject({
      code: "IDEMPOTENCY_CONFLICT",
      details: { eventId: "e1", storedSeq: 1 },
    });
  });

  it("refuses the right seq with the wrong prevHash with JOURNAL_CONFLICT", async () => {
    const store = createMemoryJournalStore();
    await createJournal(store).append([draft("e1", "cash.paidIn")]);
    const forked = await appendEntry(
      { ...genesisHead(REGISTER), seq: 1, hash: "b".repeat(64) },
      draft("e2", "cash.drop"),
    );
    expect(await rejectionOf(() => store.append([forked]))).toEqual({
      code: "JOURNAL_CONFLICT",
      path: [],
      details: { registerId: REGISTER, headSeq: 1, entrySeq: 2 },
    });
  });

  it("checks the whole batch first: a break in the second entry leaves the first unwritten", async () => {
    const store = createMemoryJournalStore();
    const { entries } = await appendEntries(genesisHead(REGISTER), [
      draft("e1", "cash.paidIn"),
      draft("e2", "cash.drop"),
    ]);
    const broken = [entries[0] as JournalEntry, { ...(entries[1] as JournalEntry), seq: 3 }];
    expect(await rejectionOf(() => store.append(broken))).toMatchObject({ code: "JOURNAL_CONFLICT" });
    expect([await store.read(REGISTER), await store.findByEventId("e1")]).toEqual([[], undefined]);
    expect(await store.head(REGISTER)).toEqual(genesisHead(REGISTER));
  });

  it("keeps a head per register when one batch continues two registers", async () => {
    const store = createMemoryJournalStore();
    const r1 = await appendEntries(genesisHead("R1"), [
      draft("a1", "sale.completed"),
      draft("a2", "cash.paidIn"),
    ]);
    const r2 = await appendEntry(genesisHead("R2"), draft("b1", "sale.completed", "R2"));
    const batch = [r1.entries[0], r2, r1.entries[1]] as JournalEntry[];
    expect(await store.append(batch)).toEqual(batch);
    expect([await store.head("R1"), await store.head("R2")]).toEqual([
      r1.head,
      { registerId: "R2", seq: 1, hash: r2.hash, receiptNumber: 1 },
    ]);
    expect((await store.read("R2")).map((entry) => entry.eventId)).toEqual(["b1"]);
    expect(await store.findByEventId("b1")).toEqual(r2);
  });

  it.each([
    [undefined, ["e1", "e2", "e3"]],
    [1, ["e1", "e2", "e3"]],
    [2, ["e2", "e3"]],
    [3, ["e3"]],
    [4, []],
  ])("read from seq %s returns %j", async (fromSeq, eventIds) => {
    const store = createMemoryJournalStore();
    await createJournal(store).append([
      draft("e1", "cash.paidIn"),
      draft("e2", "cash.paidIn"),
      draft("e3", "cash.paidIn"),
    ]);
    expect((await store.read(REGISTER, fromSeq)).map((entry) => entry.eventId)).toEqual(eventIds);
  });

  it("an unknown register reads empty from the genesis head", async () => {
    const store = createMemoryJournalStore();
    expect([await store.read("R9"), await store.head("R9"), await store.findByEventId("e1")]).toEqual([
      [],
      genesisHead("R9"),
      undefined,
    ]);
  });
});

describe("verifyJournal: every break named", () => {
  async function day() {
    // sale (receipt 1), paid-in, sale (receipt 2), drop
    const types = ["sale.completed", "cash.paidIn", "sale.completed", "cash.drop"] as const;
    return journalOf(types.map((type) => ({ type, payload: {} })));
  }

  it("an empty chain verifies at the genesis", async () => {
    expect(await verifyJournal([])).toEqual({ ok: true, count: 0, lastSeq: 0, lastHash: GENESIS_HASH });
  });

  it("a slice verifies after the entry before it, carrying the receipt number across", async () => {
    const { entries } = await day();
    const after = { seq: 2, hash: (entries[1] as JournalEntry).hash, receiptNumber: 1 };
    expect(await verifyJournal(entries.slice(2), { after })).toEqual({
      ok: true,
      count: 2,
      lastSeq: 4,
      lastHash: entries[3]?.hash,
    });
    // Starting the slice at receipt 0 makes its receipt 2 a skip.
    expect(await verifyJournal(entries.slice(2), { after: { ...after, receiptNumber: 0 } })).toEqual({
      ok: false,
      index: 0,
      seq: 3,
      reason: "receipt-gap",
    });
  });

  it.each([
    ["a head one entry further: the tail was deleted", 5, "c", "missing"],
    ["the same seq with another hash", 4, "c", "altered"],
    ["a head one entry behind", 3, "c", "altered"],
  ])("expected head: %s → %s", async (_title, seq, fill, reason) => {
    const { entries } = await day();
    const expectedHead = { seq, hash: fill.repeat(64) };
    expect(await verifyJournal(entries, { expectedHead })).toEqual({ ok: false, index: 4, seq: 5, reason });
  });

  it("an earlier entry appearing again is reordered, not missing", async () => {
    const { entries } = await day();
    const copy = [entries[0], entries[1], entries[1], entries[2], entries[3]];
    expect(await verifyJournal(copy)).toEqual({ ok: false, index: 2, seq: 3, reason: "reordered" });
  });

  it("an earlier entry repeated at the end is reordered, though seq 3 never follows", async () => {
    const { entries } = await day();
    const copy = [entries[0], entries[1], entries[0]];
    expect(await verifyJournal(copy)).toEqual({ ok: false, index: 2, seq: 3, reason: "reordered" });
  });

  it("a head claiming seq 5 with the last entry's hash still reports the missing seq 5", async () => {
    const { entries } = await day();
    const expectedHead = { seq: 5, hash: (entries[3] as JournalEntry).hash };
    expect(await verifyJournal(entries, { expectedHead })).toEqual({
      ok: false,
      index: 4,
      seq: 5,
      reason: "missing",
    });
  });

  it("a gap followed by junk is missing (the junk is not read as a later entry)", async () => {
    const { entries } = await day();
    expect(await verifyJournal([entries[1], null, undefined, "x"])).toEqual({
      ok: false,
      index: 0,
      seq: 1,
      reason: "missing",
    });
  });

  it.each([
    ["null", null],
    ["text", "entry"],
    ["an entry with an unknown member", "extra"],
  ])("%s is malformed", async (_title, value) => {
    const { entries } = await day();
    const bad = value === "extra" ? { ...(entries[0] as JournalEntry), extra: 1 } : value;
    expect(await verifyJournal([bad, ...entries.slice(1)])).toEqual({
      ok: false,
      index: 0,
      seq: 1,
      reason: "malformed",
    });
  });

  it("a receipt number on a paid-in is a receipt gap even when re-hashed", async () => {
    const { entries } = await day();
    const { hash: _old, ...paidIn } = entries[1] as JournalEntry;
    const copy = [entries[0], await rehashed({ ...paidIn, receiptNumber: 2 })];
    expect(await verifyJournal(copy)).toEqual({ ok: false, index: 1, seq: 2, reason: "receipt-gap" });
  });

  it("a sale without its receipt number is a receipt gap", async () => {
    const { entries } = await day();
    const { hash: _old, receiptNumber: _dropped, ...sale } = entries[0] as JournalEntry;
    expect(await verifyJournal([await rehashed(sale)])).toEqual({
      ok: false,
      index: 0,
      seq: 1,
      reason: "receipt-gap",
    });
  });

  it("names the first entry the signature check rejects, after checking the ones before it", async () => {
    const { entries } = await day();
    const checked: number[] = [];
    const verifySignature = async (entry: JournalEntry) => {
      checked.push(entry.seq);
      return entry.seq !== 3;
    };
    expect(await verifyJournal(entries, { verifySignature })).toEqual({
      ok: false,
      index: 2,
      seq: 3,
      reason: "bad-signature",
    });
    expect(checked).toEqual([1, 2, 3]);
  });

  it("an entry of another register after the first is wrong-register, even with a valid hash", async () => {
    const { entries } = await day();
    const { hash: _old, ...second } = entries[1] as JournalEntry;
    const copy = [entries[0], await rehashed({ ...second, registerId: "R2" })];
    expect(await verifyJournal(copy)).toEqual({ ok: false, index: 1, seq: 2, reason: "wrong-register" });
  });
});

describe("entry types and hashing", () => {
  it("exactly sales, returns and post-voids take receipt numbers", () => {
    expect(JOURNAL_ENTRY_TYPES.filter(isReceiptEntryType)).toEqual([
      "sale.completed",
      "sale.postVoided",
      "return.completed",
    ]);
  });

  describe("without Web Crypto", () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it("sha256Hex fails with INTERNAL", async () => {
      vi.stubGlobal("crypto", undefined);
      expect(await rejectionOf(() => sha256Hex("abc"))).toMatchObject({ code: "INTERNAL" });
    });
  });

  it("writes each digest byte as two hex digits (FIPS 180-2 two-block vector)", async () => {
    expect(await sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });
});
