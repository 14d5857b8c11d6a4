import { catalogItemOf } from "../../core/catalog/catalog-item-of";
import { add } from "../../core/money/add";
import { multiply } from "../../core/money/multiply";
import { subtract } from "../../core/money/subtract";
import { adjustmentTotalOf, withLineFigures } from "../../core/pipeline/priced-line-helpers";
import type { PricingStage } from "../../core/pipeline/pricing-stage";
import { resolveUnitPrice } from "../prices/resolve-unit-price";
import { readStageRules } from "./stage-rules";

/**
 * The price-rule stage, right after `resolvePrices`: for lines priced from the catalog it applies price
 * lists (customer group, store, channel, dated and recurring windows), volume tiers and dated sale prices
 * from `context.rules.prices`, and records where the price came from. Overridden, returned and locked
 * lines keep their price. Modifiers are added on top of the resolved price.
 *
 * @throws TillError INVALID_RULE for malformed price rules
 * @public
 */
export const applyPriceLists: PricingStage = {
  name: "applyPriceLists",
  run(priced, context) {
    const stageRules = readStageRules(context);
    const rules = stageRules.prices;
    if (rules === undefined) return priced;
    const saleLines = new Map(context.sale.lines.map((line) => [line.lineId, line]));
    const mode = context.policies.roundingMode;
    const lines = priced.lines.map((line) => {
      const saleLine = saleLines.get(line.lineId);
      const item = catalogItemOf(context.catalog, line.sku);
      if (
        line.isLocked ||
        line.priceSource.kind !== "catalog" ||
        saleLine === undefined ||
        item === undefined
      )
        return line;
      const resolved = resolveUnitPrice(
        { sku: line.sku, basePrice: item.unitPrice, quantity: line.quantity },
        {
          rules,
          atMs: Date.parse(context.now),
          timeZone: stageRules.store.timeZone,
          storeId: context.sale.storeId,
          ...(stageRules.store.channel === undefined ? {} : { channel: stageRules.store.channel }),
          customerGroups: context.sale.customer?.groups ?? [],
          roundingMode: mode,
        },
      );
      if (resolved.source.kind === "catalog") return line;
      const modifiers = saleLine.modifiers.map((modifier) =>
        multiply(modifier.unitPrice, line.quantity, mode),
      );
      const gross = modifiers.reduce((total, amount) => add(total, amount), resolved.lineAmount);
      const unitPrice = saleLine.modifiers.reduce(
        (price, modifier) => add(price, modifier.unitPrice),
        resolved.unitPrice,
      );
      const net = subtract(gross, adjustmentTotalOf({ gross, adjustments: line.adjustments }));
      return withLineFigures(line, { unitPrice, gross, net, total: net, priceSource: resolved.source });
    });
    return lines.every((line, index) => line === priced.lines[index]) ? priced : { ...priced, lines };
  },
};
