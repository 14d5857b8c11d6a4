import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { add } from "../../core/money/add";
import { Money } from "../../core/money/money";
import { multiply } from "../../core/money/multiply";
import { Quantity } from "../../core/quantity/quantity";
import { roundingModeSchema } from "../../core/rounding/rounding-mode";
import { scheduleStatus } from "../rules/schedule";
import type { CompiledPriceEntry, CompiledPriceRules } from "./compile-price-rules";

/**
 * zod schema for what price resolution reads about the sale.
 *
 * @public
 */
export const priceContextSchema = /* @__PURE__ */ z.object({
  atMs: z.number().int(),
  timeZone: z.string().min(1).default("UTC"),
  storeId: z.string().optional(),
  channel: z.string().optional(),
  customerGroups: z.array(z.string()).default([]),
  roundingMode: roundingModeSchema.default("half-up"),
});

/**
 * Price context (input form).
 *
 * @public
 */
export type PriceContextInput = z.input<typeof priceContextSchema>;

/**
 * Price context with the compiled rules: what {@link resolveUnitPrice} reads besides the item.
 *
 * @public
 */
export type PriceResolutionContext = PriceContextInput & { readonly rules: CompiledPriceRules };

/**
 * The item being priced: its SKU, catalog price and quantity.
 *
 * @public
 */
export interface PriceItem {
  readonly sku: string;
  readonly basePrice: Money;
  readonly quantity: Quantity;
}

/**
 * Where a resolved price came from, in the vocabulary of the sale line's price source.
 *
 * @public
 */
export interface ResolvedPrice {
  /** The unit price charged (for graduated tiers: the price of the first band). */
  readonly unitPrice: Money;
  /** The list price before tiers and sale prices: what the shelf says. */
  readonly listUnitPrice: Money;
  /** Unit price × quantity rounded once, or the sum of the graduated bands. */
  readonly lineAmount: Money;
  readonly source: {
    readonly kind: "catalog" | "price-list" | "time-window" | "tier" | "sale-price";
    readonly ref?: string;
  };
}

function graduatedAmount(
  entry: CompiledPriceEntry,
  quantity: Quantity,
  mode: z.output<typeof roundingModeSchema>,
): Money {
  const tiers = entry.volume?.tiers ?? [];
  let amount = new Money(0n, entry.price.currency);
  // Band i runs from its tier's start (or 0 for the base price) to the next tier's start.
  // For pieces a tier from 10 starts after the 9th piece; a measured tier from 2.5 kg starts at 2.5 kg.
  const offset = quantity.unit === "each" ? 1_000_000n : 0n;
  const starts = [0n, ...tiers.map((tier) => tier.minQuantity.millionths - offset)];
  const prices = [entry.price, ...tiers.map((tier) => tier.price)];
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? quantity.millionths;
    const inBand = (end < quantity.millionths ? end : quantity.millionths) - start;
    if (inBand > 0n)
      amount = add(amount, multiply(prices[index] as Money, new Quantity(inBand, quantity.unit), mode));
  });
  return amount;
}

function listPrice(rules: CompiledPriceRules, item: PriceItem, context: z.output<typeof priceContextSchema>) {
  for (const { list, entries } of rules.priceLists) {
    const entry = entries.get(item.sku);
    if (entry === undefined) continue;
    if (
      list.customerGroups !== undefined &&
      !list.customerGroups.some((group) => context.customerGroups.includes(group))
    )
      continue;
    if (list.stores !== undefined && !list.stores.includes(context.storeId ?? "")) continue;
    if (list.channels !== undefined && !list.channels.includes(context.channel ?? "")) continue;
    if (scheduleStatus(list.schedule, context.atMs, context.timeZone) !== "active") continue;
    const kind =
      (list.schedule?.timeWindows?.length ?? 0) > 0 ? ("time-window" as const) : ("price-list" as const);
    return { entry, source: { kind, ref: list.id } };
  }
  return undefined;
}

/**
 * Resolves an item's unit price: the highest-priority applicable price list (by customer group, store,
 * channel, dates and recurring windows in the store's time zone) or the catalog price; then volume tiers
 * (all-units or graduated); then a dated sale price when it is lower. Pure: the rules are compiled once.
 *
 * @param item - SKU, catalog price and quantity
 * @param resolution - compiled price rules ({@link compilePriceRules}) with the instant, time zone, store,
 *   channel, customer groups and rounding mode
 * @returns unit price, list price, line amount and source
 * @throws TillError INVALID_INPUT for a malformed context
 * @example
 * ```ts
 * resolveUnitPrice({ sku: "tea", basePrice: parseMoney("1.00", "EUR"), quantity: pieces(12) }, { rules, atMs });
 * ```
 * @public
 */
export function resolveUnitPrice(item: PriceItem, resolution: PriceResolutionContext): ResolvedPrice {
  const rules = resolution.rules;
  const context = parseWith(priceContextSchema, resolution, ["context"]);
  const mode = context.roundingMode;
  const listed = listPrice(rules, item, context);
  const listUnitPrice = listed?.entry.price ?? item.basePrice;
  let unitPrice = listUnitPrice;
  let source: ResolvedPrice["source"] = listed?.source ?? { kind: "catalog" };
  let lineAmount = multiply(unitPrice, item.quantity, mode);
  const volume = listed?.entry.volume;
  if (
    listed !== undefined &&
    volume !== undefined &&
    item.quantity.millionths >= (volume.tiers[0]?.minQuantity.millionths ?? 0n)
  ) {
    source = { kind: "tier", ref: listed.source.ref };
    if (volume.mode === "graduated") lineAmount = graduatedAmount(listed.entry, item.quantity, mode);
    else {
      const reached = volume.tiers
        .filter((tier) => tier.minQuantity.millionths <= item.quantity.millionths)
        .at(-1);
      unitPrice = reached?.price ?? unitPrice;
      lineAmount = multiply(unitPrice, item.quantity, mode);
    }
  }
  for (const sale of rules.salePrices.get(item.sku) ?? []) {
    if (scheduleStatus(sale.schedule, context.atMs, context.timeZone) !== "active") continue;
    const saleAmount = multiply(sale.price, item.quantity, mode);
    if (saleAmount.minor < lineAmount.minor) {
      unitPrice = sale.price;
      lineAmount = saleAmount;
      source = { kind: "sale-price", ref: sale.id };
    }
  }
  return { unitPrice, listUnitPrice, lineAmount, source };
}
