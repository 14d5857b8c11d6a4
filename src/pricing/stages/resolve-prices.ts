import type { CatalogItem } from "../../core/catalog/catalog-item";
import { catalogItemOf } from "../../core/catalog/catalog-item-of";
import { add } from "../../core/money/add";
import { multiply } from "../../core/money/multiply";
import { subtract } from "../../core/money/subtract";
import { adjustmentTotalOf, withLineFigures } from "../../core/pipeline/priced-line-helpers";
import type { PricedLine } from "../../core/pipeline/priced-sale";
import type { PricingContext } from "../../core/pipeline/pricing-context";
import type { PricingStage } from "../../core/pipeline/pricing-stage";
import type { SaleLine } from "../../core/sale/sale-line";

function repriceFromCatalog(
  line: PricedLine,
  saleLine: SaleLine,
  item: CatalogItem,
  context: PricingContext,
) {
  const unitPrice = saleLine.modifiers.reduce(
    (price, modifier) => add(price, modifier.unitPrice),
    item.unitPrice,
  );
  if (unitPrice.minor === line.unitPrice.minor) return line;
  const gross = multiply(unitPrice, line.quantity, context.policies.roundingMode);
  const net = subtract(gross, adjustmentTotalOf({ gross, adjustments: line.adjustments }));
  return withLineFigures(line, { unitPrice, gross, net, total: net });
}

/**
 * Price resolution, the first stage: lines whose price came from the catalog take the current price from
 * the catalog snapshot (plus modifiers), so a price change while the sale is open is honoured; overridden,
 * price-list, returned and locked lines keep their price. Price-list, tier and time-window stages from
 * `tillkit/pricing` run after this one and replace it where they apply.
 *
 * @public
 */
export const resolvePrices: PricingStage = {
  name: "resolvePrices",
  run(priced, context) {
    const saleLines = new Map(context.sale.lines.map((line) => [line.lineId, line]));
    const lines = priced.lines.map((line) => {
      if (line.isLocked || line.priceSource.kind !== "catalog") return line;
      const saleLine = saleLines.get(line.lineId);
      const item = catalogItemOf(context.catalog, line.sku);
      if (saleLine === undefined || item === undefined) return line;
      return repriceFromCatalog(line, saleLine, item, context);
    });
    return lines.every((line, index) => line === priced.lines[index]) ? priced : { ...priced, lines };
  },
};
