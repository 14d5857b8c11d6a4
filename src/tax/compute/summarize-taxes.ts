import type { PlannedLine } from "../plan/tax-plan";
import { bySequence } from "../rules/compile-tax-rules";
import type { CompiledRate, CompiledTax } from "../rules/tax-rules";
import type { LineResultExact, LineTaxExact, TaxSummaryExact } from "./tax-result";

interface Accumulator {
  readonly tax: CompiledTax;
  readonly rate: CompiledRate | undefined;
  baseMinor: bigint;
  amountMinor: bigint;
}

/** Sums, position by position, the lines that share one step list (their taxes line up). */
interface StepListSums {
  readonly entries: readonly LineTaxExact[];
  readonly basesMinor: bigint[];
  readonly amountsMinor: bigint[];
}

function sumsByStepList(
  planned: readonly PlannedLine[],
  lines: readonly LineResultExact[],
  stepListCount: number,
): StepListSums[] {
  const byList: StepListSums[] = [];
  const seen: (StepListSums | undefined)[] = new Array(stepListCount);
  for (let index = 0; index < lines.length; index++) {
    const entries = (lines[index] as LineResultExact).taxes;
    const listIndex = (planned[index] as PlannedLine).stepListIndex;
    const known = seen[listIndex];
    if (known === undefined) {
      const sums: StepListSums = {
        entries,
        basesMinor: entries.map((entry) => entry.baseMinor),
        amountsMinor: entries.map((entry) => entry.amountMinor),
      };
      seen[listIndex] = sums;
      byList.push(sums);
      continue;
    }
    for (let position = 0; position < entries.length; position++) {
      const entry = entries[position] as LineTaxExact;
      known.basesMinor[position] = (known.basesMinor[position] as bigint) + entry.baseMinor;
      known.amountsMinor[position] = (known.amountsMinor[position] as bigint) + entry.amountMinor;
    }
  }
  return byList;
}

/**
 * Sums each tax over the document (base and amount), in ascending sequence.
 *
 * Lines of one kind share their step list, so their taxes are summed position by position first and per
 * tax only once per list: one array lookup per line instead of a map lookup per line tax (about 15% less
 * time for 250 line taxes; the rest is the bigint additions themselves). Lists are visited in the order
 * of their first line, so each summary keeps the rate of the first line that has the tax, as a
 * line-by-line walk would.
 *
 * @param planned - the planned lines (for their step lists)
 * @param lines - the line results, in the same order
 * @param stepListCount - the plan's number of distinct step lists
 * @returns one summary per tax that applied somewhere
 * @internal
 */
export function summarizeTaxes(
  planned: readonly PlannedLine[],
  lines: readonly LineResultExact[],
  stepListCount: number,
): TaxSummaryExact[] {
  const byTax = new Map<CompiledTax, Accumulator>();
  for (const sums of sumsByStepList(planned, lines, stepListCount)) {
    for (let position = 0; position < sums.entries.length; position++) {
      const entry = sums.entries[position] as LineTaxExact;
      const baseMinor = sums.basesMinor[position] as bigint;
      const amountMinor = sums.amountsMinor[position] as bigint;
      const known = byTax.get(entry.tax);
      if (known === undefined)
        byTax.set(entry.tax, { tax: entry.tax, rate: entry.rate, baseMinor, amountMinor });
      else {
        known.baseMinor += baseMinor;
        known.amountMinor += amountMinor;
      }
    }
  }
  return [...byTax.values()].sort((a, b) => bySequence(a.tax, b.tax));
}
