import Decimal from "decimal.js";

/**
 * tillkit's private decimal.js constructor. A clone, so the host's global Decimal settings are never read
 * or changed; precision is generous because it is only used at the edges (parsing, rates, reports), and
 * exponents never appear in its strings so they can be parsed back exactly.
 *
 * @public
 */
export const TillDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone({
  precision: 80,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/**
 * A decimal.js value made by tillkit's private constructor.
 *
 * @public
 */
export type TillDecimalValue = Decimal;
