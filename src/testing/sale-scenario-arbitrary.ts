import fc from "fast-check";
import { priceSale } from "../core/pipeline/price-sale";
import type { PricedSale } from "../core/pipeline/priced-sale";
import type { PricingStage } from "../core/pipeline/pricing-stage";
import { planReturn } from "../core/returns/plan-return";
import { applySaleAction } from "../core/sale/apply-sale-action";
import { createSale } from "../core/sale/create-sale";
import type { Sale } from "../core/sale/sale";
import type { SaleLine } from "../core/sale/sale-line";
import type { Tender } from "../core/tenders/tender";
import { applyManualDiscounts } from "../pricing/stages/apply-manual-discounts";
import { computeTotals } from "../pricing/stages/compute-totals";
import { resolvePrices } from "../pricing/stages/resolve-prices";
import { GENERATED_AT, type GeneratedSale, type SaleConstraints, saleArbitrary } from "./sale-arbitrary";
import { tenderSequenceArbitrary } from "./tender-sequence-arbitrary";

/**
 * The stages a scenario is priced with unless the host passes its own: catalog prices, manual
 * discounts, totals.
 *
 * @public
 */
export const SCENARIO_STAGES: readonly PricingStage[] = [resolvePrices, applyManualDiscounts, computeTotals];

/**
 * Knobs of {@link saleScenarioArbitrary}.
 *
 * @public
 */
export interface SaleScenarioConstraints extends SaleConstraints {
  /** The pricing pipeline. Default: {@link SCENARIO_STAGES}. */
  readonly stages?: readonly PricingStage[];
  /** Pricing rules handed to the stages in the context. Default: {}. */
  readonly rules?: Readonly<Record<string, unknown>>;
  /** Add a return against the completed sale. Default: true. */
  readonly withReturn?: boolean;
}

/**
 * A whole sale: priced, paid, completed, and maybe partly returned.
 *
 * @public
 */
export interface SaleScenario extends GeneratedSale {
  /** The sale as priced just before payment. */
  readonly priced: PricedSale;
  /** The tenders that paid it (also recorded on `sale`). */
  readonly tenders: readonly Tender[];
  /** A completed return against `sale`, when one was drawn. */
  readonly returned?: { readonly sale: Sale; readonly priced: PricedSale };
}

function price(generated: GeneratedSale, sale: Sale, constraints: SaleScenarioConstraints): PricedSale {
  const context = {
    sale,
    catalog: generated.catalog,
    rules: constraints.rules ?? {},
    now: GENERATED_AT,
    policies: { roundingMode: "half-up" as const, refs: [] },
  };
  return priceSale(sale, context, constraints.stages ?? SCENARIO_STAGES);
}

function paid(sale: Sale, tenders: readonly Tender[]): Sale {
  const withTenders = tenders.reduce(
    (current, tender) =>
      applySaleAction(current, {
        type: "addTender",
        tender: { ...tender, at: GENERATED_AT },
      }),
    sale,
  );
  return applySaleAction(withTenders, { type: "complete", receiptNumber: "1", at: GENERATED_AT });
}

function returnAgainst(
  original: { sale: Sale; priced: PricedSale },
  picks: readonly boolean[],
): Sale | undefined {
  const live = original.sale.lines.filter((line) => line.voided === undefined);
  const request = live
    .filter((_, index) => picks[index % Math.max(picks.length, 1)] === true)
    .map((line: SaleLine) => ({ lineId: line.lineId, quantity: line.quantity.toString() }));
  if (request.length === 0) return undefined;
  let next = 0;
  const meta = { nextLineId: () => `return-line-${++next}`, by: "cashier-1", at: GENERATED_AT };
  const lines = planReturn({ original, request: { lines: request }, priorReturns: [], meta });
  const start = createSale({
    saleId: `${original.sale.saleId}-R`,
    storeId: "store-1",
    registerId: "R1",
    cashierId: "cashier-1",
    currency: original.sale.currency,
    at: GENERATED_AT,
  });
  return lines.reduce(
    (sale, line) => applySaleAction(sale, { type: "addLine", line, at: GENERATED_AT }),
    start,
  );
}

/**
 * Whole sale scenarios built with the real reducer and pipeline: a generated sale (see
 * {@link saleArbitrary}) priced, paid by a generated tender sequence (see {@link tenderSequenceArbitrary}),
 * completed, and, unless `withReturn` is false, sometimes returned in part (whole lines, through
 * `planReturn`, so the refund mirrors the sale).
 *
 * @param constraints - see {@link SaleScenarioConstraints}
 * @returns an arbitrary of {@link SaleScenario}
 * @example
 * ```ts
 * fc.assert(fc.property(saleScenarioArbitrary(), (scenario) => {
 *   assertSaleInvariants(scenario.priced);
 * }), { numRuns: 100 });
 * ```
 * @public
 */
export function saleScenarioArbitrary(constraints: SaleScenarioConstraints = {}): fc.Arbitrary<SaleScenario> {
  return saleArbitrary(constraints)
    .filter(({ sale }) => sale.lines.some((line) => line.voided === undefined))
    .chain((generated) => {
      const priced = price(generated, generated.sale, constraints);
      const picks =
        constraints.withReturn === false ? fc.constant([]) : fc.array(fc.boolean(), { maxLength: 4 });
      return fc.tuple(tenderSequenceArbitrary(priced.total), picks).map(([tenders, returnPicks]) => {
        const sale = paid(generated.sale, tenders);
        const returnSale = returnAgainst({ sale, priced }, returnPicks);
        const base = { sale, catalog: generated.catalog, priced, tenders };
        if (returnSale === undefined) return base;
        const returned = { sale: returnSale, priced: price(generated, returnSale, constraints) };
        return { ...base, returned };
      });
    });
}
