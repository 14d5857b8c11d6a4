import { z } from "zod";
import { currencyCodeSchema } from "../currency/currency";
import { currencyExponent } from "../currency/get-currency";
import { parseWith } from "../errors/from-zod";
import type { Sale } from "./sale";
import { saleCustomerSchema } from "./sale-records";
import { idSchema, timestampSchema } from "./value-schemas";

/**
 * zod schema for starting a sale.
 *
 * @public
 */
export const createSaleInputSchema = /* @__PURE__ */ z.object({
  saleId: idSchema,
  storeId: idSchema,
  registerId: idSchema,
  cashierId: idSchema,
  currency: currencyCodeSchema,
  at: timestampSchema,
  customer: saleCustomerSchema.optional(),
  isTraining: z.boolean().default(false),
});

/**
 * Input of {@link createSale}.
 *
 * @public
 */
export type CreateSaleInput = z.input<typeof createSaleInputSchema>;

/**
 * Starts an empty open sale.
 *
 * @param input - ids, currency, timestamp, optional customer and training flag
 * @returns the new Sale
 * @throws TillError INVALID_INPUT with the field path; UNKNOWN_CURRENCY
 * @public
 */
export function createSale(input: CreateSaleInput): Sale {
  const valid = parseWith(createSaleInputSchema, input);
  currencyExponent(valid.currency);
  const sale: Sale = {
    saleId: valid.saleId,
    storeId: valid.storeId,
    registerId: valid.registerId,
    cashierId: valid.cashierId,
    currency: valid.currency,
    status: "open",
    lines: [],
    couponCodes: [],
    manualDiscounts: [],
    tenders: [],
    isTraining: valid.isTraining,
    notes: [],
    approvals: [],
    createdAt: valid.at,
    updatedAt: valid.at,
  };
  return valid.customer === undefined ? sale : { ...sale, customer: valid.customer };
}
