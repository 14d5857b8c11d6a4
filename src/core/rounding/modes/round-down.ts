/**
 * Rounds `numerator / denominator` toward zero: 2.9 → 2, −2.9 → −2.
 *
 * @param numerator - any integer
 * @param denominator - a positive integer
 * @returns the rounded quotient
 * @public
 */
export function roundDown(numerator: bigint, denominator: bigint): bigint {
  return numerator / denominator;
}
