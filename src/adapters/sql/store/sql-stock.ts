import { parseWith } from "../../../core/errors/from-zod";
import {
  type LowStockEvent,
  type StockLevel,
  type StockMovement,
  type StockPort,
  stockMovementSchema,
} from "../../../core/ports/stock-port";
import { Quantity } from "../../../core/quantity/quantity";
import type { UnitOfMeasure } from "../../../core/quantity/unit-of-measure";
import type { SqlClient, SqlTransaction } from "../sql-client";
import { toBigint, toIsoText } from "./sql-values";
import { type LevelRow, lowStockEventsOf, saveAlerts } from "./stock-alerts";

const MOVEMENT_COLUMNS = [
  "movement_id",
  "store_id",
  "sku",
  "delta_millionths",
  "unit",
  "reason",
  "reference",
  "occurred_at",
];

async function levelsWithPoints(
  transaction: SqlTransaction,
  storeId: string,
  skus: readonly string[],
): Promise<LevelRow[]> {
  const { rows } = await transaction.query(
    `select r.sku, r.reorder_point_millionths as point,
       (select coalesce(sum(m.delta_millionths), 0) from stock_movements m
         where m.store_id = r.store_id and m.sku = r.sku) as level
     from reorder_points r where r.store_id = $1 and r.sku = any($2)`,
    [storeId, skus],
  );
  return rows.map((row) => ({
    sku: String(row.sku),
    level: toBigint(row.level),
    point: toBigint(row.point),
  }));
}

/**
 * Records movements inside a transaction (ids already recorded are skipped) and stores and returns the
 * low-stock events they raise.
 *
 * @internal
 */
export async function recordMovementsInTransaction(
  transaction: SqlTransaction,
  movements: readonly StockMovement[],
): Promise<LowStockEvent[]> {
  if (movements.length === 0) return [];
  const { rows } = await transaction.query(
    `insert into stock_movements (${MOVEMENT_COLUMNS.join(", ")})
     select * from unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[],
       $8::timestamptz[]) on conflict (movement_id) do nothing returning movement_id`,
    [
      movements.map((movement) => movement.movementId),
      movements.map((movement) => movement.storeId),
      movements.map((movement) => movement.sku),
      movements.map((movement) => movement.delta.millionths.toString()),
      movements.map((movement) => movement.delta.unit),
      movements.map((movement) => movement.reason),
      movements.map((movement) => movement.reference ?? null),
      movements.map((movement) => movement.at),
    ],
  );
  const inserted = new Set(rows.map((row) => String(row.movement_id)));
  const recorded = movements.filter((movement) => inserted.has(movement.movementId));
  const events: LowStockEvent[] = [];
  for (const storeId of new Set(recorded.map((movement) => movement.storeId))) {
    const ofStore = recorded.filter((movement) => movement.storeId === storeId);
    const levels = await levelsWithPoints(transaction, storeId, [...new Set(ofStore.map((m) => m.sku))]);
    events.push(...lowStockEventsOf(ofStore, levels));
  }
  await saveAlerts(transaction, events);
  return events;
}

function levelFromRow(storeId: string, row: Record<string, unknown>): StockLevel {
  const unit = String(row.unit ?? "each") as UnitOfMeasure;
  const level = toBigint(row.level);
  const hasPoint = row.point !== null && row.point !== undefined;
  const point = hasPoint ? toBigint(row.point) : 0n;
  return {
    storeId,
    sku: String(row.sku),
    level: new Quantity(level, unit),
    ...(hasPoint ? { reorderPoint: new Quantity(point, unit) } : {}),
    isLow: hasPoint && level <= point,
  };
}

const LEVELS_SQL = `
select k.sku, coalesce((select sum(m.delta_millionths) from stock_movements m
    where m.store_id = $1 and m.sku = k.sku), 0) as level,
  (select m.unit from stock_movements m where m.store_id = $1 and m.sku = k.sku
    order by m.occurred_at desc, m.movement_id desc limit 1) as unit,
  r.reorder_point_millionths as point
from (select sku from stock_movements where store_id = $1 union select sku from reorder_points where store_id = $1) k
left join reorder_points r on r.store_id = $1 and r.sku = k.sku`;

/**
 * A {@link StockPort} over SQL: levels are sums of the movement deltas, computed on read.
 *
 * @param client - the SQL client
 * @returns the stock port
 * @public
 */
export function createSqlStock(client: SqlClient): StockPort {
  return {
    async record(input) {
      const movements = input.map((movement, index) => parseWith(stockMovementSchema, movement, [index]));
      return client.transaction((transaction) => recordMovementsInTransaction(transaction, movements));
    },
    async setReorderPoint(storeId, sku, point) {
      await client.query(
        `insert into reorder_points (store_id, sku, reorder_point_millionths) values ($1, $2, $3)
         on conflict (store_id, sku) do update set reorder_point_millionths = excluded.reorder_point_millionths`,
        [storeId, sku, point.millionths.toString()],
      );
    },
    async level(storeId, sku) {
      const { rows } = await client.query(`${LEVELS_SQL} where k.sku = $2`, [storeId, sku]);
      const row = rows[0];
      return row === undefined
        ? { storeId, sku, level: new Quantity(0n, "each"), isLow: false }
        : levelFromRow(storeId, row);
    },
    async levels(storeId) {
      const { rows } = await client.query(`${LEVELS_SQL} order by k.sku`, [storeId]);
      return rows.map((row) => levelFromRow(storeId, row));
    },
    async lowStockEvents(storeId) {
      const { rows } = await client.query(
        "select * from stock_alerts where store_id = $1 order by alert_id",
        [storeId],
      );
      return rows.map((row) => ({
        storeId,
        sku: String(row.sku),
        movementId: String(row.movement_id),
        level: new Quantity(toBigint(row.level_millionths), String(row.unit) as UnitOfMeasure),
        reorderPoint: new Quantity(toBigint(row.reorder_point_millionths), String(row.unit) as UnitOfMeasure),
        at: toIsoText(row.occurred_at),
      }));
    },
  };
}
