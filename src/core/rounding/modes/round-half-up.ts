/**
 * Rounds `numerator / denominator` to the nearest integer, halves away from zero: 2.5 → 3, −2.5 → −3.
 * The commercial rule; a refund rounds to the exact negative of its sale.
 *
 * @param numerator - any integer
 * @param denominator - a positive integer
 * @returns the rounded quotient
 * @public
 */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twiceRemainder = remainder < 0n ? -2n * remainder : 2n * remainder;
  if (twiceRemainder < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}
