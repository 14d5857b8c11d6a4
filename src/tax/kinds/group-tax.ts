import { allocateMinor } from "../../core/allocation/allocate-minor";
import { ratesAtCommonScale } from "../rules/compile-rate";
import type { CompiledTax } from "../rules/tax-rules";

/**
 * Splits the amount of a combined-rate group over its children by their rates, for information (the
 * jurisdiction report). The combined amount was rounded once; the split uses the allocation primitive so
 * the children sum to it exactly: 8.88 at NYS 4% + NYC 4.5% + MCTD 0.375% splits 4.00 / 4.50 / 0.38.
 *
 * @param amountMinor - the combined amount
 * @param children - the children that applied, each a percent tax
 * @returns one share per child
 * @internal
 */
export function splitCombinedAmount(amountMinor: bigint, children: readonly CompiledTax[]): bigint[] {
  const rates = children.map(
    (child) => (child.calculation as { rate: Parameters<typeof ratesAtCommonScale>[0][number] }).rate,
  );
  const weights = ratesAtCommonScale(rates).units;
  if (weights.every((weight) => weight === 0n)) return weights.map(() => 0n);
  return allocateMinor(amountMinor, weights);
}
