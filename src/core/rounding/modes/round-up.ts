/**
 * Rounds `numerator / denominator` away from zero: 2.1 → 3, −2.1 → −3.
 *
 * @param numerator - any integer
 * @param denominator - a positive integer
 * @returns the rounded quotient
 * @public
 */
export function roundUp(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}
