import { z } from "zod";
import { taxDocumentShape } from "./tax-document-schema";
import { taxRulesShape } from "./tax-rules-schema";

/**
 * zod schema for the input of {@link computeTaxes}: the rule set and the document in one JSON object.
 * Amounts and rates are decimal strings; a JS number there fails with INVALID_DECIMAL and the field's path.
 *
 * @public
 */
export const computeTaxesInputSchema = /* @__PURE__ */ z.object({ ...taxRulesShape, ...taxDocumentShape });

/**
 * The JSON input of {@link computeTaxes}.
 *
 * @public
 */
export type ComputeTaxesInput = z.input<typeof computeTaxesInputSchema>;

/**
 * The validated input of {@link computeTaxes}.
 *
 * @public
 */
export type ComputeTaxesParsed = z.output<typeof computeTaxesInputSchema>;
