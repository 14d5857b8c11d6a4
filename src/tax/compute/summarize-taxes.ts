import { bySequence } from "../rules/compile-tax-rules";
import type { CompiledRate, CompiledTax } from "../rules/tax-rules";
import type { LineResultExact, TaxSummaryExact } from "./tax-result";

interface Accumulator {
  readonly tax: CompiledTax;
  readonly rate: CompiledRate | undefined;
  baseMinor: bigint;
  amountMinor: bigint;
}

/**
 * Sums each tax over the document (base and amount), in ascending sequence.
 *
 * @param lines - the line results
 * @returns one summary per tax that applied somewhere
 * @internal
 */
export function summarizeTaxes(lines: readonly LineResultExact[]): TaxSummaryExact[] {
  const byTax = new Map<CompiledTax, Accumulator>();
  for (const line of lines) {
    for (const entry of line.taxes) {
      const known = byTax.get(entry.tax);
      if (known === undefined) {
        byTax.set(entry.tax, {
          tax: entry.tax,
          rate: entry.rate,
          baseMinor: entry.baseMinor,
          amountMinor: entry.amountMinor,
        });
      } else {
        known.baseMinor += entry.baseMinor;
        known.amountMinor += entry.amountMinor;
      }
    }
  }
  return [...byTax.values()].sort((a, b) => bySequence(a.tax, b.tax));
}
