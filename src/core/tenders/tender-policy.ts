import { z } from "zod";
import { cashRoundingPolicySchema, cashRoundingTieSchema } from "../cash-rounding/cash-rounding-policy";
import { currencyCodeSchema } from "../currency/currency";
import { decimalStringSchema } from "../numbers/decimal-input";
import { TENDER_KINDS } from "./tender";

const positiveDecimal = /* @__PURE__ */ decimalStringSchema.refine(
  (text) => /[1-9]/.test(text) && !text.startsWith("-"),
  {
    message: "Expected a positive decimal",
  },
);

/**
 * zod schema for an exchange-rate table: home-currency units per one unit of each foreign currency
 * ("USD" at "0.9200" means 1.00 USD is worth 0.92 EUR), and how a converted value is rounded (default
 * "down": the store never credits more than the notes are worth).
 *
 * @public
 */
export const exchangeRateTableSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  asOf: z.string().min(1),
  rates: z.array(z.object({ currency: currencyCodeSchema, rate: positiveDecimal })),
  rounding: cashRoundingTieSchema.default("down"),
});

/**
 * An exchange-rate table, see {@link exchangeRateTableSchema}.
 *
 * @public
 */
export type ExchangeRateTable = z.output<typeof exchangeRateTableSchema>;

/**
 * zod schema for the tender policy of a store: home currency, accepted kinds, which kinds may give change,
 * cash rounding, foreign-cash rates, the value of a loyalty point, and refund limits above which an
 * approval is needed.
 *
 * @public
 */
export const tenderPolicySchema = /* @__PURE__ */ z.object({
  currency: currencyCodeSchema,
  acceptedKinds: z
    .array(z.enum(TENDER_KINDS))
    .default(["cash", "card", "gift-card", "store-credit", "voucher"]),
  overTenderableKinds: z.array(z.enum(TENDER_KINDS)).default(["cash", "foreign-cash"]),
  cashRounding: cashRoundingPolicySchema.optional(),
  exchangeRates: exchangeRateTableSchema.optional(),
  /** Home-currency value of one point, e.g. "0.01"; without it points are not a tender. */
  loyaltyPointValue: positiveDecimal.optional(),
  /** Largest refund per kind without an approval, e.g. `{ cash: "100.00" }`. */
  refundLimits: z.partialRecord(z.enum(TENDER_KINDS), decimalStringSchema).default({}),
});

/**
 * The tender policy as given (defaults optional).
 *
 * @public
 */
export type TenderPolicyInput = z.input<typeof tenderPolicySchema>;

/**
 * The validated tender policy.
 *
 * @public
 */
export type TenderPolicy = z.output<typeof tenderPolicySchema>;
