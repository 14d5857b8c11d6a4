import { addFractions, type Fraction } from "./fraction";

/**
 * The base of a cumulative-base tax: the line net plus the amounts of the named earlier taxes that apply
 * to the line (a percent on price plus, say, an excise). The amount is then an ordinary percent of it.
 *
 * @param net - the line net
 * @param amounts - the amounts computed so far on the line, by step index
 * @param ofIndexes - step indexes of the taxes added to the base
 * @returns the exact base
 * @internal
 */
export function cumulativeBase(
  net: Fraction,
  amounts: readonly (Fraction | undefined)[],
  ofIndexes: readonly number[],
): Fraction {
  let base = net;
  for (const index of ofIndexes) {
    const amount = amounts[index];
    if (amount !== undefined) base = addFractions(base, amount);
  }
  return base;
}
