import fc from "fast-check";
import type { CatalogItemInput } from "../core/catalog/catalog-item";
import type { CatalogSnapshotInput } from "../core/catalog/catalog-snapshot";
import { currencyExponent } from "../core/currency/get-currency";
import { moneyFromMinor } from "../core/money/create-money";

/**
 * Knobs of {@link catalogArbitrary}.
 *
 * @public
 */
export interface CatalogConstraints {
  /** ISO 4217 code of every price. Default: "EUR". */
  readonly currency?: string;
  /** Number of items, inclusive bounds. Default: { min: 1, max: 12 }. */
  readonly size?: { readonly min: number; readonly max: number };
  /** Tax categories the items use. Default: ["standard", "reduced"]. */
  readonly taxCategories?: readonly string[];
  /** Largest unit price in major units (1,000 means 1,000.00 EUR or 1,000 JPY). Default: 1000. */
  readonly maxPrice?: number;
  /** Share of items sold by weight (kg), 0 to 1. Default: 0.25. */
  readonly weighedShare?: number;
}

const itemShape = (categories: readonly string[], maxMinor: bigint, weighedShare: number) =>
  fc.record({
    priceMinor: fc.bigInt({ min: 1n, max: maxMinor }),
    taxCategory: fc.constantFrom(...categories),
    isWeighed: fc.integer({ min: 0, max: 99 }).map((draw) => draw < weighedShare * 100),
    department: fc.constantFrom("grocery", "household", "drinks"),
    tags: fc.subarray(["new", "organic", "local"]),
  });

/**
 * Catalog snapshots in JSON form: unique SKUs ("SKU-0001", ...), one EAN-style barcode each, positive prices
 * in one currency, tax categories from a list and some items sold by the kilogram. The result passes
 * `catalogSnapshotSchema` and feeds `priceBasket` directly.
 *
 * @param constraints - see {@link CatalogConstraints}
 * @returns an arbitrary of catalog snapshots
 * @throws TillError UNKNOWN_CURRENCY for a code the kernel does not know
 * @example
 * ```ts
 * fc.assert(fc.property(catalogArbitrary({ currency: "JPY" }), (catalog) => Object.keys(catalog.items).length > 0));
 * ```
 * @public
 */
export function catalogArbitrary(constraints: CatalogConstraints = {}): fc.Arbitrary<CatalogSnapshotInput> {
  const currency = constraints.currency ?? "EUR";
  const size = constraints.size ?? { min: 1, max: 12 };
  const categories = constraints.taxCategories ?? ["standard", "reduced"];
  const maxMinor = BigInt(constraints.maxPrice ?? 1000) * 10n ** BigInt(currencyExponent(currency));
  const shape = itemShape(categories, maxMinor, constraints.weighedShare ?? 0.25);
  return fc.array(shape, { minLength: size.min, maxLength: size.max }).map((drawn) => {
    const items: Record<string, CatalogItemInput> = {};
    drawn.forEach((draw, index) => {
      const sku = `SKU-${String(index + 1).padStart(4, "0")}`;
      items[sku] = {
        sku,
        description: `Item ${index + 1}`,
        barcodes: [`20${String(index + 1).padStart(10, "0")}`],
        unitPrice: moneyFromMinor(draw.priceMinor, currency).toJSON(),
        unit: draw.isWeighed ? "kg" : "each",
        taxCategory: draw.taxCategory,
        department: draw.department,
        tags: draw.tags,
      };
    });
    return { version: "generated", items };
  });
}
