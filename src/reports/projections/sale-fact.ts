import type { Money } from "../../core/money/money";

/**
 * One adjustment (promotion, coupon, manual discount, points burn) on a sold line.
 *
 * @public
 */
export interface AdjustmentFact {
  readonly kind: string;
  readonly id: string;
  readonly name?: string;
  /** Positive = in the customer's favour; negated on a return line. */
  readonly amount: Money;
}

/**
 * One sold or returned line, read from the report detail of a sale entry.
 *
 * @public
 */
export interface SaleLineFact {
  readonly lineId: string;
  readonly sku: string;
  /** Signed quantity in millionths of the unit (negative on a return). */
  readonly quantityMillionths: bigint;
  readonly unitPrice: Money;
  readonly gross: Money;
  readonly net: Money;
  /** `net` without the taxes included in it: what the shop earns. */
  readonly netExTax: Money;
  /** Category, else department, else tax category, else "uncategorised". */
  readonly category: string;
  readonly department?: string;
  /** Channel partner of this line, when the line names one. */
  readonly partnerId?: string;
  /** Cost of the line's quantity (signed like the quantity) when the unit cost is known. */
  readonly cost?: Money;
  readonly adjustments: readonly AdjustmentFact[];
}

/**
 * A completed sale, return or post-void, normalised from its journal entry. Amounts are signed as they
 * affect the till (a return is negative).
 *
 * @public
 */
export interface SaleFact {
  readonly kind: "sale" | "return" | "post-void";
  readonly registerId: string;
  readonly seq: number;
  readonly eventId: string;
  readonly receiptNumber?: number;
  /** ISO timestamp as journalled (UTC). */
  readonly timestamp: string;
  /** Milliseconds since the epoch. */
  readonly time: number;
  readonly saleId: string;
  readonly employeeId: string;
  readonly sessionId?: string;
  readonly storeId?: string;
  readonly customerId?: string;
  readonly partnerId?: string;
  readonly referralCode?: string;
  readonly pointsEarned?: string;
  readonly pointsRedeemed?: string;
  readonly total: Money;
  readonly discountTotal: Money;
  readonly taxes: readonly { jurisdiction: string; rate: string; base: Money; tax: Money }[];
  readonly tenders: readonly { kind: string; amount: Money; reference?: string }[];
  readonly change: Money;
  readonly cashRounding: Money;
  /** Empty when the entry carries no line detail. */
  readonly lines: readonly SaleLineFact[];
  /** False when the entry had no line detail (item, category, customer-item reports skip it). */
  readonly hasLines: boolean;
}

/**
 * A register-session fact: opening, closing, cash movements, drawer openings, tender results and any
 * other non-receipt entry. `amount` is set for cash movements (`amount`) and closings (`overShort`).
 *
 * @public
 */
export interface SessionFact {
  readonly type: string;
  readonly registerId: string;
  readonly seq: number;
  readonly eventId: string;
  readonly timestamp: string;
  readonly time: number;
  readonly sessionId?: string;
  readonly employeeId?: string;
  readonly amount?: Money;
  readonly reason?: string;
}

/**
 * The normalised stream a report reads: receipts, session events and what was left out.
 *
 * @public
 */
export interface SaleFacts {
  readonly currency: string;
  readonly sales: readonly SaleFact[];
  readonly sessions: readonly SessionFact[];
  /** Sales voided before completion (`sale.voided`), counted only. */
  readonly voids: number;
  /** Training receipts, excluded from every total. */
  readonly trainingReceipts: number;
}
