import fc from "fast-check";
import { type CatalogSnapshot, catalogSnapshotSchema } from "../core/catalog/catalog-snapshot";
import { formatScaled } from "../core/numbers/scaled-decimal";
import { applySaleAction } from "../core/sale/apply-sale-action";
import { createSale } from "../core/sale/create-sale";
import { lineFromCatalogItem } from "../core/sale/line-from-catalog";
import type { Sale } from "../core/sale/sale";
import { type CatalogConstraints, catalogArbitrary } from "./catalog-arbitrary";
import { customerArbitrary } from "./customer-arbitrary";

/**
 * Knobs of {@link saleArbitrary}.
 *
 * @public
 */
export interface SaleConstraints {
  /** ISO 4217 code. Default: "EUR". */
  readonly currency?: string;
  /** Number of lines added, inclusive bounds. Default: { min: 1, max: 8 }. */
  readonly size?: { readonly min: number; readonly max: number };
  /** Catalog knobs (the currency above wins). Default: {}. */
  readonly catalog?: CatalogConstraints;
  /** Also void lines, change quantities, add manual discounts and attach customers. Default: true. */
  readonly withEdits?: boolean;
}

/**
 * An open sale and the catalog snapshot its lines came from.
 *
 * @public
 */
export interface GeneratedSale {
  readonly sale: Sale;
  readonly catalog: CatalogSnapshot;
}

/** Fixed instant of every generated action: sales are about amounts, not time. */
export const GENERATED_AT = "2026-01-15T10:00:00Z";

const lineDraw = fc.record({
  pick: fc.nat(),
  count: fc.integer({ min: 1, max: 5 }),
  grams: fc.integer({ min: 5, max: 5_000 }),
  newCount: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  isVoided: fc.integer({ min: 0, max: 9 }).map((draw) => draw === 0),
  discountPercent: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
});

type LineDraw = typeof lineDraw extends fc.Arbitrary<infer T> ? T : never;

function addDrawnLine(
  sale: Sale,
  catalog: CatalogSnapshot,
  draw: LineDraw,
  index: number,
  edit: boolean,
): Sale {
  const skus = Object.keys(catalog.items);
  const item = catalog.items[skus[draw.pick % skus.length] ?? ""];
  if (item === undefined) return sale;
  const lineId = `line-${index + 1}`;
  const by = "cashier-1";
  const quantity = item.unit === "each" ? String(draw.count) : formatScaled(BigInt(draw.grams), 3);
  const line = lineFromCatalogItem(item, { quantity }, { lineId, by, at: GENERATED_AT });
  let next = applySaleAction(sale, { type: "addLine", line, at: GENERATED_AT });
  if (!edit) return next;
  if (draw.newCount !== undefined && item.unit === "each") {
    const changed = { value: String(draw.newCount), unit: "each" as const };
    next = applySaleAction(next, { type: "changeQuantity", lineId, quantity: changed, by, at: GENERATED_AT });
  }
  if (draw.isVoided) return applySaleAction(next, { type: "voidLine", lineId, by, at: GENERATED_AT });
  if (draw.discountPercent === undefined) return next;
  const discount = {
    discountId: `discount-${index + 1}`,
    scope: { kind: "line" as const, lineId },
    value: { kind: "percent" as const, percent: String(draw.discountPercent) },
    reason: "generated",
    addedBy: by,
    at: GENERATED_AT,
  };
  return applySaleAction(next, { type: "addManualDiscount", discount, at: GENERATED_AT });
}

/**
 * Open sales built through the real reducer (`createSale` then `applySaleAction`): catalog lines, changed
 * quantities, voided lines, percent line discounts and an optional customer. Every value is a sale the
 * engine itself could have produced.
 *
 * @param constraints - see {@link SaleConstraints}
 * @returns an arbitrary of {@link GeneratedSale}
 * @example
 * ```ts
 * fc.assert(fc.property(saleArbitrary({ currency: "JPY" }), ({ sale }) => sale.status === "open"));
 * ```
 * @public
 */
export function saleArbitrary(constraints: SaleConstraints = {}): fc.Arbitrary<GeneratedSale> {
  const currency = constraints.currency ?? "EUR";
  const size = constraints.size ?? { min: 1, max: 8 };
  const edit = constraints.withEdits ?? true;
  return fc
    .record({
      catalog: catalogArbitrary({ ...constraints.catalog, currency }),
      draws: fc.array(lineDraw, { minLength: size.min, maxLength: size.max }),
      customer: fc.option(customerArbitrary(), { nil: undefined }),
      number: fc.integer({ min: 1, max: 999_999 }),
    })
    .map(({ catalog: input, draws, customer, number }) => {
      const catalog = catalogSnapshotSchema.parse(input);
      const start = createSale({
        saleId: `S-${number}`,
        storeId: "store-1",
        registerId: "R1",
        cashierId: "cashier-1",
        currency,
        at: GENERATED_AT,
        ...(edit && customer !== undefined ? { customer } : {}),
      });
      const sale = draws.reduce(
        (current, draw, index) => addDrawnLine(current, catalog, draw, index, edit),
        start,
      );
      return { sale, catalog };
    });
}
