import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHub, createPgliteClient, type Hub, type SqlClient } from "../../../src/adapters/sql";
import { appendEntries, genesisHead, type JournalEntry } from "../../../src/core/journal";
import { salePayload } from "../sync/support/till-journal";

let client: SqlClient;
let hub: Hub;

beforeAll(async () => {
  client = await createPgliteClient();
  hub = await createHub({ client, now: () => "2026-11-23T12:00:00.000Z" });
});

afterAll(async () => {
  await client.close();
});

/** A sale paid partly by gift card `card` (amount in minor units) and burning points, chained after `head`. */
async function giftCardSales(
  registerId: string,
  redemptions: readonly [string, bigint, bigint][],
): Promise<JournalEntry[]> {
  const drafts = redemptions.map(([card, cardMinor, points], index) => {
    const base = salePayload(`${registerId}-${index}`, 10_000n, "SKU-1", 1n, {
      customerId: "CUST-1",
      pointsRedeemed: String(points),
      pointsEarned: "10",
    });
    const cash = 10_000n - cardMinor;
    const euros = (minor: bigint) => ({
      amount: `${minor / 100n}.${String(minor % 100n).padStart(2, "0")}`,
      currency: "EUR",
    });
    const tenders = [
      { kind: "gift-card", amount: euros(cardMinor), reference: card },
      { kind: "cash", amount: euros(cash) },
    ];
    return {
      registerId,
      eventId: `${registerId}:${index}`,
      type: "sale.completed" as const,
      timestamp: `2026-11-23T10:0${index}:00.000Z`,
      payload: { ...base, tenders },
    };
  });
  return (await appendEntries(genesisHead(registerId), drafts)).entries;
}

describe("hub balances and compensation", () => {
  it("loads a gift card once per event id", async () => {
    const load = {
      accountKind: "stored-value",
      eventId: "load-1",
      accountId: "GC-1",
      amount: { amount: "30.00", currency: "EUR" },
    };
    await hub.changeBalance(load);
    const again = await hub.changeBalance(load);
    expect(again.balanceMinor).toBe(3000n);
    await hub.changeBalance({ accountKind: "points", eventId: "pts-1", accountId: "CUST-1", points: "100" });
  });

  it("redeems 20.00 then 50.00 against 30.00: 20.00 + 10.00 applied, 40.00 compensated, never negative", async () => {
    const entries = await giftCardSales("R1", [
      ["GC-1", 2000n, 60n],
      ["GC-1", 5000n, 80n],
    ]);
    const ack = await hub.ingest({ storeId: "S1", entries });
    expect(ack.accepted).toHaveLength(2);
    expect((await hub.balance("stored-value", "GC-1"))?.balanceMinor).toBe(0n);
    // Points: 100 loaded + 10 earned − 60 burned = 50; the second sale burns 80 of them: 50 applied, 30 short, +10 earned.
    expect((await hub.balance("points", "CUST-1"))?.balanceMinor).toBe(10n);
    const compensations = (await hub.events()).filter((event) => event.type === "redemption.compensated");
    expect(compensations.map((event) => event.payload)).toEqual([
      expect.objectContaining({
        accountId: "GC-1",
        requestedMinor: "5000",
        appliedMinor: "1000",
        shortfallMinor: "4000",
      }),
      expect.objectContaining({
        accountId: "CUST-1",
        requestedMinor: "80",
        appliedMinor: "50",
        shortfallMinor: "30",
      }),
    ]);
    expect(ack.compensations).toEqual(compensations.map((event) => event.eventId));
  });

  it("keeps its own event chain linked", async () => {
    const events = await hub.events();
    expect(events.map((event) => event.seq)).toEqual(events.map((_event, index) => index + 1));
    expect(events.slice(1).map((event) => event.prevHash)).toEqual(
      events.slice(0, -1).map((event) => event.hash),
    );
  });

  it("refuses a hub-side debit past zero with INSUFFICIENT_BALANCE", async () => {
    const error = await hub
      .changeBalance({ accountKind: "points", eventId: "pts-2", accountId: "CUST-1", points: "-11" })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "INSUFFICIENT_BALANCE" });
  });
});

describe("hub snapshots", () => {
  it("publishes versions per kind and hands a till only what is newer", async () => {
    await hub.publishSnapshot({ kind: "catalog", payload: { items: 1 } });
    await hub.publishSnapshot({ kind: "catalog", payload: { items: 2 } });
    await hub.publishSnapshot({ kind: "tax", payload: { rate: "0.19" } });
    const pulled = await hub.pullSnapshots({ catalog: 1 });
    expect(pulled.map((snapshot) => [snapshot.kind, snapshot.version])).toEqual([
      ["catalog", 2],
      ["tax", 1],
    ]);
    expect(await hub.pullSnapshots({ catalog: 2, tax: 1 })).toEqual([]);
  });

  it("records the snapshot versions a receipt used on the hub's sale row", async () => {
    const payload = salePayload("V-1", 500n, "SKU-2", 1n, { snapshotVersions: { catalog: 2, tax: 1 } });
    const { entries } = await appendEntries(genesisHead("V1"), [
      {
        registerId: "V1",
        eventId: "V1:0",
        type: "sale.completed",
        timestamp: "2026-11-23T11:00:00.000Z",
        payload,
      },
    ]);
    await hub.ingest({ storeId: "S1", entries });
    const { rows } = await client.query("select snapshot_versions from hub_sales where sale_id = 'V-1'");
    expect(rows[0]?.snapshot_versions).toEqual({ catalog: 2, tax: 1 });
  });

  it.each([
    ["an unknown kind", { kind: "weather", payload: {} }, ["snapshot", "kind"]],
    [
      "a fractional number in the payload",
      { kind: "price", payload: { price: 2.5 } },
      ["snapshot", "payload"],
    ],
  ])("refuses %s with INVALID_INPUT", async (_title, input, path) => {
    const error = await hub.publishSnapshot(input).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
    expect((error as { path: unknown[] }).path.slice(0, 2)).toEqual(path);
  });
});
