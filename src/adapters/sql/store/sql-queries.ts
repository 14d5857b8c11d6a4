import { moneyFromMinor } from "../../../core/money/create-money";
import type { Money } from "../../../core/money/money";
import { Quantity } from "../../../core/quantity/quantity";
import type { UnitOfMeasure } from "../../../core/quantity/unit-of-measure";
import type { SqlClient } from "../sql-client";
import { toBigint, toIsoText, toSafeNumber } from "./sql-values";

/**
 * One purchased line of a customer's history.
 *
 * @public
 */
export interface PurchaseHistoryLine {
  readonly saleId: string;
  readonly receipt: string;
  readonly completedAt: string;
  readonly sku: string;
  readonly quantity: Quantity;
  readonly unitPrice: Money;
  /** After discounts, before taxes added on top. */
  readonly net: Money;
  readonly tax: Money;
  readonly total: Money;
}

/**
 * One sale in a listing.
 *
 * @public
 */
export interface SaleListing {
  readonly saleId: string;
  readonly receipt?: string;
  readonly registerId: string;
  readonly status: string;
  readonly customerId?: string;
  readonly completedAt?: string;
  readonly total: Money;
}

/**
 * Totals of completed sales in a period, per currency: the figures of a Z report.
 *
 * @public
 */
export interface PeriodTotals {
  readonly currency: string;
  readonly saleCount: number;
  readonly lineCount: number;
  readonly net: Money;
  readonly tax: Money;
  readonly total: Money;
}

/**
 * The read side of the SQL store. Periods are half-open: `from` inclusive, `to` exclusive, ISO 8601.
 *
 * @public
 */
export interface SqlQueries {
  /** @returns a customer's purchased lines, oldest first (training sales excluded) */
  customerHistory(
    customerId: string,
    period?: { from: string; to: string },
  ): Promise<readonly PurchaseHistoryLine[]>;
  /** @returns completed sales in the period, by completion time */
  salesBetween(from: string, to: string): Promise<readonly SaleListing[]>;
  /** @returns suspended sales, of one register when given */
  suspendedSales(registerId?: string): Promise<readonly SaleListing[]>;
  /** @returns totals of completed sales in the period, per currency */
  periodTotals(from: string, to: string): Promise<readonly PeriodTotals[]>;
}

function listingFromRow(row: Record<string, unknown>): SaleListing {
  return {
    saleId: String(row.sale_id),
    ...(row.receipt === null ? {} : { receipt: String(row.receipt) }),
    registerId: String(row.register_id),
    status: String(row.status),
    ...(row.customer_id === null ? {} : { customerId: String(row.customer_id) }),
    ...(row.completed_at === null ? {} : { completedAt: toIsoText(row.completed_at) }),
    total: moneyFromMinor(toBigint(row.total_minor), String(row.currency)),
  };
}

const LISTING =
  "select sale_id, receipt, register_id, status, customer_id, completed_at, total_minor, currency from sales";

/**
 * Makes the queries over a SQL client.
 *
 * @param client - the SQL client
 * @returns the queries
 * @public
 */
export function createSqlQueries(client: SqlClient): SqlQueries {
  return {
    async customerHistory(customerId, period) {
      const { rows } = await client.query(
        `select s.sale_id, s.receipt, s.completed_at, s.currency, l.sku, l.quantity_millionths,
           l.payload->'quantity'->>'unit' as unit, l.unit_price_minor, l.net_minor, l.tax_minor, l.total_minor
         from sales s join sale_lines l on l.sale_id = s.sale_id
         where s.customer_id = $1 and s.status = 'completed' and not coalesce((s.payload->'sale'->>'isTraining')::boolean, false)
           and ($2::timestamptz is null or s.completed_at >= $2) and ($3::timestamptz is null or s.completed_at < $3)
         order by s.completed_at, s.sale_id, l.line_no`,
        [customerId, period?.from ?? null, period?.to ?? null],
      );
      return rows.map((row) => {
        const currency = String(row.currency);
        return {
          saleId: String(row.sale_id),
          receipt: String(row.receipt),
          completedAt: toIsoText(row.completed_at),
          sku: String(row.sku),
          quantity: new Quantity(
            toBigint(row.quantity_millionths),
            String(row.unit ?? "each") as UnitOfMeasure,
          ),
          unitPrice: moneyFromMinor(toBigint(row.unit_price_minor), currency),
          net: moneyFromMinor(toBigint(row.net_minor), currency),
          tax: moneyFromMinor(toBigint(row.tax_minor), currency),
          total: moneyFromMinor(toBigint(row.total_minor), currency),
        };
      });
    },
    async salesBetween(from, to) {
      const { rows } = await client.query(
        `${LISTING} where status = 'completed' and completed_at >= $1 and completed_at < $2
         order by completed_at, sale_id`,
        [from, to],
      );
      return rows.map(listingFromRow);
    },
    async suspendedSales(registerId) {
      const { rows } = await client.query(
        `${LISTING} where status = 'suspended' and ($1::text is null or register_id = $1) order by sale_id`,
        [registerId ?? null],
      );
      return rows.map(listingFromRow);
    },
    async periodTotals(from, to) {
      const { rows } = await client.query(
        `select s.currency, count(distinct s.sale_id) as sales, count(*) as lines, sum(l.net_minor) as net,
           sum(l.tax_minor) as tax, sum(l.total_minor) as total
         from sales s join sale_lines l on l.sale_id = s.sale_id
         where s.status = 'completed' and s.completed_at >= $1 and s.completed_at < $2
         group by s.currency order by s.currency`,
        [from, to],
      );
      return rows.map((row) => {
        const currency = String(row.currency);
        return {
          currency,
          saleCount: toSafeNumber(row.sales),
          lineCount: toSafeNumber(row.lines),
          net: moneyFromMinor(toBigint(row.net), currency),
          tax: moneyFromMinor(toBigint(row.tax), currency),
          total: moneyFromMinor(toBigint(row.total), currency),
        };
      });
    },
  };
}
