import { z } from "zod";
import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { parseMoney } from "../money/create-money";
import { Money } from "../money/money";
import { decimalStringSchema } from "../numbers/decimal-input";
import { getDenominationTable } from "./denomination-tables";

/**
 * zod schema for cash counted by denomination: the currency and, per denomination (major units, as in the
 * table), how many notes or coins. A denomination with notes and coins (CNY 1) is one row.
 *
 * @public
 */
export const cashCountSchema = /* @__PURE__ */ z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  counts: z.array(
    z.object({ denomination: decimalStringSchema, count: z.number().int().min(0).max(1_000_000) }),
  ),
});

/**
 * Cash counted by denomination.
 *
 * @public
 */
export type CashCount = z.infer<typeof cashCountSchema>;

/**
 * The total of a cash count.
 *
 * @param input - currency and counts per denomination
 * @returns the exact total
 * @throws TillError INVALID_INPUT for a denomination the currency does not have (with its path);
 *   UNKNOWN_CURRENCY when tillkit has no table for the currency
 * @example
 * ```ts
 * countCash({ currency: "EUR", counts: [{ denomination: "20", count: 3 }, { denomination: "0.50", count: 4 }] })
 *   .toString(); // "62.00"
 * ```
 * @public
 */
export function countCash(input: CashCount): Money {
  const count = parseWith(cashCountSchema, input);
  const table = getDenominationTable(count.currency);
  const values = [...table.coins, ...table.notes].map((text) => parseMoney(text, count.currency).minor);
  let total = 0n;
  count.counts.forEach((row, index) => {
    const value = parseMoney(row.denomination, count.currency, {
      path: ["counts", index, "denomination"],
    }).minor;
    if (!values.includes(value)) {
      throw new TillError("INVALID_INPUT", {
        message: `${count.currency} has no ${row.denomination} note or coin`,
        path: ["counts", index, "denomination"],
      });
    }
    total += value * BigInt(row.count);
  });
  return new Money(total, count.currency);
}
