import type { Migration } from "./migration";

/**
 * The first schema: every storage port's table. Amounts are bigint minor units, quantities bigint
 * millionths; the full record rides along as JSONB so projections can evolve without data migrations.
 * The journal is append-only (a trigger refuses UPDATE and DELETE) with a unique event id and a unique
 * (register, sequence) pair; receipt numbers are unique per register.
 *
 * @internal
 */
export const SCHEMA_V1: Migration = {
  version: 1,
  name: "initial schema",
  sql: `
create table sales (
  sale_id text primary key,
  store_id text not null,
  register_id text not null,
  receipt_number bigint,
  status text not null,
  customer_id text,
  currency text not null,
  total_minor bigint not null,
  completed_at timestamptz,
  payload_hash text not null,
  payload jsonb not null,
  unique (register_id, receipt_number)
);
create index sales_completed_at on sales (completed_at);
create index sales_customer on sales (customer_id, completed_at);
create index sales_status on sales (status);

create table sale_lines (
  sale_id text not null references sales (sale_id),
  line_no integer not null,
  line_id text not null,
  sku text not null,
  quantity_millionths bigint not null,
  unit_price_minor bigint not null,
  net_minor bigint not null,
  tax_minor bigint not null,
  total_minor bigint not null,
  payload jsonb not null,
  primary key (sale_id, line_no)
);
create index sale_lines_sku on sale_lines (sku);

create table tenders (
  sale_id text not null references sales (sale_id),
  tender_id text not null,
  kind text not null,
  amount_minor bigint not null,
  currency text not null,
  payload jsonb not null,
  primary key (sale_id, tender_id)
);

create table journal (
  register_id text not null,
  seq bigint not null,
  event_id text not null unique,
  type text not null,
  occurred_at timestamptz not null,
  payload jsonb not null,
  prev_hash text not null,
  hash text not null,
  signature text,
  primary key (register_id, seq)
);

create function journal_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the journal is append-only';
end;
$$;
create trigger journal_append_only before update or delete on journal
  for each row execute function journal_is_append_only();

create table outbox (
  event_id text primary key,
  register_id text not null,
  seq bigint not null,
  payload jsonb not null,
  created_at timestamptz not null default now(),
  acknowledged_at timestamptz
);
create index outbox_pending on outbox (register_id, seq) where acknowledged_at is null;

create table stock_movements (
  movement_id text primary key,
  store_id text not null,
  sku text not null,
  delta_millionths bigint not null,
  reason text not null,
  reference text,
  occurred_at timestamptz not null
);
create index stock_movements_item on stock_movements (store_id, sku);

create table reorder_points (
  store_id text not null,
  sku text not null,
  reorder_point_millionths bigint not null,
  primary key (store_id, sku)
);

create table loyalty_ledger (
  entry_id text primary key,
  customer_id text not null,
  program_id text not null,
  kind text not null,
  points bigint not null,
  reference text,
  occurred_at timestamptz not null
);
create index loyalty_ledger_customer on loyalty_ledger (customer_id, program_id);

create table stored_value_ledger (
  entry_id text primary key,
  account_id text not null,
  kind text not null,
  amount_minor bigint not null,
  currency text not null,
  reference text,
  occurred_at timestamptz not null
);
create index stored_value_ledger_account on stored_value_ledger (account_id);

create table coupon_redemptions (
  redemption_id text primary key,
  code text not null,
  sale_id text not null,
  customer_id text,
  redeemed_at timestamptz not null
);
create index coupon_redemptions_code on coupon_redemptions (code);

create table register_sessions (
  session_id text primary key,
  register_id text not null,
  opened_at timestamptz not null,
  closed_at timestamptz,
  payload jsonb not null
);

create table customers (
  customer_id text primary key,
  payload jsonb not null
);

create table snapshots (
  kind text not null,
  version integer not null,
  payload jsonb not null,
  created_at timestamptz not null default now(),
  primary key (kind, version)
);
`,
};
