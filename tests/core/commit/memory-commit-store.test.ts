import { describe, expect, it } from "vitest";
import { parseMoney } from "../../../src/core";
import { type CommitRecord, createMemoryCommitStore, isSameCommitRecord } from "../../../src/core/commit";
import { appendEntries, createMemoryJournalStore, type JournalHead } from "../../../src/core/journal";
import { createMemoryLoyaltyLedger, createMemorySaleStore } from "../../../src/core/ports";
import { pieces } from "../../../src/core/quantity/quantity";
import { createMemoryStoredValue } from "../../../src/pricing";
import { saleWith } from "../sale/sale-fixtures";

const eur = (amount: string) => parseMoney(amount, "EUR");
const AT = "2026-11-23T12:00:00.000Z";

async function recordAt(
  head: JournalHead,
  commitId: string,
  extra: Partial<CommitRecord> = {},
  payload: Record<string, string> = { note: commitId },
): Promise<CommitRecord> {
  const { entries } = await appendEntries(head, [
    { registerId: "R1", eventId: `evt-${commitId}`, type: "drawer.opened", timestamp: AT, payload },
  ]);
  return {
    commitId,
    registerId: "R1",
    journalEntries: entries,
    expectedJournalHead: head,
    outbox: [],
    stockDeltas: [],
    loyaltyEntries: [],
    storedValueEntries: [],
    couponRedemptions: [],
    ...extra,
  };
}

async function world() {
  const journal = createMemoryJournalStore();
  const saleStore = createMemorySaleStore();
  const loyaltyLedger = createMemoryLoyaltyLedger();
  const storedValue = createMemoryStoredValue([{ accountId: "gc-1", currency: "EUR" }]);
  await storedValue.activate("gc-1", eur("10.00"), "activation");
  const store = createMemoryCommitStore({ journal, saleStore, loyaltyLedger, storedValue });
  return { journal, saleStore, loyaltyLedger, storedValue, store };
}

const balance = async (port: ReturnType<typeof createMemoryStoredValue>, accountId: string) => {
  const answer = await port.balance(accountId);
  return answer.status === "ok" ? answer.balance.toString() : answer.reason;
};

describe("memory commit store", () => {
  it("books a record everywhere at once and finds it by id", async () => {
    const { journal, saleStore, loyaltyLedger, storedValue, store } = await world();
    const sale = saleWith([["PEN", "1"]]);
    const loyaltyEntry = {
      entryId: "l-1",
      customerId: "c-1",
      programId: "p",
      kind: "earn" as const,
      points: 5,
      at: AT,
    };
    const record = await recordAt(await journal.head("R1"), "c-1", {
      sale,
      loyaltyEntries: [loyaltyEntry],
      storedValueEntries: [
        { accountId: "gc-1", tenderId: "t-1", delta: eur("-4.00") },
        { accountId: "credit-1", tenderId: "t-2", delta: eur("2.50") },
        { accountId: "gc-1", tenderId: "t-3", delta: eur("0.00") },
        // A zero delta moves nothing, so an account the port does not know is not asked about.
        { accountId: "gc-unknown", tenderId: "t-4", delta: eur("0.00") },
      ],
      stockDeltas: [{ sku: "PEN", delta: pieces(-1), saleId: "sale-1", lineId: "line-1" }],
      couponRedemptions: [{ code: "SAVE", saleId: "sale-1" }],
    });
    const outbox = [{ eventId: "evt-c-1", registerId: "R1", entry: record.journalEntries[0]! }];
    expect(await store.commit({ ...record, outbox })).toEqual({ ...record, outbox });
    expect((await journal.head("R1")).seq).toBe(1);
    const saved = await saleStore.load("sale-1");
    expect(saved).toEqual({ sale });
    expect(saved !== undefined && "priced" in saved).toBe(false);
    expect(await balance(storedValue, "gc-1")).toBe("6.00");
    expect(await balance(storedValue, "credit-1")).toBe("2.50");
    // The ledger holds the entry: the same id with other points is refused.
    const conflict = await loyaltyLedger
      .append([{ ...loyaltyEntry, points: 6 }])
      .catch((caught: unknown) => caught);
    expect(conflict).toMatchObject({ code: "IDEMPOTENCY_CONFLICT" });
    expect(store.outbox).toEqual(outbox);
    expect(store.stockDeltas.map((delta) => delta.sku)).toEqual(["PEN"]);
    expect(store.loyaltyEntries).toEqual([loyaltyEntry]);
    expect(store.storedValueEntries.map((entry) => entry.tenderId)).toEqual(["t-1", "t-2", "t-3", "t-4"]);
    expect(store.couponRedemptions).toEqual([{ code: "SAVE", saleId: "sale-1" }]);
    expect(store.commitCount()).toBe(1);
    expect(await store.find("c-1")).toEqual({ ...record, outbox });
    expect(await store.find("c-2")).toBeUndefined();
  });

  it("saves the priced sale beside the sale when the record has one", async () => {
    const { journal, saleStore, store } = await world();
    const sale = saleWith([["PEN", "1"]]);
    const priced = { marker: "priced" } as never;
    await store.commit(await recordAt(await journal.head("R1"), "c-1", { sale, priced }));
    expect(await saleStore.load("sale-1")).toEqual({ sale, priced });
  });

  it("a retried commit gives the stored record back and books nothing twice", async () => {
    const { journal, storedValue, store } = await world();
    const record = await recordAt(await journal.head("R1"), "c-1", {
      storedValueEntries: [{ accountId: "gc-1", tenderId: "t-1", delta: eur("-4.00") }],
    });
    const first = await store.commit(record);
    // The retry carries the same facts (its head is stale now, which does not matter).
    expect(await store.commit({ ...record, outbox: [] })).toBe(first);
    expect(await balance(storedValue, "gc-1")).toBe("6.00");
    expect(store.commitCount()).toBe(1);
    expect(store.storedValueEntries).toHaveLength(1);
  });

  it("the same commit id with other facts is a conflict", async () => {
    const { journal, store } = await world();
    const head = await journal.head("R1");
    await store.commit(await recordAt(head, "c-1"));
    const other = await recordAt(head, "c-1", {}, { note: "something else" });
    const error = await store.commit(other).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: "IDEMPOTENCY_CONFLICT",
      path: ["commitId"],
      details: { commitId: "c-1" },
    });
    const longer = { ...(await recordAt(head, "c-1")) };
    const twice = { ...longer, journalEntries: [...longer.journalEntries, ...longer.journalEntries] };
    expect(await store.commit(twice).catch((caught: unknown) => caught)).toMatchObject({
      code: "IDEMPOTENCY_CONFLICT",
    });
  });

  it("refuses a record built on a journal head that has moved", async () => {
    const { journal, store } = await world();
    const head = await journal.head("R1");
    await store.commit(await recordAt(head, "c-1"));
    const stale = await recordAt(head, "c-2");
    const error = await store.commit(stale).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: "JOURNAL_CONFLICT",
      details: { registerId: "R1", headSeq: 1, expectedSeq: 0 },
    });
    const current = await journal.head("R1");
    const wrongHash = await recordAt(current, "c-3");
    const forged = { ...wrongHash, expectedJournalHead: { ...current, hash: "0".repeat(64) } };
    expect(await store.commit(forged).catch((caught: unknown) => caught)).toMatchObject({
      code: "JOURNAL_CONFLICT",
    });
    expect(store.commitCount()).toBe(1);
  });

  it("a redemption beyond the balance is refused before anything is booked", async () => {
    const { journal, loyaltyLedger, storedValue, store } = await world();
    const record = await recordAt(await journal.head("R1"), "c-1", {
      loyaltyEntries: [
        { entryId: "l-1", customerId: "c-1", programId: "p", kind: "earn", points: 5, at: AT },
      ],
      storedValueEntries: [
        { accountId: "credit-1", tenderId: "t-0", delta: eur("1.00") },
        { accountId: "gc-1", tenderId: "t-1", delta: eur("-10.01") },
      ],
    });
    const caught = await store.commit(record).catch((value: unknown) => value);
    expect(caught).toMatchObject({
      code: "INSUFFICIENT_BALANCE",
      path: ["storedValueEntries", 1],
      details: { accountId: "gc-1" },
    });
    expect(await balance(storedValue, "gc-1")).toBe("10.00");
    expect(await balance(storedValue, "credit-1")).toBe("unknown_account");
    expect((await journal.head("R1")).seq).toBe(0);
    // The loyalty entry was not booked: booking it now is not a repeat.
    const balances = await loyaltyLedger.append(record.loyaltyEntries);
    expect(balances.get("c-1")).toBe(5);
    expect(store.commitCount()).toBe(0);
  });

  it("a redemption of the whole balance goes through; one from an unknown account does not", async () => {
    const { journal, storedValue, store } = await world();
    const head = await journal.head("R1");
    const unknown = await recordAt(head, "c-0", {
      storedValueEntries: [{ accountId: "gc-9", tenderId: "t-1", delta: eur("-1.00") }],
    });
    expect(await store.commit(unknown).catch((value: unknown) => value)).toMatchObject({
      code: "INSUFFICIENT_BALANCE",
      details: { accountId: "gc-9" },
    });
    await store.commit(
      await recordAt(head, "c-1", {
        storedValueEntries: [{ accountId: "gc-1", tenderId: "t-1", delta: eur("-10.00") }],
      }),
    );
    expect(await balance(storedValue, "gc-1")).toBe("0.00");
  });

  it("works without loyalty or stored-value ports", async () => {
    const journal = createMemoryJournalStore();
    const store = createMemoryCommitStore({ journal, saleStore: createMemorySaleStore() });
    const record = await recordAt(await journal.head("R1"), "c-1", {
      storedValueEntries: [{ accountId: "gc-1", tenderId: "t-1", delta: eur("-4.00") }],
    });
    await store.commit(record);
    expect(store.storedValueEntries).toHaveLength(1);
    expect((await journal.head("R1")).seq).toBe(1);
  });
});

describe("isSameCommitRecord", () => {
  it("compares the journal facts one by one", async () => {
    const head = (await createMemoryJournalStore().head("R1")) as JournalHead;
    const record = await recordAt(head, "c-1");
    const other = await recordAt(head, "c-1", {}, { note: "other" });
    expect(isSameCommitRecord(record, { ...record, outbox: [] })).toBe(true);
    expect(isSameCommitRecord(record, other)).toBe(false);
    expect(isSameCommitRecord(record, { ...record, journalEntries: [] })).toBe(false);
    expect(isSameCommitRecord({ ...record, journalEntries: [] }, record)).toBe(false);
    expect(isSameCommitRecord({ ...record, journalEntries: [] }, { ...record, journalEntries: [] })).toBe(
      true,
    );
  });
});
