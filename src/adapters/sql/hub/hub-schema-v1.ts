import type { Migration } from "../migrations/migration";

/**
 * How many hash partitions each store-keyed hub table has. Eight keeps a single-node hub's partitions
 * small (a store's rows always land in one of them) without thousands of tiny tables; on a distributed
 * PostgreSQL the distribution column (`store_id`) takes over and this count stops mattering.
 *
 * @internal
 */
export const HUB_PARTITIONS = 8;

/** `create table` for each hash partition of a store-keyed table. */
function partitionsOf(table: string): string {
  return Array.from(
    { length: HUB_PARTITIONS },
    (_, remainder) =>
      `create table ${table}_p${remainder} partition of ${table} for values with (modulus ${HUB_PARTITIONS}, remainder ${remainder});`,
  ).join("\n");
}

const STORE_TABLES = `
create table hub_journal (
  store_id text not null,
  register_id text not null,
  seq bigint not null,
  event_id text not null,
  type text not null,
  occurred_at timestamptz not null,
  -- The timestamp exactly as hashed, so the hub's copy re-verifies byte for byte.
  timestamp_text text not null,
  receipt_number bigint,
  payload jsonb not null,
  prev_hash text not null,
  hash text not null,
  signature jsonb,
  primary key (store_id, register_id, seq),
  unique (store_id, event_id)
) partition by hash (store_id);

create table hub_sales (
  store_id text not null,
  event_id text not null,
  register_id text not null,
  seq bigint not null,
  sale_id text not null,
  kind text not null,
  business_date date not null,
  currency text not null,
  total_minor bigint not null,
  tax_minor bigint not null,
  discount_minor bigint not null,
  customer_id text,
  snapshot_versions jsonb,
  primary key (store_id, event_id)
) partition by hash (store_id);

create table hub_daily_sales (
  store_id text not null,
  business_date date not null,
  currency text not null,
  receipts bigint not null,
  total_minor bigint not null,
  tax_minor bigint not null,
  discount_minor bigint not null,
  primary key (store_id, business_date, currency)
) partition by hash (store_id);

create table hub_stock_levels (
  store_id text not null,
  sku text not null,
  quantity_millionths bigint not null,
  primary key (store_id, sku)
) partition by hash (store_id);

create table hub_value_ledger (
  store_id text not null,
  event_id text not null,
  account_kind text not null,
  account_id text not null,
  reason text not null,
  amount_minor bigint not null,
  currency text not null,
  primary key (store_id, event_id, account_kind, account_id, reason)
) partition by hash (store_id);
`;

/**
 * The first hub schema. Store-keyed tables (journal, sales, daily sales, stock levels, value ledger) are
 * hash-partitioned on `store_id`, so every primary key and unique key starts with it — the rule both
 * declarative partitioning and a distributed PostgreSQL (Citus) impose. Registers, balances, hub events
 * and snapshots are small or keyed by something else and stay unpartitioned.
 *
 * @internal
 */
export const HUB_SCHEMA_V1: Migration = {
  version: 1,
  name: "hub schema",
  sql: `
create table hub_registers (
  register_id text primary key,
  store_id text not null,
  head_seq bigint not null,
  head_hash text not null,
  head_receipt_number bigint not null
);
${STORE_TABLES}
${["hub_journal", "hub_sales", "hub_daily_sales", "hub_stock_levels", "hub_value_ledger"].map(partitionsOf).join("\n")}

create table hub_balances (
  account_kind text not null,
  account_id text not null,
  currency text not null,
  balance_minor bigint not null,
  primary key (account_kind, account_id)
);

create table hub_events (
  seq bigint primary key,
  event_id text not null unique,
  type text not null,
  occurred_at timestamptz not null,
  payload jsonb not null,
  prev_hash text not null,
  hash text not null
);

create table hub_snapshots (
  kind text not null,
  version integer not null,
  payload jsonb not null,
  published_at timestamptz not null,
  primary key (kind, version)
);
`,
};

/**
 * Every hub migration, in order; the last version is the hub schema version this code understands.
 *
 * @public
 */
export const HUB_MIGRATIONS: readonly Migration[] = [HUB_SCHEMA_V1];
