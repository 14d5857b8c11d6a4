import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import type { SaleFact, SaleFacts } from "../projections/sale-fact";
import type { SalesReport } from "./sales-by-time";
import { tallySales } from "./sales-tally";

/**
 * The receipt-level dimensions: who rang it, which register, which store, which session.
 *
 * @public
 */
export const SALES_DIMENSIONS = ["employee", "register", "store", "session"] as const;

/**
 * zod schema of a receipt-level dimension.
 *
 * @public
 */
export const salesDimensionSchema = /* @__PURE__ */ z.enum(SALES_DIMENSIONS);

/**
 * A receipt-level dimension, see {@link SALES_DIMENSIONS}.
 *
 * @public
 */
export type SalesDimension = z.infer<typeof salesDimensionSchema>;

const KEY_OF: Readonly<Record<SalesDimension, (fact: SaleFact) => string>> = {
  employee: (fact) => fact.employeeId,
  register: (fact) => fact.registerId,
  store: (fact) => fact.storeId ?? "unknown",
  session: (fact) => fact.sessionId ?? "no-session",
};

/**
 * Sales by employee, register, store or session. Receipts without a store id group under "unknown".
 *
 * @param facts - from `readSaleFacts`
 * @param dimension - what to group by
 * @returns rows by key and the total
 * @throws TillError INVALID_INPUT for an unknown dimension
 * @public
 */
export function salesBy(facts: SaleFacts, dimension: SalesDimension): SalesReport {
  const valid = parseWith(salesDimensionSchema, dimension, ["dimension"]);
  return { currency: facts.currency, ...tallySales(facts.sales, facts.currency, KEY_OF[valid]) };
}
