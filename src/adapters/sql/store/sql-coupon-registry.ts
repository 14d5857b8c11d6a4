import { checkCoupon } from "../../../pricing/coupons/check-coupon";
import {
  type Coupon,
  type CouponInput,
  couponSchema,
  normalizeCouponCode,
} from "../../../pricing/coupons/coupon";
import type { CouponRedemption, CouponRegistry } from "../../../pricing/coupons/coupon-registry-port";
import { parseRule } from "../../../pricing/rules/parse-rule";
import type { SqlClient, SqlTransaction } from "../sql-client";
import { insertRows, toSafeNumber } from "./sql-values";

/**
 * The SQL coupon registry: the {@link CouponRegistry} port plus defining coupons.
 *
 * @public
 */
export interface SqlCouponRegistry extends CouponRegistry {
  /**
   * Defines (or replaces) coupons.
   *
   * @throws TillError INVALID_RULE for a malformed coupon; nothing is written then
   */
  define(coupons: readonly CouponInput[]): Promise<void>;
}

/**
 * Options of the SQL coupon registry.
 *
 * @public
 */
export interface SqlCouponOptions {
  /** Now, in epoch milliseconds, for coupon schedules (default Date.now). */
  readonly clock?: () => number;
  /** The store's IANA time zone for coupon time windows (default "UTC"). */
  readonly timeZone?: string;
}

async function lookupIn(runner: Pick<SqlTransaction, "query">, code: string) {
  const { rows } = await runner.query("select payload from coupons where code = $1", [code]);
  if (rows[0] === undefined) return undefined;
  const coupon = parseRule(couponSchema, rows[0].payload, ["coupons", code]) as Coupon;
  const usage = await runner.query(
    "select customer_id, count(*) as uses from coupon_redemptions where code = $1 group by customer_id",
    [code],
  );
  const byCustomer: { [customerId: string]: number } = {};
  let uses = 0;
  for (const row of usage.rows) {
    const count = toSafeNumber(row.uses);
    uses += count;
    if (typeof row.customer_id === "string") byCustomer[row.customer_id] = count;
  }
  return { coupon, usage: { uses, byCustomer } };
}

/**
 * A {@link CouponRegistry} over SQL. `redeem` locks the code for its transaction, so of two tills
 * redeeming one single-use code at once exactly one gets "redeemed".
 *
 * @param client - the SQL client
 * @param options - clock and time zone for schedules
 * @returns the registry
 * @public
 */
export function createSqlCouponRegistry(
  client: SqlClient,
  options: SqlCouponOptions = {},
): SqlCouponRegistry {
  const clock = options.clock ?? Date.now;
  const timeZone = options.timeZone ?? "UTC";
  return {
    async define(coupons) {
      const parsed = coupons.map(
        (input, index) => parseRule(couponSchema, input, ["coupons", index]) as Coupon,
      );
      await client.transaction((transaction) =>
        insertRows(
          transaction,
          "coupons",
          ["code", "payload"],
          parsed.map((coupon) => [normalizeCouponCode(coupon.code), JSON.stringify(coupon)]),
          "on conflict (code) do update set payload = excluded.payload",
        ),
      );
    },
    lookup: (code) => lookupIn(client, normalizeCouponCode(code)),
    redeem: (code, saleId, customerId) =>
      client.transaction(async (transaction): Promise<CouponRedemption> => {
        const normalized = normalizeCouponCode(code);
        await transaction.query("select pg_advisory_xact_lock(hashtext($1))", [`coupon:${normalized}`]);
        const found = await transaction.query(
          "select 1 from coupon_redemptions where code = $1 and sale_id = $2",
          [normalized, saleId],
        );
        if (found.rows.length > 0) return { status: "redeemed", code: normalized, saleId };
        const record = await lookupIn(transaction, normalized);
        const check = checkCoupon(code, record?.coupon, record?.usage ?? { uses: 0, byCustomer: {} }, {
          atMs: clock(),
          timeZone,
          customerId,
        });
        if (check.status === "rejected") return check;
        if (record === undefined) return { status: "rejected", code: normalized, reason: "unknown_code" };
        await transaction.query(
          `insert into coupon_redemptions (redemption_id, code, sale_id, customer_id, redeemed_at)
           values ($1, $2, $3, $4, $5)`,
          [
            `${normalized}:${saleId}`,
            normalized,
            saleId,
            customerId ?? null,
            new Date(clock()).toISOString(),
          ],
        );
        return { status: "redeemed", code: normalized, saleId };
      }),
    async release(code, saleId) {
      await client.query("delete from coupon_redemptions where code = $1 and sale_id = $2", [
        normalizeCouponCode(code),
        saleId,
      ]);
    },
  };
}
