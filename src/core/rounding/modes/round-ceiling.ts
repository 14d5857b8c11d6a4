/**
 * Rounds `numerator / denominator` toward positive infinity: 2.1 → 3, −2.9 → −2.
 *
 * @param numerator - any integer
 * @param denominator - a positive integer
 * @returns the rounded quotient
 * @public
 */
export function roundCeiling(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return numerator % denominator > 0n ? quotient + 1n : quotient;
}
