import { TillError } from "../errors/till-error";
import type { Sale } from "../sale/sale";
import { priceSale } from "./price-sale";
import type { PricedSale } from "./priced-sale";
import type { PricingContext } from "./pricing-context";
import type { PricingStage } from "./pricing-stage";

/**
 * A pricing pipeline: its ordered stages and the function that runs them.
 *
 * @public
 */
export interface Pipeline {
  readonly stages: readonly PricingStage[];
  /**
   * @param sale - the sale to price
   * @param context - catalog snapshot, rules, clock value and policies
   * @returns the PricedSale
   */
  price(sale: Sale, context: PricingContext): PricedSale;
}

/**
 * Declares a pipeline from named stages, checked once here so pricing never re-checks them.
 *
 * @param stages - ordered stages with unique names
 * @returns the pipeline
 * @throws TillError INVALID_STAGE for a stage without a name or `run` function, or a repeated name
 * @example
 * ```ts
 * const pipeline = createPipeline([resolvePrices, applyManualDiscounts, computeTotals]);
 * const priced = pipeline.price(sale, context);
 * ```
 * @public
 */
export function createPipeline(stages: readonly PricingStage[]): Pipeline {
  const names = new Set<string>();
  stages.forEach((stage, index) => {
    const isValid =
      typeof stage?.name === "string" && stage.name.length > 0 && typeof stage.run === "function";
    if (!isValid) throw new TillError("INVALID_STAGE", { path: ["stages", index] });
    if (names.has(stage.name)) {
      throw new TillError("INVALID_STAGE", {
        message: `Two stages are named ${stage.name}`,
        path: ["stages", index, "name"],
      });
    }
    names.add(stage.name);
  });
  const frozen = Object.freeze([...stages]);
  return { stages: frozen, price: (sale, context) => priceSale(sale, context, frozen) };
}

/**
 * Returns a copy of a stage list with a stage inserted before or after a named one, or replacing it:
 * how a host adds or swaps stages in the default pipeline.
 *
 * @param stages - the current stages
 * @param where - `{ before: name }`, `{ after: name }` or `{ replace: name }`
 * @param stage - the stage to insert
 * @returns the new list
 * @throws TillError INVALID_STAGE when no stage has that name
 * @public
 */
export function insertStage(
  stages: readonly PricingStage[],
  where: { readonly before: string } | { readonly after: string } | { readonly replace: string },
  stage: PricingStage,
): PricingStage[] {
  const name = "before" in where ? where.before : "after" in where ? where.after : where.replace;
  const index = stages.findIndex((candidate) => candidate.name === name);
  if (index < 0)
    throw new TillError("INVALID_STAGE", { message: `No stage named ${name}`, details: { name } });
  const copy = [...stages];
  if ("before" in where) copy.splice(index, 0, stage);
  else if ("after" in where) copy.splice(index + 1, 0, stage);
  else copy.splice(index, 1, stage);
  return copy;
}
