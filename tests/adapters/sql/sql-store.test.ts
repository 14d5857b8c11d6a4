import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPgliteClient,
  MIGRATIONS,
  openPgliteStore,
  runMigrations,
  type SqlStore,
} from "../../../src/adapters/sql";
import { isTillError } from "../../../src/core";
import { sha256Hex, verifyJournal } from "../../../src/core/journal";
import { type OpenedStore, STORE_BACKENDS, stopSharedPostgres } from "../support/store-backends";
import { capturedRecord, sell, tillOnStore } from "../support/till-fixture";

const codeOf = (error: unknown) => (isTillError(error) ? error.code : String(error));
const sqlBackends = STORE_BACKENDS.filter((backend) => backend.label !== "memory");

afterAll(async () => {
  await stopSharedPostgres();
});

describe.each(sqlBackends)("SQL store on $label", (backend) => {
  let opened: OpenedStore;
  let store: SqlStore;
  beforeAll(async () => {
    opened = await backend.open();
    store = opened.ports as SqlStore;
    console.log(`[sql store] running on ${backend.label}`);
    // A day of register R1: two sales to Ada (09:00, 09:01), one anonymous, one suspended.
    const { till } = tillOnStore(store, {
      registerId: "R1",
      storeId: "S1",
      start: "2026-11-23T09:00:00.000Z",
    });
    await sell(
      till,
      [
        ["COFFEE", "2"],
        ["TEA", "1"],
      ],
      "ada",
    );
    await sell(till, [["MILK", "3"]], "ada");
    await sell(till, [["TEA", "4"]]);
    await till.startSale();
    await till.addItem({ sku: "COFFEE", quantity: "1" });
    await till.suspend();
  }, 60_000);
  afterAll(async () => {
    await opened.close();
  });

  it("completes sales through a real Till wired to the store, gap-free, with a verifying journal", async () => {
    const entries = await store.journal.read("R1");
    expect(entries.map((entry) => entry.receiptNumber)).toEqual([1, 2, 3]);
    expect((await verifyJournal(entries)).ok).toBe(true);
    expect((await store.saleStore.findByReceipt("R1-2"))?.priced?.total.toString()).toBe("22.47");
  });

  it("gives a customer's purchase history with dates, items, quantities, prices and amounts", async () => {
    const history = await store.queries.customerHistory("ada");
    expect(
      history.map((line) => [
        line.receipt,
        line.sku,
        line.quantity.toString(),
        line.unitPrice.toString(),
        line.total.toString(),
      ]),
    ).toEqual([
      ["R1-1", "COFFEE", "2", "12.99", "25.98"],
      ["R1-1", "TEA", "1", "3.25", "3.25"],
      ["R1-2", "MILK", "3", "7.49", "22.47"],
    ]);
    expect(history[0]?.completedAt.startsWith("2026-11-23T09:")).toBe(true);
  });

  it.each([
    [
      "the whole day",
      "2026-11-23T00:00:00.000Z",
      "2026-11-24T00:00:00.000Z",
      ["R1-1", "R1-2", "R1-3"],
      "64.70",
    ],
    ["before the first sale", "2026-11-22T00:00:00.000Z", "2026-11-23T09:00:00.000Z", [], undefined],
  ])("lists sales and totals by date range: %s", async (_title, from, to, receipts, total) => {
    const sales = await store.queries.salesBetween(from, to);
    expect(sales.map((sale) => sale.receipt)).toEqual(receipts);
    const totals = await store.queries.periodTotals(from, to);
    expect(totals[0]?.total.toString()).toBe(total);
  });

  it("lists suspended sales and stock levels", async () => {
    expect((await store.queries.suspendedSales("R1")).map((sale) => sale.status)).toEqual(["suspended"]);
    const levels = await store.stock.levels("S1");
    expect(levels.map((level) => `${level.sku} ${level.level.toString()}`)).toEqual([
      "COFFEE -2",
      "MILK -3",
      "TEA -5",
    ]);
  });

  it("publishes versioned catalogs and looks items up by SKU and barcode", async () => {
    const eur = (amount: string) => ({ amount, currency: "EUR" });
    const first = await store.catalog.publish([
      { sku: "TEA", description: "Tea", unitPrice: eur("3.25"), barcodes: ["4006381333931"] },
    ]);
    const second = await store.catalog.publish([
      { sku: "TEA", description: "Tea", unitPrice: eur("3.50"), barcodes: ["4006381333931"] },
    ]);
    expect([second.version - first.version, await store.catalog.version()]).toEqual([1, second.version]);
    expect((await store.catalog.findByBarcode("4006381333931"))?.unitPrice.toString()).toBe("3.50");
    expect(await store.catalog.findBySku("NOPE")).toBeUndefined();
  });

  it("replaces the lines and tenders of a sale saved earlier when it completes", async () => {
    const ids = { registerId: "R9", storeId: "S9" };
    const captured = await capturedRecord(store, ids, [
      ["COFFEE", "1"],
      ["TEA", "2"],
    ]);
    if (captured.sale === undefined) throw new Error("no sale");
    // A note beyond ASCII: the stored hash is over the payload's UTF-8 bytes.
    const note = { text: "Grüße, café ☕ 😀", by: "emp-1", at: "2026-11-23T12:00:00.000Z" };
    const record = { ...captured, sale: { ...captured.sale, notes: [note] } };
    const { sale, priced } = record;
    const tender = sale.tenders[0];
    if (priced === undefined || tender === undefined) throw new Error("no pricing");
    // An earlier version with one line and one tender more than the completion has.
    await store.saleStore.save({
      sale: { ...sale, status: "suspended", tenders: [...sale.tenders, { ...tender, tenderId: "old" }] },
      priced: { ...priced, lines: [...priced.lines, ...priced.lines.slice(0, 1)] },
    });
    await store.commit.commit(record);
    // The commit row holds the whole record, sale and pricing included.
    const json = (value: unknown) => JSON.parse(JSON.stringify(value));
    expect(json(await store.commit.find(record.commitId))).toEqual(json(record));
    const rows = async (sql: string) =>
      (await store.client.query(sql, [sale.saleId])).rows.map((row) => Object.values(row).join(" "));
    expect(await rows("select line_no, sku from sale_lines where sale_id = $1 order by line_no")).toEqual([
      "1 COFFEE",
      "2 TEA",
    ]);
    expect(await rows("select tender_id from tenders where sale_id = $1")).toEqual([tender.tenderId]);
    expect(await rows("select status, payload_hash from sales where sale_id = $1")).toEqual([
      `completed ${await sha256Hex(JSON.stringify({ sale, priced }))}`,
    ]);
  });

  it("catches a hand-edited journal row when the journal is read back", async () => {
    const client = opened.client;
    if (client === undefined) throw new Error("no client");
    // Someone with database access disables the guard and rewrites an amount.
    await client.exec("alter table journal disable trigger journal_append_only");
    await client.query(
      `update journal set payload = jsonb_set(payload, '{total}', '{"amount":"1.00","currency":"EUR"}') where register_id = 'R1' and seq = 2`,
    );
    await client.exec("alter table journal enable trigger journal_append_only");
    const verdict = await verifyJournal(await store.journal.read("R1"));
    expect(verdict).toMatchObject({ ok: false, seq: 2, reason: "altered" });
  });
});

describe("schema versions", () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), "tillkit-schema-"));
  });
  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it("upgrades a version-1 database in place and keeps its rows", async () => {
    const client = await createPgliteClient();
    await runMigrations(client, MIGRATIONS.slice(0, 1));
    await client.query(
      "insert into customers (customer_id, payload) values ('C1', '{\"customerId\":\"C1\"}')",
    );
    expect(await runMigrations(client)).toEqual({
      from: 1,
      to: MIGRATIONS.length,
      applied: MIGRATIONS.slice(1).map((migration) => migration.version),
    });
    const { rows } = await client.query("select count(*) as count from customers");
    expect(Number(rows[0]?.count)).toBe(1);
    await client.close();
  });

  it("refuses to open a file store whose schema is newer than the code (SCHEMA_TOO_NEW)", async () => {
    const dataDir = join(directory, "future");
    const store = await openPgliteStore({ dataDir });
    await store.client.query(
      "insert into tillkit_schema_version (version, name) values (99, 'from the future')",
    );
    await store.close();
    expect(codeOf(await openPgliteStore({ dataDir }).catch((error: unknown) => error))).toBe(
      "SCHEMA_TOO_NEW",
    );
  });
});
