/**
 * The two peer engines, loaded from bench/peers/node_modules with their own versions: Medusa's
 * `decorateCartTotals` (@medusajs/utils) and Vendure's `OrderCalculator.calculateOrderTotals`
 * (@vendure/core) over prebuilt entities. Each gets the same lines and the same adjustments tillkit
 * allocated (manual amounts and promotions), so every engine totals the same basket.
 */
import { createRequire } from "node:module";
import type { BenchLine } from "./basket";

const peerRequire = createRequire(new URL("./package.json", import.meta.url));

/** The cents tillkit allocated to one line, per source (manual discount or promotion). */
export interface LineAdjustment {
  readonly sourceId: string;
  readonly cents: number;
}

/** A peer's answer for one line, in cents: the line total with tax and its tax. */
export interface PeerLineTotals {
  readonly totalCents: number;
  readonly taxCents: number;
}

interface MedusaNumber {
  readonly numeric: number;
}
interface MedusaItemTotals {
  readonly total: MedusaNumber;
  readonly tax_total: MedusaNumber;
}
interface MedusaCart {
  readonly total: MedusaNumber;
  readonly items: readonly MedusaItemTotals[];
}
type DecorateCartTotals = (cart: object) => MedusaCart;

/** Medusa: amounts in major units (JS numbers, as its API takes them), tax rates in percent. */
export function medusaCart(lines: readonly BenchLine[], adjustments: readonly LineAdjustment[][]): object {
  return {
    currency_code: "eur",
    items: lines.map((line, index) => ({
      id: line.lineId,
      unit_price: line.unitPriceCents / 100,
      quantity: line.quantity,
      is_tax_inclusive: line.tax.included,
      tax_lines: [{ rate: line.tax.ratePercent, code: line.tax.id }],
      adjustments: (adjustments[index] ?? []).map((entry) => ({
        amount: entry.cents / 100,
        is_tax_inclusive: line.tax.included,
        code: entry.sourceId,
      })),
    })),
  };
}

/** Loads Medusa's totals function. */
export function loadMedusa(): DecorateCartTotals {
  return (peerRequire("@medusajs/utils") as { decorateCartTotals: DecorateCartTotals }).decorateCartTotals;
}

/** Medusa's per-line totals rounded half-up to the cent (it keeps unrounded decimals). */
export function medusaLineTotals(cart: MedusaCart): PeerLineTotals[] {
  return cart.items.map((item) => ({
    totalCents: Math.round(item.total.numeric * 100),
    taxCents: Math.round(item.tax_total.numeric * 100),
  }));
}

interface VendureLine {
  readonly proratedLinePriceWithTax: number;
  readonly proratedLineTax: number;
}
interface VendureOrder {
  readonly lines: readonly VendureLine[];
  readonly subTotalWithTax: number;
}
type EntityClass = new (input: object) => object;
interface VendureCalculator {
  calculateOrderTotals(order: object): void;
}

/** Vendure: prebuilt Order and OrderLine entities in minor units, nothing placed yet. */
export function loadVendure(): {
  order: (lines: readonly BenchLine[], adjustments: readonly LineAdjustment[][]) => VendureOrder;
  calculator: VendureCalculator;
} {
  const dist = "@vendure/core/dist";
  const { OrderLine } = peerRequire(`${dist}/entity/order-line/order-line.entity.js`) as {
    OrderLine: EntityClass;
  };
  const { Order } = peerRequire(`${dist}/entity/order/order.entity.js`) as { Order: EntityClass };
  const calculatorModule = `${dist}/service/helpers/order-calculator/order-calculator.js`;
  const { OrderCalculator } = peerRequire(calculatorModule) as {
    OrderCalculator: new (config: object) => VendureCalculator;
  };
  const strategyModule = `${dist}/config/tax/default-order-tax-calculation-strategy.js`;
  const { DefaultOrderTaxCalculationStrategy } = peerRequire(strategyModule) as {
    DefaultOrderTaxCalculationStrategy: new () => object;
  };
  // calculateOrderTotals reads only the tax options of the config service.
  const calculator = new OrderCalculator({
    taxOptions: { orderTaxCalculationStrategy: new DefaultOrderTaxCalculationStrategy() },
  });
  const order = (lines: readonly BenchLine[], adjustments: readonly LineAdjustment[][]) =>
    new Order({
      surcharges: [],
      shippingLines: [],
      lines: lines.map(
        (line, index) =>
          new OrderLine({
            listPrice: line.unitPriceCents,
            listPriceIncludesTax: line.tax.included,
            quantity: line.quantity,
            orderPlacedQuantity: 0,
            taxLines: [{ description: line.tax.id, taxRate: line.tax.ratePercent }],
            adjustments: (adjustments[index] ?? []).map((entry) => ({
              amount: -entry.cents,
              type: "PROMOTION",
              adjustmentSource: entry.sourceId,
              description: entry.sourceId,
            })),
          }),
      ),
    }) as unknown as VendureOrder;
  return { order, calculator };
}

/** Vendure's per-line totals (already whole cents). */
export function vendureLineTotals(order: VendureOrder): PeerLineTotals[] {
  return order.lines.map((line) => ({
    totalCents: line.proratedLinePriceWithTax,
    taxCents: line.proratedLineTax,
  }));
}
