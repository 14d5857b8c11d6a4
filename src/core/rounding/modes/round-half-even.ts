/**
 * Rounds `numerator / denominator` to the nearest integer, halves to the even neighbour (banker's
 * rounding): 2.5 → 2, 3.5 → 4, −2.5 → −2. Unbiased over many roundings.
 *
 * @param numerator - any integer
 * @param denominator - a positive integer
 * @returns the rounded quotient
 * @public
 */
export function roundHalfEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twiceRemainder = remainder < 0n ? -2n * remainder : 2n * remainder;
  const awayFromZero = numerator < 0n ? quotient - 1n : quotient + 1n;
  if (twiceRemainder < denominator) return quotient;
  if (twiceRemainder > denominator) return awayFromZero;
  return quotient % 2n === 0n ? quotient : awayFromZero;
}
