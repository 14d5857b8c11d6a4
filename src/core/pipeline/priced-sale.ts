import type { Money } from "../money/money";
import type { Quantity } from "../quantity/quantity";
import type { Adjustment, LineTax } from "../sale/ledger-entry";
import type { PriceSource } from "../sale/sale-line";

/**
 * One line as priced by the pipeline. Amounts are Money in the sale currency; on a return line they are
 * negative.
 *
 * Invariants after `computeTotals`: `net = gross − Σ adjustments.amount`, `total = net + Σ taxes.amount`
 * of taxes not `included`, and `net` never crosses zero (a discount cannot make a line earn money).
 *
 * A line holds exactly these fields: stages change its figures with `withLineFigures` (or
 * `addAdjustment`), which copy only them.
 *
 * @public
 */
export interface PricedLine {
  readonly lineId: string;
  readonly sku: string;
  readonly quantity: Quantity;
  /** Effective unit price: resolved price plus modifiers. */
  readonly unitPrice: Money;
  readonly priceSource: PriceSource;
  readonly taxCategory: string;
  /** Unit price × quantity, rounded once with the pricing rounding mode. */
  readonly gross: Money;
  /** The allocation ledger: every discount with its source, in the order stages added them. */
  readonly adjustments: readonly Adjustment[];
  /** Gross minus adjustments. Stages that add adjustments keep it current. */
  readonly net: Money;
  /** Taxes on the line (written by the tax stage). */
  readonly taxes: readonly LineTax[];
  /** Net plus taxes not included in the price (written by `computeTotals`). */
  readonly total: Money;
  /** True when the line carries frozen pricing (a return against a receipt): stages must not touch it. */
  readonly isLocked: boolean;
}

/**
 * A rule that applied, for the explanation.
 *
 * @public
 */
export interface AppliedRule {
  readonly ruleId: string;
  readonly kind: string;
  readonly name: string;
  /** The total the rule took off (or added, for a surcharge). */
  readonly amount: Money;
  readonly lineIds: readonly string[];
}

/**
 * A rule that did not apply and why, with a stable reason code ("MIN_SPEND_NOT_MET", "EXPIRED", ...).
 *
 * @public
 */
export interface RejectedRule {
  readonly ruleId: string;
  readonly kind: string;
  readonly reasonCode: string;
  readonly message?: string;
}

/**
 * A hint for the cashier or customer ("add 5.00 more for 10% off").
 *
 * @public
 */
export interface PricingNudge {
  readonly ruleId: string;
  readonly message: string;
  /** What is missing to qualify, e.g. an amount. */
  readonly missing?: Money;
}

/**
 * Why every amount is what it is.
 *
 * @public
 */
export interface PricingExplanation {
  readonly applied: readonly AppliedRule[];
  readonly rejected: readonly RejectedRule[];
  readonly nudges: readonly PricingNudge[];
}

/**
 * A warning that travels with the result (the library never logs).
 *
 * @public
 */
export interface PricingNote {
  readonly code: string;
  readonly message: string;
  readonly lineId?: string;
}

/**
 * A policy used to price the sale, stamped on the sale so a receipt can be recomputed later.
 *
 * @public
 */
export interface PolicyRef {
  readonly id: string;
  readonly version: string;
}

/**
 * The priced sale: the pipeline's output. Immutable and JSON-serialisable (Money writes its JSON form).
 *
 * Totals are written once by `computeTotals`: `subtotal = Σ gross`, `discountTotal = Σ adjustments`,
 * `taxTotal = Σ taxes` (included ones too), `total = Σ line totals`; `tendered = Σ entered and approved tenders`.
 * For a sale (total ≥ 0) `balanceDue = max(total − tendered, 0)` and `change = max(tendered − total, 0)`;
 * for a refund (total < 0) `balanceDue = total − tendered` (still owed to the customer, ≤ 0) and change is 0.
 *
 * @public
 */
export interface PricedSale {
  readonly saleId: string;
  readonly currency: string;
  /** Priced lines in sale order; voided lines are absent. */
  readonly lines: readonly PricedLine[];
  readonly subtotal: Money;
  readonly discountTotal: Money;
  readonly taxTotal: Money;
  readonly total: Money;
  readonly tendered: Money;
  readonly balanceDue: Money;
  readonly change: Money;
  readonly explanation: PricingExplanation;
  readonly notes: readonly PricingNote[];
  readonly policies: readonly PolicyRef[];
}
