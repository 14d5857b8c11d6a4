import { z } from "zod";
import { unitOfMeasureSchema } from "../../core/quantity/unit-of-measure";

/**
 * How tillkit reads the data of an application identifier once its syntax checks out.
 *
 * - `key`: a GS1 key (GTIN, SSCC, GLN, GSIN) whose last digit is a check digit
 * - `date`: YYMMDD, where day 00 means the last day of the month
 * - `measure`: a decimal measure (310n net weight in kg, 320n in lb, ...); the AI's last digit is the
 *   number of decimals
 * - `amount`: a decimal amount payable in the store currency (390n, 392n)
 * - `amount-iso`: an ISO 4217 numeric currency (3 digits) then a decimal amount (391n, 393n)
 * - `percent`: a decimal percentage (394n)
 * - `count`: a whole number of units (30, 37)
 * - `text`: anything else, kept as sent
 *
 * @public
 */
export const GS1_AI_MEANINGS = [
  "key",
  "date",
  "measure",
  "amount",
  "amount-iso",
  "percent",
  "count",
  "text",
] as const;

/**
 * zod schema for one row of the application identifier table. Rows are data: adding an AI is a new row.
 *
 * @public
 */
export const gs1AiDefinitionSchema = /* @__PURE__ */ z
  .object({
    /** The AI digits; for decimal AIs the prefix without the decimal-places digit ("310" for 3100..3105). */
    ai: z.string().regex(/^\d{2,4}$/),
    /** The GS1 data title, e.g. "NET WEIGHT (kg)". */
    title: z.string().min(1),
    /** Character set of the data: `n` digits, `x` GS1 AI encodable character set 82. */
    charset: z.enum(["n", "x"]),
    /** Fewest data characters. */
    minLength: z.number().int().min(1),
    /** Most data characters; equal to minLength for a fixed-length AI. */
    maxLength: z.number().int().min(1).max(90),
    /**
     * True for AIs in the GS1 predefined-length table (00-04, 11-20, 31-36, 41): they need no FNC1
     * separator after them. Other AIs, even fixed-length ones such as 422, are followed by FNC1 unless last.
     */
    predefinedLength: z.boolean(),
    /** Largest decimal-places digit for decimal AIs (5 for 310n, 9 for 392n); absent for the rest. */
    maxDecimals: z.number().int().min(0).max(9).optional(),
    /** How the data is interpreted. */
    meaning: z.enum(GS1_AI_MEANINGS),
    /** Unit of a `measure`, when tillkit has it; measures in other units come back as decimals only. */
    unit: unitOfMeasureSchema.optional(),
    /** Extra shape rule for composite data (e.g. 421: three digits then up to nine characters). */
    pattern: z.instanceof(RegExp).optional(),
  })
  .refine((row) => row.minLength <= row.maxLength, { message: "minLength exceeds maxLength" })
  .refine((row) => row.maxDecimals === undefined || row.ai.length === 3, {
    message: "Decimal AIs are written as their three-digit prefix",
  });

/**
 * One application identifier: its syntax (charset, lengths, FNC1 rule) and its meaning.
 *
 * @public
 */
export type Gs1AiDefinition = z.infer<typeof gs1AiDefinitionSchema>;
