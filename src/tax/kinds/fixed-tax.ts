import type { Fraction } from "./fraction";

const MICROS = 1_000_000n;

/**
 * A fixed amount per unit: amount × quantity, with the sign of the quantity and of the price, so a return
 * (negative quantity) gives exactly the negative amount and a negative price line flips it too.
 *
 * @param amountMinor - the amount per unit
 * @param quantityMicros - the quantity in millionths (1_000_000n is one unit)
 * @param priceSign - 1n, or −1n for a negative unit price
 * @returns the exact amount
 * @internal
 */
export function fixedTaxAmount(amountMinor: bigint, quantityMicros: bigint, priceSign: bigint): Fraction {
  return { n: amountMinor * quantityMicros * priceSign, d: MICROS };
}
