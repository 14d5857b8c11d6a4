import { z } from "zod";
import { cardSafeTextSchema } from "./card-number-guard";

/**
 * zod schema for what the engine may know about a card: never the number, only brand, the last four
 * digits, the auth code, the EMV application id and the provider's reference. Every member is short or
 * checked so no field can smuggle a full card number in.
 *
 * @public
 */
export const cardDetailsSchema = /* @__PURE__ */ z.strictObject({
  /** "visa", "mastercard", "girocard", ... */
  brand: z
    .string()
    .max(32)
    .regex(/^[A-Za-z][A-Za-z .&-]*$/)
    .optional(),
  /** Exactly the last four digits. */
  last4: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  /** Issuer authorisation code, up to 12 letters or digits. */
  authCode: z
    .string()
    .regex(/^[A-Za-z0-9]{1,12}$/)
    .optional(),
  /** EMV application id: 5 to 16 bytes as 10 to 32 hex digits, e.g. "A0000000041010". */
  applicationId: z
    .string()
    .regex(/^[0-9A-Fa-f]{10,32}$/)
    .pipe(cardSafeTextSchema)
    .optional(),
  /** The terminal provider's transaction reference, used for status queries and referenced refunds. */
  providerReference: cardSafeTextSchema.pipe(z.string().min(1).max(64)).optional(),
});

/**
 * Card facts a payment may hold, see {@link cardDetailsSchema}.
 *
 * @public
 */
export type CardDetails = z.infer<typeof cardDetailsSchema>;
