import type { Migration } from "./migration";

/**
 * The second schema, additive only so a version-1 database upgrades in place: the commit table that
 * makes completion idempotent, the exact journal members a hash covers (receipt number, the timestamp as
 * written), the receipt text of a sale, stock units, alerts and accounts the store ports need, and the
 * current catalog items beside their versioned snapshots.
 *
 * @internal
 */
export const SCHEMA_V2: Migration = {
  version: 2,
  name: "commits, exact journal members, stock alerts, ledger accounts, catalog items",
  sql: `
create table commits (
  commit_id text primary key,
  register_id text not null,
  record jsonb not null,
  committed_at timestamptz not null default now()
);

alter table journal add column receipt_number bigint;
alter table journal add column recorded_at text;

alter table sales add column receipt text;
create unique index sales_receipt on sales (receipt);
create index sales_register_status on sales (register_id, status);

alter table stock_movements add column unit text not null default 'each';

create table stock_alerts (
  alert_id bigserial primary key,
  store_id text not null,
  sku text not null,
  movement_id text not null,
  level_millionths bigint not null,
  reorder_point_millionths bigint not null,
  unit text not null,
  occurred_at timestamptz not null
);
create index stock_alerts_store on stock_alerts (store_id, alert_id);

alter table loyalty_ledger add column entry jsonb;
alter table loyalty_ledger add column request_key text;

create table stored_value_accounts (
  account_id text primary key,
  kind text not null,
  currency text not null,
  is_active boolean not null
);
alter table stored_value_ledger add column request_key text;
create unique index stored_value_ledger_request on stored_value_ledger (request_key);

create table coupons (
  code text primary key,
  payload jsonb not null
);
create unique index coupon_redemptions_sale on coupon_redemptions (code, sale_id);

create table catalog_items (
  sku text primary key,
  version integer not null,
  payload jsonb not null
);
create table catalog_barcodes (
  barcode text primary key,
  sku text not null
);
`,
};
