import { zeroMoney } from "../money/create-money";
import { multiply } from "../money/multiply";
import { subtract } from "../money/subtract";
import type { RoundingMode } from "../rounding/rounding-mode";
import { effectiveUnitPrice } from "../sale/effective-unit-price";
import type { Sale } from "../sale/sale";
import type { SaleLine } from "../sale/sale-line";
import { adjustmentTotalOf, lineTotalOf } from "./priced-line-helpers";
import type { PricedLine, PricedSale } from "./priced-sale";
import type { PricingContext } from "./pricing-context";
import type { PricingStage } from "./pricing-stage";

function seedLine(line: SaleLine, mode: RoundingMode): PricedLine {
  const unitPrice = line.modifiers.length === 0 ? line.unitPrice : effectiveUnitPrice(line);
  const locked = line.locked;
  if (locked !== undefined) {
    const net = subtract(locked.gross, adjustmentTotalOf(locked));
    const total = lineTotalOf({ net, taxes: locked.taxes });
    return lineOf(line, unitPrice, { ...locked, net, total, isLocked: true });
  }
  // The gross is rounded once here: 3.99 × 0.350 kg = 1.3965 → 1.40 (half-up).
  const gross = multiply(unitPrice, line.quantity, mode);
  return lineOf(line, unitPrice, {
    gross,
    adjustments: [],
    net: gross,
    taxes: [],
    total: gross,
    isLocked: false,
  });
}

// The fields in withLineFigures' order: every priced line, seeded or changed by a stage, has one shape.
function lineOf(
  line: SaleLine,
  unitPrice: PricedLine["unitPrice"],
  figures: Pick<PricedLine, "gross" | "adjustments" | "net" | "taxes" | "total" | "isLocked">,
): PricedLine {
  return {
    lineId: line.lineId,
    sku: line.sku,
    quantity: line.quantity,
    unitPrice,
    priceSource: line.priceSource,
    taxCategory: line.taxCategory,
    gross: figures.gross,
    adjustments: figures.adjustments,
    net: figures.net,
    taxes: figures.taxes,
    total: figures.total,
    isLocked: figures.isLocked,
  };
}

/**
 * The PricedSale the first stage receives: every line that is not voided, at its unit price (plus
 * modifiers) times quantity, with no adjustments and no taxes; locked lines carry their frozen figures.
 * Document totals are zero until `computeTotals` runs.
 *
 * @param sale - the sale
 * @param context - pricing context (its rounding mode rounds the gross)
 * @returns the seed PricedSale
 * @public
 */
export function seedPricedSale(sale: Sale, context: PricingContext): PricedSale {
  const zero = zeroMoney(sale.currency);
  return {
    saleId: sale.saleId,
    currency: sale.currency,
    lines: sale.lines
      .filter((line) => line.voided === undefined)
      .map((line) => seedLine(line, context.policies.roundingMode)),
    subtotal: zero,
    discountTotal: zero,
    taxTotal: zero,
    total: zero,
    tendered: zero,
    balanceDue: zero,
    change: zero,
    explanation: { applied: [], rejected: [], nudges: [] },
    notes: [],
    policies: context.policies.refs,
  };
}

/**
 * Prices a sale: seeds a PricedSale and runs the stages in order. Pure: same input, same output; the
 * sale and context are never mutated.
 *
 * @param sale - the sale to price (normally `context.sale`)
 * @param context - catalog snapshot, rules, clock value and policies
 * @param stages - the ordered stages, e.g. `[resolvePrices, applyManualDiscounts, computeTax, computeTotals]`
 * @returns the PricedSale
 * @throws TillError from a stage (INVALID_RULE, CURRENCY_MISMATCH, ...)
 * @public
 */
export function priceSale(sale: Sale, context: PricingContext, stages: readonly PricingStage[]): PricedSale {
  const scoped = context.sale === sale ? context : { ...context, sale };
  let priced = seedPricedSale(sale, scoped);
  for (const stage of stages) priced = stage.run(priced, scoped);
  return priced;
}
