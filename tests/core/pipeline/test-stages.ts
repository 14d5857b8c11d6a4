import { allocateMinor, Money, multiply, parseRate } from "../../../src/core";
import { addAdjustment, type LineTax, type PricedLine, type PricingStage } from "../../../src/core/checkout";
import { applyManualDiscounts } from "../../../src/pricing/stages/apply-manual-discounts";
import { computeTotals } from "../../../src/pricing/stages/compute-totals";
import { resolvePrices } from "../../../src/pricing/stages/resolve-prices";

/** Test-only tax: `rules.testTax[taxCategory]` is a rate added on top of the net, rounded half-up per line. */
export const testTaxStage: PricingStage = {
  name: "computeTax",
  run(priced, context) {
    const rates = (context.rules.testTax ?? {}) as Record<string, string>;
    const lines = priced.lines.map((line): PricedLine => {
      const rate = rates[line.taxCategory];
      if (line.isLocked || rate === undefined) return line;
      const tax: LineTax = {
        taxId: `tax-${line.taxCategory}`,
        name: `Tax ${line.taxCategory}`,
        jurisdiction: "TEST",
        rate,
        base: line.net,
        amount: multiply(line.net, parseRate(rate), "half-up"),
        included: false,
      };
      return { ...line, taxes: [...line.taxes, tax] };
    });
    return { ...priced, lines };
  },
};

/**
 * Test-only buy-one-get-one: among lines tagged "bogo", every second unit (cheapest first) is free.
 * Only whole "each" units count.
 */
export const testBogoStage: PricingStage = {
  name: "applyItemPromotions",
  run(priced) {
    const units = priced.lines.flatMap((line, index) =>
      line.isLocked || line.quantity.millionths <= 0n || !line.sku.startsWith("BOGO")
        ? []
        : Array.from({ length: Number(line.quantity.millionths / 1_000_000n) }, () => ({
            index,
            price: line.unitPrice,
          })),
    );
    units.sort((a, b) =>
      a.price.minor === b.price.minor ? a.index - b.index : a.price.minor < b.price.minor ? -1 : 1,
    );
    const freeCount = Math.floor(units.length / 2);
    const freeByLine = new Map<number, bigint>();
    for (const unit of units.slice(0, freeCount))
      freeByLine.set(unit.index, (freeByLine.get(unit.index) ?? 0n) + unit.price.minor);
    const source = { kind: "promotion" as const, id: "bogo", name: "Buy one get one" };
    const lines = priced.lines.map((line, index) => {
      const free = freeByLine.get(index);
      return free === undefined
        ? line
        : addAdjustment(line, { source, amount: new Money(free, line.gross.currency) });
    });
    return { ...priced, lines };
  },
};

/** The default stages with the test tax. */
export const stages: readonly PricingStage[] = [
  resolvePrices,
  applyManualDiscounts,
  testTaxStage,
  computeTotals,
];

/** With the test BOGO promotion before manual discounts. */
export const bogoStages: readonly PricingStage[] = [
  resolvePrices,
  testBogoStage,
  applyManualDiscounts,
  testTaxStage,
  computeTotals,
];

/** Test-only points burn: `rules.testPointsValue` (minor units) spread over positive lines by net. */
export const testPointsStage: PricingStage = {
  name: "redeemPoints",
  run(priced, context) {
    const valueMinor = BigInt((context.rules.testPointsValue as string | undefined) ?? "0");
    const nets = priced.lines.map((line) => (line.isLocked || line.net.minor <= 0n ? 0n : line.net.minor));
    const base = nets.reduce((total, net) => total + net, 0n);
    if (valueMinor === 0n || base === 0n) return priced;
    const shares = allocateMinor(valueMinor < base ? valueMinor : base, nets);
    const source = { kind: "points" as const, id: "burn-1", name: "Points" };
    const lines = priced.lines.map((line, index) =>
      addAdjustment(line, { source, amount: new Money(shares[index] ?? 0n, line.gross.currency) }),
    );
    return { ...priced, lines };
  },
};

/** BOGO, manual discounts, points, test tax. */
export const loyaltyStages: readonly PricingStage[] = [
  resolvePrices,
  testBogoStage,
  applyManualDiscounts,
  testPointsStage,
  testTaxStage,
  computeTotals,
];
