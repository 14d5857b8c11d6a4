import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isTillError, parseMoney, parseQuantity } from "../../src/core";
import type { CommitRecord } from "../../src/core/commit";
import { appendEntries, genesisHead, verifyJournal } from "../../src/core/journal";
import { type OpenedStore, STORE_BACKENDS, stopSharedPostgres } from "./support/store-backends";
import { capturedRecord, sell, tillOnStore } from "./support/till-fixture";

afterAll(async () => {
  await stopSharedPostgres();
});

const codeOf = (error: unknown) => (isTillError(error) ? error.code : String(error));
let counter = 0;
/** Ids unique to one test, so tests share one store per backend. */
const fresh = (prefix: string) => {
  counter += 1;
  return `${prefix}${counter}`;
};

describe.each(STORE_BACKENDS)("storage contract on $label", (backend) => {
  let store: OpenedStore;
  beforeAll(async () => {
    store = await backend.open();
    console.log(`[storage contract] running on ${backend.label}`);
  }, 60_000);
  afterAll(async () => {
    await store.close();
  });

  it("stores a completed sale whole: sale, priced lines, journal entry, outbox and stock", async () => {
    const { ports } = store;
    const registerId = fresh("R");
    const storeId = fresh("S");
    const { till } = tillOnStore(ports, { registerId, storeId });
    const done = await sell(till, [
      ["COFFEE", "2"],
      ["MILK", "1"],
    ]);
    const loaded = await ports.saleStore.load(done.sale.saleId);
    expect([loaded?.sale.receiptNumber, loaded?.priced?.total.toString()]).toEqual([
      `${registerId}-1`,
      "33.47",
    ]);
    expect((await ports.saleStore.findByReceipt(`${registerId}-1`))?.sale.saleId).toBe(done.sale.saleId);
    const entries = await ports.journal.read(registerId);
    expect([entries.length, (await verifyJournal(entries)).ok]).toEqual([1, true]);
    const pending = await ports.outbox.pending(1000);
    expect(pending.map((record) => record.eventId)).toContain(entries[0]?.eventId);
    const levels = await ports.stock.levels(storeId);
    expect(levels.map((level) => `${level.sku} ${level.level.toString()}`)).toEqual(["COFFEE -2", "MILK -1"]);
  });

  it("answers a retried commit with the stored record and writes nothing more", async () => {
    const { ports } = store;
    const registerId = fresh("R");
    const storeId = fresh("S");
    const { till, records } = tillOnStore(ports, { registerId, storeId });
    await sell(till, [["TEA", "3"]]);
    const record = records[0];
    if (record === undefined) throw new Error("no record");
    const outboxBefore = await ports.outbox.countPending();
    const again = await ports.commit.commit(record);
    expect(again.commitId).toBe(record.commitId);
    expect((await ports.commit.find(record.commitId))?.priced?.total.toString()).toBe("9.75");
    expect([
      (await ports.journal.read(registerId)).length,
      await ports.outbox.countPending(),
      (await ports.stock.level(storeId, "TEA")).level.toString(),
    ]).toEqual([1, outboxBefore, "-3"]);
  });

  it("refuses the same commit id with another payload (IDEMPOTENCY_CONFLICT)", async () => {
    const { ports } = store;
    const { till, records } = tillOnStore(ports, { registerId: fresh("R"), storeId: fresh("S") });
    await sell(till, [["TEA", "1"]]);
    const record = records[0];
    const entry = record?.journalEntries[0];
    if (record === undefined || entry === undefined) throw new Error("no record");
    const changed = { ...record, journalEntries: [{ ...entry, payload: { tampered: true } }] };
    expect(codeOf(await ports.commit.commit(changed).catch((error: unknown) => error))).toBe(
      "IDEMPOTENCY_CONFLICT",
    );
  });

  it("refuses a record chained on a stale head (JOURNAL_CONFLICT) and writes none of it", async () => {
    const { ports } = store;
    const registerId = fresh("R");
    const storeId = fresh("S");
    const { till, records } = tillOnStore(ports, { registerId, storeId });
    await sell(till, [["COFFEE", "1"]]);
    const first = records[0];
    if (first === undefined || first.sale === undefined) throw new Error("no record");
    const ghostSale = { ...first.sale, saleId: "ghost", receiptNumber: `${registerId}-ghost` };
    const ghost = {
      ...first,
      commitId: fresh("sale:ghost"),
      sale: ghostSale,
      journalEntries: first.journalEntries.map((entry) => ({ ...entry, eventId: fresh("ghost-event") })),
      outbox: [],
    };
    const outboxBefore = await ports.outbox.countPending();
    expect(codeOf(await ports.commit.commit(ghost).catch((error: unknown) => error))).toBe(
      "JOURNAL_CONFLICT",
    );
    expect([
      await ports.saleStore.load("ghost"),
      await ports.commit.find(ghost.commitId),
      (await ports.journal.read(registerId)).length,
      await ports.outbox.countPending(),
      (await ports.stock.level(storeId, "COFFEE")).level.toString(),
    ]).toEqual([undefined, undefined, 1, outboxBefore, "-1"]);
  });

  it("refuses entries that do not chain on the head they name (JOURNAL_CONFLICT) and writes none of it", async () => {
    const { ports } = store;
    const registerId = fresh("R");
    const storeId = fresh("S");
    const record = await capturedRecord(ports, { registerId, storeId }, [["TEA", "2"]]);
    const broken = {
      ...record,
      journalEntries: record.journalEntries.map((entry) => ({ ...entry, prevHash: "f".repeat(64) })),
    };
    const outboxBefore = await ports.outbox.countPending();
    expect(codeOf(await ports.commit.commit(broken).catch((error: unknown) => error))).toBe(
      "JOURNAL_CONFLICT",
    );
    expect([
      await ports.commit.find(record.commitId),
      await ports.saleStore.load(record.sale?.saleId ?? ""),
      (await ports.journal.read(registerId)).length,
      await ports.outbox.countPending(),
      (await ports.stock.level(storeId, "TEA")).level.toString(),
    ]).toEqual([undefined, undefined, 0, outboxBefore, "0"]);
    await ports.commit.commit(record);
    expect((await verifyJournal(await ports.journal.read(registerId))).ok).toBe(true);
  });

  it("lets exactly one of two records racing for one head commit; the other is JOURNAL_CONFLICT", async () => {
    const { ports } = store;
    const registerId = fresh("R");
    const storeId = fresh("S");
    const first = await capturedRecord(ports, { registerId, storeId }, [["TEA", "1"]]);
    const second = await capturedRecord(ports, { registerId, storeId, idPrefix: fresh("other-") }, [
      ["MILK", "1"],
    ]);
    const settled = await Promise.allSettled([ports.commit.commit(first), ports.commit.commit(second)]);
    const outcomes = settled.map((result) =>
      result.status === "fulfilled" ? "committed" : codeOf(result.reason),
    );
    expect(outcomes.sort()).toEqual(["JOURNAL_CONFLICT", "committed"]);
    const entries = await ports.journal.read(registerId);
    expect([entries.length, (await verifyJournal(entries)).ok]).toEqual([1, true]);
  });

  it.each([
    ["6 of 10 crosses the point 5", "6", ["4"]],
    ["5 of 10 lands on the point 5", "5", ["5"]],
    ["4 of 10 stays above the point 5", "4", []],
  ])("raises the low-stock event a completion causes: %s", async (_title, sold, levels) => {
    const { ports } = store;
    const storeId = fresh("S");
    await ports.stock.setReorderPoint(storeId, "TEA", parseQuantity("5"));
    await ports.stock.record([
      {
        movementId: fresh("m"),
        storeId,
        sku: "TEA",
        delta: { value: "10", unit: "each" },
        reason: "receipt",
        at: "2026-11-23T09:00:00.000Z",
      },
    ]);
    const { till } = tillOnStore(ports, { registerId: fresh("R"), storeId });
    await sell(till, [["TEA", sold]]);
    const events = await ports.stock.lowStockEvents(storeId);
    expect(events.map((event) => event.level.toString())).toEqual(levels);
  });

  it("books a commit's loyalty and stored-value entries with the sale; an unpayable one writes nothing", async () => {
    const { ports } = store;
    const registerId = fresh("R");
    const captured: CommitRecord[] = [];
    // A till whose commit only captures the record, so the test can write variants of it.
    const { till } = tillOnStore(
      {
        ...ports,
        commit: {
          find: async () => undefined,
          commit: async (record) => {
            captured.push(record);
            throw new Error("captured");
          },
        },
      },
      { registerId, storeId: fresh("S") },
    );
    await sell(till, [["TEA", "1"]]).catch(() => undefined);
    const record = captured[0];
    if (record === undefined) throw new Error("no record");
    const accountId = fresh("credit");
    const customerId = fresh("C");
    await ports.storedValue.issueCredit(accountId, parseMoney("5.00", "EUR"), fresh("k"));
    const redeem = (amount: string) => [
      { accountId, tenderId: fresh("t"), delta: parseMoney(amount, "EUR") },
    ];
    const earn = [
      {
        entryId: fresh("le"),
        customerId,
        programId: "p",
        kind: "earn" as const,
        points: 10,
        at: "2026-11-23T12:00:00.000Z",
      },
    ];
    const refused = { ...record, storedValueEntries: redeem("-9.00"), loyaltyEntries: earn };
    expect(codeOf(await ports.commit.commit(refused).catch((error: unknown) => error))).toBe(
      "INSUFFICIENT_BALANCE",
    );
    expect([(await ports.journal.read(registerId)).length, await ports.loyalty.balance(customerId)]).toEqual([
      0, 0,
    ]);
    await ports.commit.commit({ ...record, storedValueEntries: redeem("-4.00"), loyaltyEntries: earn });
    const balance = await ports.storedValue.balance(accountId);
    expect([
      balance.status === "ok" && balance.balance.toString(),
      await ports.loyalty.balance(customerId),
    ]).toEqual(["1.00", 10]);
  });

  it("writes a record once however often it is retried (property)", async () => {
    const { ports } = store;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
        async (retries) => {
          const registerId = fresh("Q");
          const { till, records } = tillOnStore(ports, { registerId, storeId: fresh("S") });
          for (const _sale of retries) await sell(till, [["TEA", "1"]]);
          for (const [index, times] of retries.entries())
            for (let attempt = 0; attempt < times; attempt += 1)
              await ports.commit.commit(records[index] as CommitRecord);
          const entries = await ports.journal.read(registerId);
          expect([entries.length, (await verifyJournal(entries)).ok]).toEqual([retries.length, true]);
        },
      ),
      { numRuns: 5 },
    );
  });

  it("keeps the journal contract: continuity, replay, conflict, read from a sequence", async () => {
    const { journal } = store.ports;
    const registerId = fresh("J");
    const drafts = [1, 2, 3].map((n) => ({
      registerId,
      eventId: fresh("evt"),
      type: "drawer.opened" as const,
      timestamp: `2026-11-23T10:0${n}:00.000Z`,
      payload: { n },
    }));
    const { entries } = await appendEntries(genesisHead(registerId), drafts);
    await journal.append(entries);
    expect((await journal.append(entries)).map((entry) => entry.seq)).toEqual([1, 2, 3]);
    const changed = entries.map((entry) => ({ ...entry, payload: { n: 0 } }));
    expect(codeOf(await journal.append(changed).catch((error: unknown) => error))).toBe(
      "IDEMPOTENCY_CONFLICT",
    );
    const gap = { ...(entries[2] as (typeof entries)[number]), eventId: fresh("evt"), seq: 9 };
    expect(codeOf(await journal.append([gap]).catch((error: unknown) => error))).toBe("JOURNAL_CONFLICT");
    expect((await journal.read(registerId, 2)).map((entry) => entry.seq)).toEqual([2, 3]);
    expect((await journal.head(registerId)).seq).toBe(3);
    expect((await journal.findByEventId(entries[1]?.eventId ?? ""))?.hash).toBe(entries[1]?.hash);
    expect((await verifyJournal(await journal.read(registerId))).ok).toBe(true);
  });

  it("lists suspended sales of a register", async () => {
    const { ports } = store;
    const registerId = fresh("R");
    const { till } = tillOnStore(ports, { registerId, storeId: fresh("S") });
    await till.startSale();
    await till.addItem({ sku: "MILK", quantity: "2" });
    await till.suspend();
    const suspended = await ports.saleStore.listSuspended(registerId);
    expect(suspended.map((record) => [record.sale.status, record.sale.lines.length])).toEqual([
      ["suspended", 1],
    ]);
  });

  it("hands out pending outbox records in order and forgets acknowledged ones", async () => {
    const { ports } = store;
    const registerId = fresh("R");
    const { till } = tillOnStore(ports, { registerId, storeId: fresh("S") });
    await sell(till, [["TEA", "1"]]);
    await sell(till, [["TEA", "2"]]);
    const mine = (await ports.outbox.pending(10_000)).filter((record) => record.registerId === registerId);
    expect(mine.map((record) => record.entry.seq)).toEqual([1, 2]);
    const before = await ports.outbox.countPending();
    await ports.outbox.acknowledge([mine[0]?.eventId ?? "", "unknown-event"]);
    await ports.outbox.acknowledge([mine[0]?.eventId ?? ""]);
    expect(await ports.outbox.countPending()).toBe(before - 1);
  });

  it.each([
    ["10 → 4 crosses 5", "10", ["-6"], ["4"]],
    ["10 → 6 → 5 crosses at 5", "10", ["-4", "-1"], ["5"]],
    ["10 → 3 → 2 raises once", "10", ["-7", "-1"], ["3"]],
    ["10 → 9 stays above", "10", ["-1"], []],
  ])(
    "raises low-stock events when a level crosses its reorder point: %s",
    async (_title, start, deltas, levels) => {
      const { stock } = store.ports;
      const storeId = fresh("S");
      await stock.setReorderPoint(storeId, "TEA", parseQuantity("5"));
      const at = "2026-11-23T09:00:00.000Z";
      await stock.record([
        {
          movementId: fresh("m"),
          storeId,
          sku: "TEA",
          delta: { value: start, unit: "each" },
          reason: "receipt",
          at,
        },
      ]);
      for (const delta of deltas)
        await stock.record([
          {
            movementId: fresh("m"),
            storeId,
            sku: "TEA",
            delta: { value: delta, unit: "each" },
            reason: "sale",
            at,
          },
        ]);
      const events = await stock.lowStockEvents(storeId);
      expect(events.map((event) => event.level.toString())).toEqual(levels);
      expect((await stock.level(storeId, "TEA")).isLow).toBe(levels.length > 0);
    },
  );

  it("derives a stock level as the sum of its deltas, counting each movement id once (property)", async () => {
    const { stock } = store.ports;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 6 }),
        async (deltas) => {
          const storeId = fresh("P");
          const movements = deltas.map((delta) => ({
            movementId: fresh("pm"),
            storeId,
            sku: "COFFEE",
            delta: { value: String(delta), unit: "each" as const },
            reason: "count",
            at: "2026-11-23T09:00:00.000Z",
          }));
          await stock.record(movements);
          await stock.record(movements.slice(0, 1));
          const sum = deltas.reduce((total, delta) => total + delta, 0);
          expect((await stock.level(storeId, "COFFEE")).level.toString()).toBe(String(sum));
        },
      ),
      { numRuns: 25 },
    );
  });

  it("keeps customers, register sessions and versioned snapshots", async () => {
    const { customers, sessions, snapshots } = store.ports;
    const customerId = fresh("C");
    await customers.save({ customerId, name: "Ada Lovelace", email: "ada@example.org" });
    expect((await customers.find(customerId))?.name).toBe("Ada Lovelace");
    expect((await customers.search("LOVELACE")).map((customer) => customer.customerId)).toContain(customerId);
    const registerId = fresh("R");
    const opened = {
      sessionId: fresh("sess"),
      registerId,
      openedAt: "2026-11-23T08:00:00.000Z",
      summary: { float: "100.00" },
    };
    await sessions.save(opened);
    expect((await sessions.findOpen(registerId))?.sessionId).toBe(opened.sessionId);
    await sessions.save({ ...opened, closedAt: "2026-11-23T18:00:00.000Z" });
    expect([await sessions.findOpen(registerId), (await sessions.list(registerId)).length]).toEqual([
      undefined,
      1,
    ]);
    const first = await snapshots.write("tax", { rules: 1 });
    const second = await snapshots.write("tax", { rules: 2 });
    expect([second.version - first.version, (await snapshots.read("tax"))?.payload]).toEqual([
      1,
      { rules: 2 },
    ]);
    expect((await snapshots.read("tax", first.version))?.payload).toEqual({ rules: 1 });
  });

  it("books loyalty points once per entry id and refuses a reused id", async () => {
    const { loyalty } = store.ports;
    const customerId = fresh("C");
    const entry = {
      entryId: fresh("le"),
      customerId,
      programId: "p",
      kind: "earn" as const,
      points: 120,
      at: "2026-11-23T09:00:00.000Z",
    };
    await loyalty.append([entry]);
    await loyalty.append([entry]);
    const redeem = {
      ...entry,
      entryId: fresh("le"),
      kind: "redeem" as const,
      points: -20,
      at: "2026-11-23T09:01:00.000Z",
    };
    expect((await loyalty.append([redeem])).get(customerId)).toBe(100);
    expect(await loyalty.balance(customerId)).toBe(100);
    expect(codeOf(await loyalty.append([{ ...entry, points: 5 }]).catch((error: unknown) => error))).toBe(
      "IDEMPOTENCY_CONFLICT",
    );
    expect((await loyalty.entries(customerId)).map((booked) => booked.points)).toEqual([120, -20]);
  });

  it("moves stored value once per key and never beyond the balance", async () => {
    const { storedValue } = store.ports;
    const accountId = fresh("credit");
    const eur = (amount: string) => parseMoney(amount, "EUR");
    await storedValue.issueCredit(accountId, eur("25.00"), "return-1");
    await storedValue.redeem(accountId, eur("10.00"), "tender-1");
    await storedValue.redeem(accountId, eur("10.00"), "tender-1");
    const refused = await storedValue.redeem(accountId, eur("20.00"), "tender-2");
    const balance = await storedValue.balance(accountId);
    expect([
      refused.status === "rejected" && refused.reason,
      balance.status === "ok" && balance.balance.toString(),
    ]).toEqual(["insufficient_balance", "15.00"]);
  });

  it("redeems a single-use coupon for one sale only, again for the same sale, and after a release", async () => {
    const { coupons } = store.ports;
    const saleA = fresh("sale");
    const saleB = fresh("sale");
    expect((await coupons.redeem(" SAVE10 ", saleA)).status).toBe("redeemed");
    expect((await coupons.redeem("save10", saleA)).status).toBe("redeemed");
    const second = await coupons.redeem("SAVE10", saleB);
    expect(second.status === "rejected" && second.reason).toBe("already_redeemed");
    await coupons.release("SAVE10", saleA);
    expect((await coupons.redeem("SAVE10", saleB)).status).toBe("redeemed");
    expect((await coupons.lookup("save10"))?.usage.uses).toBe(1);
  });
});
