import { z } from "zod";

/**
 * The levels a taxing jurisdiction can sit at, outermost first.
 *
 * @public
 */
export const JURISDICTION_LEVELS = ["country", "state", "province", "county", "city", "district"] as const;

/**
 * zod schema for a taxing jurisdiction: a country, a state or province, a county, a city or a special
 * district (a transit authority, a stadium district).
 *
 * @public
 */
export const jurisdictionSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  level: z.enum(JURISDICTION_LEVELS),
  name: z.string().min(1),
  code: z.string(),
});

/**
 * A taxing jurisdiction.
 *
 * @public
 */
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

/**
 * zod schema for an address as the tax engine sees it: the ids of every jurisdiction it lies in. The host
 * resolves a street address to jurisdictions (its own geo lookup); the engine only matches ids.
 *
 * @public
 */
export const taxAddressSchema = /* @__PURE__ */ z.object({
  label: z.string().optional(),
  jurisdictions: z.array(z.string().min(1)),
});

/**
 * An address reduced to its jurisdictions.
 *
 * @public
 */
export type TaxAddress = z.infer<typeof taxAddressSchema>;

/**
 * Where a sale is taxed: at the store (origin) or where the goods go (destination).
 *
 * @public
 */
export const sourcingSchema = /* @__PURE__ */ z.enum(["origin", "destination"]);

/**
 * Origin- or destination-based sourcing.
 *
 * @public
 */
export type Sourcing = z.infer<typeof sourcingSchema>;
