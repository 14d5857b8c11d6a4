import { moneyFromMinor, parseMoney, pieces, type RoundingMode } from "../../../src/core";
import type { AppliedRule, PricedLine, PricedSale } from "../../../src/core/pipeline/priced-sale";
import type { PricingContext } from "../../../src/core/pipeline/pricing-context";
import { createSale } from "../../../src/core/sale/create-sale";
import type { ManualDiscount } from "../../../src/core/sale/manual-discount";
import { applyManualDiscounts } from "../../../src/pricing";

const AT = "2026-11-23T12:00:00Z";

/** What a test line looks like before the stage: its id, its current net, and how it got there. */
export interface LineSpec {
  readonly id: string;
  readonly net: string;
  /** A promotion already taken off the gross (gross = net + promotion). */
  readonly promotion?: string;
  readonly isLocked?: boolean;
}

/** A priced line at `net` EUR, with an optional earlier promotion adjustment. */
export function pricedLine(spec: LineSpec): PricedLine {
  const net = parseMoney(spec.net, "EUR");
  const promotion = spec.promotion === undefined ? undefined : parseMoney(spec.promotion, "EUR");
  const gross = moneyFromMinor(net.minor + (promotion?.minor ?? 0n), "EUR");
  return {
    lineId: spec.id,
    sku: spec.id,
    quantity: pieces(1),
    unitPrice: gross,
    priceSource: { kind: "catalog" },
    taxCategory: "standard",
    gross,
    adjustments:
      promotion === undefined
        ? []
        : [{ source: { kind: "promotion", id: "promo", name: "Promo" }, amount: promotion }],
    net,
    taxes: [],
    total: net,
    isLocked: spec.isLocked ?? false,
  };
}

const zero = moneyFromMinor(0n, "EUR");

/** A priced sale over the given lines, with earlier applied rules in its explanation. */
export function pricedSale(lines: readonly LineSpec[], applied: readonly AppliedRule[] = []): PricedSale {
  return {
    saleId: "s1",
    currency: "EUR",
    lines: lines.map(pricedLine),
    subtotal: zero,
    discountTotal: zero,
    taxTotal: zero,
    total: zero,
    tendered: zero,
    balanceDue: zero,
    change: zero,
    explanation: { applied, rejected: [], nudges: [] },
    notes: [],
    policies: [],
  };
}

/** A discount as a test writes it: "10%" is a percentage, anything else an amount in EUR. */
export interface DiscountSpec {
  readonly id: string;
  /** A line id, or undefined for the basket. */
  readonly line?: string;
  readonly value: string;
}

export function manualDiscount(spec: DiscountSpec): ManualDiscount {
  return {
    discountId: spec.id,
    scope: spec.line === undefined ? { kind: "basket" } : { kind: "line", lineId: spec.line },
    value: spec.value.endsWith("%")
      ? { kind: "percent", percent: spec.value.slice(0, -1) }
      : { kind: "amount", amount: parseMoney(spec.value, "EUR") },
    reason: `reason ${spec.id}`,
    addedBy: "cashier-1",
    at: AT,
  };
}

export function contextWith(
  discounts: readonly DiscountSpec[],
  roundingMode: RoundingMode = "half-up",
): PricingContext {
  const sale = createSale({
    saleId: "s1",
    storeId: "store-1",
    registerId: "r1",
    cashierId: "cashier-1",
    currency: "EUR",
    at: AT,
  });
  return {
    sale: { ...sale, manualDiscounts: discounts.map(manualDiscount) },
    catalog: { items: {} },
    rules: {},
    now: AT,
    policies: { roundingMode, refs: [] },
  };
}

/** Runs the stage over lines and discounts. */
export function runStage(
  lines: readonly LineSpec[],
  discounts: readonly DiscountSpec[],
  roundingMode: RoundingMode = "half-up",
  applied: readonly AppliedRule[] = [],
): PricedSale {
  return applyManualDiscounts.run(pricedSale(lines, applied), contextWith(discounts, roundingMode));
}

/** Per line, the manual amounts taken off, as decimal text ("-" for none). */
export function manualShares(priced: PricedSale): string[] {
  return priced.lines.map((line) => {
    const manual = line.adjustments.filter((entry) => entry.source.kind === "manual");
    return manual.length === 0 ? "-" : manual.map((entry) => entry.amount.toString()).join("+");
  });
}

/** Per line, the net after the stage. */
export function nets(priced: PricedSale): string[] {
  return priced.lines.map((line) => line.net.toString());
}

/** The applied manual rules as "id amount [lineIds]". */
export function appliedManual(priced: PricedSale): string[] {
  return priced.explanation.applied
    .filter((rule) => rule.kind === "manual")
    .map((rule) => `${rule.ruleId} ${rule.amount.toString()} [${rule.lineIds.join(",")}]`);
}
