import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createHub,
  createPgliteClient,
  createPostgresClient,
  type SqlClient,
} from "../../../src/adapters/sql";
import { appendEntries, genesisHead, type JournalDraft } from "../../../src/core/journal";
import { formatScaled } from "../../../src/core/numbers";
import { type PostgresForTests, startPostgresForTests } from "../../support/postgres-server";
import { salePayload } from "../sync/support/till-journal";

// What one sale costs the hub: rows and bytes per table, measured with pg_total_relation_size over each
// partitioned table's leaves (heap + indexes + TOAST) and pg_column_size of the journal payload. The
// sales carry a three-line report detail as `saleDetailFromPriced` writes it. docs/storage-sync.md
// quotes the figures this prints.
const SALES = 2_000;
const TABLES = ["hub_journal", "hub_sales", "hub_daily_sales", "hub_stock_levels", "hub_value_ledger"];

let postgres: PostgresForTests;

beforeAll(async () => {
  postgres = await startPostgresForTests();
  console.log(`[hub cost] PostgreSQL backend: ${postgres.backend}`);
});

afterAll(async () => {
  await postgres.stop();
});

const euros = (minor: bigint) => ({ amount: formatScaled(minor, 2), currency: "EUR" });

function detailLine(index: number, sku: string, priceMinor: bigint) {
  return {
    lineId: `l${index}`,
    sku,
    quantity: "1",
    unitPrice: euros(priceMinor),
    gross: euros(priceMinor),
    net: euros(priceMinor),
    includedTax: euros((priceMinor * 19n) / 119n),
    taxCategory: "standard",
    adjustments: [],
  };
}

async function sales(registerId: string): Promise<JournalDraft[]> {
  return Array.from({ length: SALES }, (_, index) => {
    const skus = [0, 1, 2].map((offset) => `SKU-${(index * 7 + offset * 13) % 400}`);
    const prices = [0, 1, 2].map((offset) => BigInt(199 + ((index * 31 + offset * 97) % 4000)));
    const total = prices.reduce((sum, price) => sum + price, 0n);
    const lines = skus.map((sku, offset) => detailLine(offset, sku, prices[offset] as bigint));
    const payload = salePayload(`${registerId}-${index}`, total, skus[0] as string, 1n, {
      storeId: "S1",
      lines,
    });
    const timestamp = new Date(Date.UTC(2026, 10, 23, 8) + index * 15_000).toISOString();
    return { registerId, eventId: `${registerId}:${index}`, type: "sale.completed", timestamp, payload };
  });
}

const drivers: [string, () => Promise<SqlClient>][] = [
  ["PGlite", () => createPgliteClient()],
  ["PostgreSQL", () => createPostgresClient({ connectionString: postgres.url })],
];

describe.each(drivers)("hub cost per sale on %s", (label, open) => {
  it(`measures rows and bytes for ${SALES} three-line sales`, async () => {
    const client = await open();
    try {
      await measure(label, client);
    } finally {
      await client.close();
    }
  }, 240_000);
});

async function measure(label: string, client: SqlClient): Promise<void> {
  {
    const hub = await createHub({ client });
    const { entries } = await appendEntries(genesisHead("COST-1"), await sales("COST-1"));
    for (let start = 0; start < entries.length; start += 500)
      await hub.ingest({ storeId: "S1", entries: entries.slice(start, start + 500) });
    await client.exec("vacuum analyze");
    const report: Record<string, { rows: number; bytesPerSale: number }> = {};
    for (const table of TABLES) {
      const { rows } = await client.query<{ rows: unknown; bytes: unknown }>(
        `select (select count(*) from ${table})::int as rows,
           (select sum(pg_total_relation_size(relid)) from pg_partition_tree('${table}') where isleaf)::bigint as bytes`,
      );
      report[table] = {
        rows: Number(rows[0]?.rows),
        bytesPerSale: Math.floor(Number(rows[0]?.bytes) / SALES),
      };
    }
    const { rows } = await client.query<{ payload: unknown; row: unknown }>(
      "select avg(pg_column_size(payload))::int as payload, avg(pg_column_size(j.*))::int as row from hub_journal j",
    );
    console.log(
      `[hub cost] ${label}: ${JSON.stringify({ ...report, journalPayloadBytes: rows[0]?.payload, journalRowBytes: rows[0]?.row })}`,
    );
    // One journal row and one sale row per sale; report tables grow per day and per SKU, not per sale.
    expect([report.hub_journal?.rows, report.hub_sales?.rows, report.hub_daily_sales?.rows]).toEqual([
      SALES,
      SALES,
      1,
    ]);
    expect(report.hub_stock_levels?.rows).toBeLessThanOrEqual(400);
  }
}
