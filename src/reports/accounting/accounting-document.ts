import { z } from "zod";
import { Money } from "../../core/money/money";
import { decimalStringSchema } from "../../core/numbers/decimal-input";
import { convertAmounts, moneyChecker } from "./convert-amounts";
import { makeDocumentShape, makeSessionEventShape } from "./document-shape";

const moneySchema = /* @__PURE__ */ z.instanceof(Money, { message: "Expected a Money value" });

const typedDocumentShape = /* @__PURE__ */ makeDocumentShape(moneySchema);
const typedEventShape = /* @__PURE__ */ makeSessionEventShape(moneySchema);

/**
 * zod schema of one receipt as the books see it, typed form: every amount is a kernel {@link Money} in the
 * document's currency. A sale carries positive amounts, a return negative ones (revenue −10.00, tender
 * −10.00); gift-card, store-credit and loyalty movements keep their own direction (issued is always a
 * liability increase).
 *
 * @public
 */
export const accountingDocumentSchema = /* @__PURE__ */ typedDocumentShape.superRefine(
  moneyChecker("currency"),
);

/**
 * One receipt as the books see it (typed form, amounts are {@link Money}).
 *
 * @public
 */
export type AccountingDocument = z.output<typeof accountingDocumentSchema>;

/**
 * zod schema of {@link AccountingDocument} in JSON form: amounts are decimal strings in the document's
 * currency ("12.30"), and the schema turns them into Money, rejecting excess decimals (MONEY_PRECISION).
 *
 * @public
 */
export const accountingDocumentJsonSchema = /* @__PURE__ */ makeDocumentShape(decimalStringSchema).transform(
  (json, context): AccountingDocument => convertAmounts(json, context) as AccountingDocument,
);

/**
 * The JSON form of an {@link AccountingDocument}.
 *
 * @public
 */
export type AccountingDocumentJson = z.input<typeof accountingDocumentJsonSchema>;

/**
 * zod schema of a cash movement of a register session outside a receipt (typed form).
 *
 * @public
 */
export const sessionEventSchema = /* @__PURE__ */ typedEventShape.superRefine(moneyChecker("currency"));

/**
 * A paid-in, paid-out or over/short of a register session.
 *
 * @public
 */
export type SessionEvent = z.output<typeof sessionEventSchema>;

/**
 * zod schema of {@link SessionEvent} in JSON form (amount as a decimal string).
 *
 * @public
 */
export const sessionEventJsonSchema = /* @__PURE__ */ makeSessionEventShape(decimalStringSchema).transform(
  (json, context): SessionEvent => convertAmounts(json, context) as SessionEvent,
);

/**
 * The JSON form of a {@link SessionEvent}.
 *
 * @public
 */
export type SessionEventJson = z.input<typeof sessionEventJsonSchema>;
