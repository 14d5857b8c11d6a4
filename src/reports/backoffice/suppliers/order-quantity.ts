/**
 * Rounds a needed quantity up to what a supplier accepts: at least the minimum order quantity, always
 * whole packs, and at least one pack. A minimum of 30 in packs of 12 becomes 36 (3 packs): the minimum
 * is itself rounded up to whole packs, so no order line is ever below the minimum or a broken pack.
 *
 * @param needMillionths - units wanted, in millionths (zero or negative asks for the minimum)
 * @param packMillionths - units per pack, in millionths (above zero)
 * @param minimumMillionths - minimum order quantity, in millionths (zero or more)
 * @returns the number of packs and the quantity ordered in millionths
 * @public
 */
export function roundToPacks(
  needMillionths: bigint,
  packMillionths: bigint,
  minimumMillionths: bigint,
): { readonly packs: bigint; readonly quantityMillionths: bigint } {
  const wanted = needMillionths > minimumMillionths ? needMillionths : minimumMillionths;
  // Ceiling division on non-negative integers: (a + b - 1) / b.
  const packs = wanted <= 0n ? 1n : (wanted + packMillionths - 1n) / packMillionths;
  const atLeastOne = packs < 1n ? 1n : packs;
  return { packs: atLeastOne, quantityMillionths: atLeastOne * packMillionths };
}
