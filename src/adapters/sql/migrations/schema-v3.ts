import type { Migration } from "./migration";

/**
 * The third schema adds no table: it adds `tillkit_commit(document jsonb, sale_payload text)`, the
 * completion write as one server-side function. A commit is then one short statement instead of about
 * ten, and because PL/pgSQL prepares each statement inside it once per connection, they are no longer
 * parsed and planned on every sale — on PGlite (PostgreSQL in WebAssembly) parsing and planning were
 * the larger part of a commit's time. The rows are the ones the statement-by-statement commit wrote.
 *
 * The function keeps that commit's checks, in the same order:
 * 1. a stored commit with the document's `commitId` is returned as `{ stored }`, with nothing written
 *    (the caller compares it: a replay or an idempotency conflict);
 * 2. the register's journal head is read; when it is not the expected head, `{ headSeq, headHash,
 *    written: false }` is returned with nothing written (the caller answers `JOURNAL_CONFLICT`);
 * 3. otherwise the journal entries, the commit row, the sale (replacing the lines and tenders of a sale
 *    saved earlier), the outbox and the stock movements are written, and the head, the ids of the
 *    movements written (an id already recorded is skipped) and the level after them of each moved SKU
 *    with a reorder point are returned.
 * The caller runs it inside a transaction and still checks the entries' chain on the returned head;
 * any error rolls everything back.
 *
 * `sale_payload` is the sales row's payload text, `JSON.stringify({ sale, priced })`; its SHA-256 is
 * taken here, over its UTF-8 bytes, which is the digest the statement-by-statement commit took in
 * JavaScript. The document's record comes without its sale and pricing, which are joined back from
 * the payload for the commit row.
 *
 * @internal
 */
export const SCHEMA_V3: Migration = {
  version: 3,
  name: "commit function",
  sql: `
create function tillkit_commit(document jsonb, sale_payload text) returns jsonb language plpgsql as $commit$
declare
  v_record jsonb := document->'record';
  v_payload jsonb := sale_payload::jsonb;
  v_sale_id text := document->'sale'->>'sale_id';
  v_stored jsonb;
  v_head_seq bigint;
  v_head_hash text;
  v_inserted jsonb := '[]';
  v_levels jsonb := '[]';
begin
  select c.record into v_stored from commits c where c.commit_id = document->>'commitId';
  if found then
    return jsonb_build_object('stored', v_stored);
  end if;
  select j.seq, j.hash into v_head_seq, v_head_hash from journal j
    where j.register_id = document->>'registerId' order by j.seq desc limit 1;
  if not ((v_head_seq is null and (document->>'expectedSeq')::bigint = 0)
      or (v_head_seq = (document->>'expectedSeq')::bigint and v_head_hash = document->>'expectedHash')) then
    return jsonb_build_object('headSeq', v_head_seq, 'headHash', v_head_hash, 'written', false);
  end if;
  -- The record travels without its sale and pricing, which arrive once, as the sale's payload text.
  if v_payload is not null then
    v_record := v_record || v_payload;
  end if;

  insert into journal (register_id, seq, event_id, type, occurred_at, payload, prev_hash, hash, signature,
      receipt_number, recorded_at)
    select e.value->>'registerId', (e.value->>'seq')::bigint, e.value->>'eventId', e.value->>'type',
      (e.value->>'timestamp')::timestamptz, e.value->'payload', e.value->>'prevHash', e.value->>'hash',
      document->'signatures'->>((e.n - 1)::integer), (e.value->>'receiptNumber')::bigint, e.value->>'timestamp'
    from jsonb_array_elements(v_record->'journalEntries') with ordinality as e(value, n);
  insert into commits (commit_id, register_id, record)
    values (document->>'commitId', document->>'registerId', v_record);

  if v_sale_id is not null then
    insert into sales (sale_id, store_id, register_id, receipt_number, receipt, status, customer_id, currency,
        total_minor, completed_at, payload_hash, payload)
      select s.sale_id, s.store_id, s.register_id, s.receipt_number, s.receipt, s.status, s.customer_id,
        s.currency, s.total_minor, s.completed_at, encode(sha256(convert_to(sale_payload, 'UTF8')), 'hex'),
        v_payload
      from jsonb_to_record(document->'sale') as s(sale_id text, store_id text, register_id text,
        receipt_number bigint, receipt text, status text, customer_id text, currency text, total_minor bigint,
        completed_at timestamptz)
      on conflict (sale_id) do update set receipt_number = excluded.receipt_number, receipt = excluded.receipt,
        status = excluded.status, customer_id = excluded.customer_id, total_minor = excluded.total_minor,
        completed_at = excluded.completed_at, payload_hash = excluded.payload_hash, payload = excluded.payload;
    -- A suspended sale saved earlier has rows to replace.
    delete from sale_lines where sale_id = v_sale_id;
    delete from tenders where sale_id = v_sale_id;
    insert into sale_lines (sale_id, line_no, line_id, sku, quantity_millionths, unit_price_minor, net_minor,
        tax_minor, total_minor, payload)
      select v_sale_id, l.line_no, l.line_id, l.sku, l.quantity_millionths, l.unit_price_minor, l.net_minor,
        l.tax_minor, l.total_minor, v_payload->'priced'->'lines'->(l.line_no - 1)
      from jsonb_to_recordset(document->'lines') as l(line_no integer, line_id text, sku text,
        quantity_millionths bigint, unit_price_minor bigint, net_minor bigint, tax_minor bigint,
        total_minor bigint);
    insert into tenders (sale_id, tender_id, kind, amount_minor, currency, payload)
      select v_sale_id, t.tender_id, t.kind, t.amount_minor, t.currency, v_payload->'sale'->'tenders'->t.position
      from jsonb_to_recordset(document->'tenders') as t(tender_id text, kind text, amount_minor bigint,
        currency text, position integer);
  end if;

  insert into outbox (event_id, register_id, seq, payload)
    select o.value->>'eventId', o.value->>'registerId', (o.value->'entry'->>'seq')::bigint, o.value->'entry'
    from jsonb_array_elements(v_record->'outbox') as o;

  if jsonb_array_length(document->'movements') > 0 then
    with written as (
      insert into stock_movements (movement_id, store_id, sku, delta_millionths, unit, reason, reference,
          occurred_at)
        select m.movement_id, m.store_id, m.sku, m.delta_millionths, m.unit, m.reason, m.reference, m.occurred_at
        from jsonb_to_recordset(document->'movements') as m(movement_id text, store_id text, sku text,
          delta_millionths bigint, unit text, reason text, reference text, occurred_at timestamptz)
        on conflict (movement_id) do nothing returning movement_id)
    select coalesce(jsonb_agg(movement_id), '[]') into v_inserted from written;
    -- Levels after the movements just written: this statement sees the one before it.
    select coalesce(jsonb_agg(jsonb_build_array(r.sku, r.reorder_point_millionths::text,
        (select coalesce(sum(m.delta_millionths), 0) from stock_movements m
          where m.store_id = r.store_id and m.sku = r.sku)::text)), '[]')
      into v_levels
      from reorder_points r
      where r.store_id = document->>'storeId'
        and r.sku in (select x->>'sku' from jsonb_array_elements(document->'movements') as x);
  end if;

  return jsonb_build_object('headSeq', v_head_seq, 'headHash', v_head_hash, 'written', true,
    'inserted', v_inserted, 'levels', v_levels);
end;
$commit$;
`,
};
