import { describe, expect, it } from "vitest";
import type { OutboxRecord } from "../../../src/core/commit/commit-port";
import type { JournalEntry } from "../../../src/core/journal";
import { loyaltyLedgerEntrySchema } from "../../../src/core/ports/loyalty-ledger-port";
import { createMemoryCustomerDirectory } from "../../../src/core/ports/memory-customer-directory";
import { createMemoryOutbox } from "../../../src/core/ports/memory-outbox";
import { createMemorySaleStore } from "../../../src/core/ports/memory-sale-store";
import { createMemorySessionStore } from "../../../src/core/ports/memory-session-store";
import { createMemorySnapshotStore } from "../../../src/core/ports/memory-snapshot-store";
import { applyNegativeBalancePolicy } from "../../../src/core/ports/negative-balance-policy";
import type { Sale } from "../../../src/core/sale";
import { tillErrorOf } from "../../support/till-error-of";
import { emptySale } from "../sale/sale-fixtures";

// The in-memory ports are the reference the SQL adapters are held to (tests/adapters): their order,
// filters and refusals are part of the contract, so each is pinned here on small worked cases.

describe("applyNegativeBalancePolicy: 30 points left", () => {
  it.each([
    ["allow", -50, -50],
    ["clamp", -50, -30],
    // Exactly to zero, and credits, pass under every policy.
    ["forbid", -30, -30],
    ["clamp", -30, -30],
    ["forbid", 20, 20],
  ] as const)("%s books %i as %i", (policy, points, booked) => {
    expect(applyNegativeBalancePolicy({ negativeBalance: policy }, 30, points)).toBe(booked);
  });

  it("clamps a debit on an empty or already negative balance to nothing", () => {
    expect(applyNegativeBalancePolicy({ negativeBalance: "clamp" }, 0, -5)).toBe(0);
    expect(applyNegativeBalancePolicy({ negativeBalance: "clamp" }, -10, -5)).toBe(0);
  });

  it("forbid refuses going below zero with the balance and the points", () => {
    const error = tillErrorOf(() => applyNegativeBalancePolicy({ negativeBalance: "forbid" }, 30, -31));
    expect([error.code, error.path, error.details]).toEqual([
      "INSUFFICIENT_BALANCE",
      ["points"],
      { balance: 30, points: -31 },
    ]);
  });
});

describe("loyaltyLedgerEntrySchema: the sign follows the kind", () => {
  const entry = (kind: string, points: number) => ({
    entryId: "e-1",
    customerId: "c-1",
    programId: "p-1",
    kind,
    points,
    at: "2026-11-23T12:00:00Z",
  });
  it.each([
    ["earn", 5, true],
    ["earn", 0, true],
    ["earn", -5, false],
    ["restore", 5, true],
    ["restore", -5, false],
    ["redeem", -5, true],
    ["redeem", 0, true],
    ["redeem", 5, false],
    ["reverse", 5, false],
    ["expire", -5, true],
    ["expire", 5, false],
    ["adjust", 5, true],
    ["adjust", -5, true],
  ])("%s of %i: %s", (kind, points, valid) => {
    const result = loyaltyLedgerEntrySchema.safeParse(entry(kind, points));
    expect(result.success).toBe(valid);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(["points"]);
  });
});

describe("memory outbox", () => {
  const record = (eventId: string, registerId: string, seq: number): OutboxRecord => ({
    eventId,
    registerId,
    entry: { seq } as JournalEntry,
  });
  const records = [
    record("b2", "reg-b", 2),
    record("a2", "reg-a", 2),
    record("b1", "reg-b", 1),
    record("a1", "reg-a", 1),
  ];

  it("hands out pending records by register, then sequence, up to the limit", async () => {
    const outbox = createMemoryOutbox(records);
    const ids = async (limit: number) => (await outbox.pending(limit)).map((entry) => entry.eventId);
    expect(await ids(10)).toEqual(["a1", "a2", "b1", "b2"]);
    expect(await ids(3)).toEqual(["a1", "a2", "b1"]);
    expect(await ids(0)).toEqual([]);
    expect(await ids(-1)).toEqual([]);
    expect(await outbox.countPending()).toBe(4);
  });

  it("drops acknowledged records and ignores ids it never held", async () => {
    const outbox = createMemoryOutbox(records);
    await outbox.acknowledge(["a1", "b1", "zz"]);
    expect((await outbox.pending(10)).map((entry) => entry.eventId)).toEqual(["a2", "b2"]);
    expect(await outbox.countPending()).toBe(2);
  });
});

describe("memory sale store", () => {
  const withStatus = (saleId: string, status: Sale["status"], extra: Partial<Sale> = {}): Sale => ({
    ...emptySale(saleId),
    status,
    ...extra,
  });

  it("finds by receipt only sales that left the open state", async () => {
    const store = createMemorySaleStore();
    await store.save({ sale: withStatus("open-1", "open", { receiptNumber: "R-7" }) });
    expect(await store.findByReceipt("R-7")).toBeUndefined();
    await store.save({ sale: withStatus("done-1", "completed", { receiptNumber: "R-7" }) });
    expect((await store.findByReceipt("R-7"))?.sale.saleId).toBe("done-1");
    expect(await store.findByReceipt("R-8")).toBeUndefined();
  });

  it("lists suspended sales of one register only", async () => {
    const store = createMemorySaleStore();
    await store.save({ sale: withStatus("s-1", "suspended") });
    await store.save({ sale: withStatus("s-2", "suspended", { registerId: "reg-2" }) });
    await store.save({ sale: withStatus("s-3", "completed") });
    expect((await store.listSuspended("reg-1")).map((record) => record.sale.saleId)).toEqual(["s-1"]);
    expect((await store.listSuspended("reg-2")).map((record) => record.sale.saleId)).toEqual(["s-2"]);
  });
});

describe("memory session store", () => {
  const session = (sessionId: string, registerId: string, openedAt: string, closedAt?: string) => ({
    sessionId,
    registerId,
    openedAt,
    ...(closedAt === undefined ? {} : { closedAt }),
    summary: {},
  });

  it("lists a register's sessions oldest first and finds the open one", async () => {
    const store = createMemorySessionStore();
    await store.save(session("late", "reg-1", "2026-11-23T18:00:00Z"));
    await store.save(session("early", "reg-1", "2026-11-23T08:00:00Z", "2026-11-23T17:00:00Z"));
    await store.save(session("other", "reg-2", "2026-11-23T07:00:00Z"));
    expect((await store.list("reg-1")).map((entry) => entry.sessionId)).toEqual(["early", "late"]);
    expect((await store.findOpen("reg-1"))?.sessionId).toBe("late");
    expect((await store.list("reg-2")).map((entry) => entry.sessionId)).toEqual(["other"]);
  });

  it("refuses a malformed session at its path", async () => {
    const store = createMemorySessionStore();
    const error = await store.save(session("", "reg-1", "2026-11-23T08:00:00Z")).catch((caught) => caught);
    expect([error.code, error.path]).toEqual(["INVALID_INPUT", ["session", "sessionId"]]);
  });
});

describe("memory snapshot store", () => {
  it("numbers versions per kind and reads the latest or a given one", async () => {
    const store = createMemorySnapshotStore();
    expect(await store.read("catalog")).toBeUndefined();
    await store.write("catalog", { v: 1 });
    await store.write("catalog", { v: 2 });
    expect((await store.read("catalog"))?.payload).toEqual({ v: 2 });
    expect((await store.read("catalog", 1))?.payload).toEqual({ v: 1 });
    expect(await store.read("catalog", 3)).toBeUndefined();
  });
});

describe("memory customer directory", () => {
  it("searches name, email and phone without case, in id order, and refuses a record without id", async () => {
    const directory = createMemoryCustomerDirectory();
    await directory.save({ customerId: "c-2", name: "Ana Silva", phone: "+351 91" });
    await directory.save({ customerId: "c-1", name: "Bo", email: "SILVA@example.com" });
    await directory.save({ customerId: "c-3" });
    expect((await directory.search("silva")).map((entry) => entry.customerId)).toEqual(["c-1", "c-2"]);
    expect((await directory.search("+351")).map((entry) => entry.customerId)).toEqual(["c-2"]);
    expect(await directory.search("nobody")).toEqual([]);
    const error = await directory.save({ customerId: "" }).catch((caught) => caught);
    expect([error.code, error.path]).toEqual(["INVALID_INPUT", ["customer", "customerId"]]);
  });
});
