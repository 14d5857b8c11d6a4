import fc from "fast-check";
import type { SaleCustomer } from "../core/sale/sale-records";

/**
 * Knobs of {@link customerArbitrary}.
 *
 * @public
 */
export interface CustomerConstraints {
  /** Loyalty or price tiers. Default: ["bronze", "silver", "gold"]. */
  readonly tiers?: readonly string[];
  /** Customer groups. Default: ["staff", "wholesale", "tax-exempt"]. */
  readonly groups?: readonly string[];
}

/**
 * Customers as a sale carries them: an id, maybe a name, maybe a tier, maybe some groups.
 *
 * @param constraints - see {@link CustomerConstraints}
 * @returns an arbitrary of customers that pass `saleCustomerSchema`
 * @example
 * ```ts
 * fc.assert(fc.property(customerArbitrary(), (customer) => customer.customerId.length > 0));
 * ```
 * @public
 */
export function customerArbitrary(constraints: CustomerConstraints = {}): fc.Arbitrary<SaleCustomer> {
  const tiers = constraints.tiers ?? ["bronze", "silver", "gold"];
  const groups = constraints.groups ?? ["staff", "wholesale", "tax-exempt"];
  return fc
    .record({
      number: fc.integer({ min: 1, max: 999_999 }),
      name: fc.option(fc.constantFrom("Ada", "Grace", "Łukasz", "Zoë", "山田"), { nil: undefined }),
      tier: fc.option(fc.constantFrom(...tiers), { nil: undefined }),
      groups: fc.option(fc.subarray([...groups]), { nil: undefined }),
    })
    .map((draw) => ({
      customerId: `C-${draw.number}`,
      ...(draw.name === undefined ? {} : { name: draw.name }),
      ...(draw.tier === undefined ? {} : { tier: draw.tier }),
      ...(draw.groups === undefined ? {} : { groups: draw.groups }),
    }));
}
