import { parseWith } from "../../core/errors/from-zod";
import { computeTaxesExact } from "../compute/compute-taxes-exact";
import { planTaxes } from "../plan/plan-taxes";
import { compileParsedTaxRules } from "../rules/compile-tax-rules";
import { type ComputeTaxesInput, computeTaxesInputSchema } from "../schema/compute-taxes-input-schema";
import { formatTaxResult } from "./format-tax-result";
import { taxDocumentFromJson } from "./tax-document-from-json";
import type { ComputeTaxesOutput } from "./tax-result-json";

/**
 * Computes the taxes of a document in one call, JSON in and JSON out, for hosts that only want tax. The safe
 * shell: validates everything first (schema, references, currencies, plan), then runs the exact kernel; bad
 * input throws before any result exists, so there is never a partial one.
 *
 * @param input - rules and document (see {@link computeTaxesInputSchema})
 * @returns per line and per tax the jurisdiction, rate, base, amount and the rule that applied; skipped
 *   taxes with their reason; per-tax summaries; the jurisdiction report; document totals; the policy stamp
 * @throws TillError INVALID_INPUT, INVALID_DECIMAL (e.g. a rate given as a JS number), MONEY_PRECISION,
 *   UNKNOWN_TAX, UNKNOWN_TAX_CATEGORY, TAX_GROUP_CYCLE, NEGATIVE_TAX_RATE, INVALID_TAX_CONFIGURATION,
 *   CURRENCY_MISMATCH, INVALID_ROUNDING — each with the path of the offending field
 * @example
 * ```ts
 * computeTaxes({ currency: "EUR", date: "2026-01-15", categories: [{ id: "standard" }],
 *   taxes: [{ id: "nl-vat-21", name: "BTW 21%", kind: "percent", rate: "21", priceIncluded: true,
 *     jurisdiction: { id: "NL", level: "country", name: "Netherlands", code: "NL" } }],
 *   rounding: { id: "eu-line", version: 1, scope: "line", mode: "half-up" },
 *   lines: [{ id: "1", unitPrice: "12.10", quantity: "1", taxCategory: "standard" }],
 * }).totals; // { untaxed: "10.00", tax: "2.10", total: "12.10", ... }
 * ```
 * @public
 */
export function computeTaxes(input: ComputeTaxesInput | unknown): ComputeTaxesOutput {
  const parsed = parseWith(computeTaxesInputSchema, input);
  const rules = compileParsedTaxRules(parsed);
  const document = taxDocumentFromJson(parsed);
  return formatTaxResult(computeTaxesExact(planTaxes(rules, document)));
}
