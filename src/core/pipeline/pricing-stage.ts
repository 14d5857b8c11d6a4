import type { PricedSale } from "./priced-sale";
import type { PricingContext } from "./pricing-context";

/**
 * One step of the pricing pipeline.
 *
 * Contract: `run` is pure. It returns a new PricedSale (or the same one when it changes nothing), never
 * mutates its input, does no I/O and reads the catalog, rules and clock only from the context. It leaves
 * lines with `isLocked` untouched, only appends to a line's `adjustments` (keeping `net` equal to gross
 * minus adjustments), and never writes the document totals, which `computeTotals` writes once at the end.
 * It may append to `explanation`, `notes` and `policies`. It throws only TillError.
 *
 * @example
 * ```ts
 * const tagEverything: PricingStage = {
 *   name: "noteTraining",
 *   run: (priced, context) =>
 *     context.sale.isTraining
 *       ? { ...priced, notes: [...priced.notes, { code: "TRAINING", message: "Training sale" }] }
 *       : priced,
 * };
 * ```
 * @public
 */
export interface PricingStage {
  /** Unique name in the pipeline ("resolvePrices", "computeTax", ...). */
  readonly name: string;
  /**
   * @param priced - the sale as priced so far
   * @param context - sale, catalog snapshot, rules, clock value, policies
   * @returns the sale priced one step further
   */
  run(priced: PricedSale, context: PricingContext): PricedSale;
}
