import { z } from "zod";
import type { CatalogSnapshot } from "../catalog/catalog-snapshot";
import { roundingModeSchema } from "../rounding/rounding-mode";
import type { Sale } from "../sale/sale";

/**
 * zod schema for a policy reference `{ id, version }`.
 *
 * @public
 */
export const policyRefSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  version: z.string().min(1),
});

/**
 * zod schema for the pricing policies every stage may read.
 *
 * @public
 */
export const pricingPoliciesSchema = /* @__PURE__ */ z.object({
  /** How a line gross (unit price × quantity) and a percentage discount round to the minor unit. */
  roundingMode: roundingModeSchema.default("half-up"),
  /** Policies in force, stamped on the PricedSale (stages append the ones they use). */
  refs: z.array(policyRefSchema).default([]),
});

/**
 * Pricing policies (output form).
 *
 * @public
 */
export type PricingPolicies = z.output<typeof pricingPoliciesSchema>;

/**
 * Rule data for the stages: an open record in which each stage reads its own typed part (for example
 * `rules.tax`, `rules.promotions`, `rules.priceLists`) and validates it with its own schema. Core never
 * looks inside.
 *
 * @public
 */
export type PricingRules = Readonly<Record<string, unknown>>;

/**
 * Everything a stage may read besides the PricedSale it is given. Stages do no I/O: whatever they need
 * is here, taken before pricing starts.
 *
 * @public
 */
export interface PricingContext {
  /** The sale being priced (read-only). */
  readonly sale: Sale;
  /** Catalog items the sale refers to, keyed by SKU. */
  readonly catalog: CatalogSnapshot;
  /** Rule data, see {@link PricingRules}. */
  readonly rules: PricingRules;
  /** The clock value for time-dependent rules, an ISO 8601 timestamp. */
  readonly now: string;
  readonly policies: PricingPolicies;
}
