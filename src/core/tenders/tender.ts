import { z } from "zod";
import { decimalStringSchema } from "../numbers/decimal-input";
import { moneyInputSchema } from "../payments/money-input";
import { idSchema } from "../sale/value-schemas";

/**
 * The tender kinds tillkit knows. Cash kinds (`cash`, `foreign-cash`) take the cash-rounding policy;
 * which kinds may exceed the balance and give change is policy (default: the cash kinds).
 *
 * @public
 */
export const TENDER_KINDS = [
  "cash",
  "foreign-cash",
  "card",
  "gift-card",
  "store-credit",
  "voucher",
  "loyalty-points",
] as const;

/**
 * A tender kind, see {@link TENDER_KINDS}.
 *
 * @public
 */
export type TenderKind = (typeof TENDER_KINDS)[number];

/**
 * The kinds paid in notes and coins, which the cash-rounding policy applies to.
 *
 * @public
 */
export const CASH_TENDER_KINDS: readonly TenderKind[] = ["cash", "foreign-cash"];

/**
 * Tender states: `entered` (cash, vouchers: counted, removable until completion), `pending` (waiting for a
 * terminal or a stored-value check), `approved`, `declined`, `unknown` (a card payment nobody knows the
 * outcome of yet; blocks completion until resolved).
 *
 * @public
 */
export const TENDER_STATES = ["entered", "pending", "approved", "declined", "unknown"] as const;

/**
 * zod codec for a tender on a sale. `amount` is always in the home currency; a foreign-cash tender also
 * keeps what was handed over and the rate used.
 *
 * @public
 */
export const tenderSchema = /* @__PURE__ */ z.object({
  tenderId: idSchema,
  kind: z.enum(TENDER_KINDS),
  status: z.enum(TENDER_STATES),
  /** Value applied to the sale, home currency. */
  amount: moneyInputSchema,
  /** Foreign cash: the notes handed over, in their currency. */
  foreignAmount: moneyInputSchema.optional(),
  /** Foreign cash: home units per one foreign unit, as in the rate table. */
  rate: decimalStringSchema.optional(),
  /** Foreign cash: the rate table it came from. */
  rateTableId: z.string().optional(),
  /** Card: the payment intent; gift card / store credit: the account; voucher: the voucher id. */
  reference: z.string().optional(),
  /** Loyalty points burnt, as an integer string. */
  points: z.string().regex(/^\d+$/).optional(),
  /** On a refund tender: the original sale's tender it pays back through. */
  refundOf: idSchema.optional(),
});

/**
 * A tender on a sale.
 *
 * @public
 */
export type Tender = z.output<typeof tenderSchema>;

/**
 * True for a tender that counts towards the balance (entered or approved).
 *
 * @param tender - the tender
 * @returns whether it pays
 * @public
 */
export function isCountedTender(tender: Tender): boolean {
  return tender.status === "entered" || tender.status === "approved";
}
