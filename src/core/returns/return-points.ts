/**
 * What one line earned or redeemed at sale time, and how much of it has been returned so far.
 *
 * @public
 */
export interface PointsLineRecord {
  readonly lineId: string;
  /** Points earned (or redeemed) on the line at sale time. */
  readonly points: number;
  /** Quantity sold, in millionths (whole pieces are 1_000_000n each). */
  readonly soldMillionths: bigint;
  /** Quantity already returned before this return, in millionths. */
  readonly returnedMillionths: bigint;
}

/**
 * The points a return moves for the lines it covers: the share of each line's points for the quantity
 * returned, computed cumulatively (floor(points × returned so far / sold) minus what earlier returns
 * already moved), so any sequence of partial returns that ends in a full return moves the points exactly.
 *
 * @param records - per-line sale-time points and earlier returns
 * @param returned - quantity returned now per line id, in millionths
 * @returns the points to move (positive)
 * @public
 */
export function pointsForReturn(
  records: readonly PointsLineRecord[],
  returned: ReadonlyMap<string, bigint>,
): number {
  let total = 0n;
  for (const record of records) {
    const now = returned.get(record.lineId) ?? 0n;
    if (now <= 0n || record.soldMillionths <= 0n) continue;
    const before = record.returnedMillionths;
    const after = before + now > record.soldMillionths ? record.soldMillionths : before + now;
    const points = BigInt(record.points);
    total += (points * after) / record.soldMillionths - (points * before) / record.soldMillionths;
  }
  return Number(total);
}

/**
 * The ledger entries a return produces: reverse the points earned on the returned goods, restore the
 * points redeemed on them.
 *
 * @param earned - per-line earned points
 * @param redeemed - per-line redeemed points (the redemption's allocation)
 * @param returned - quantity returned per line id, in millionths
 * @returns the signed points of the reverse (≤ 0) and restore (≥ 0) entries
 * @public
 */
export function returnPointsEntries(
  earned: readonly PointsLineRecord[],
  redeemed: readonly PointsLineRecord[],
  returned: ReadonlyMap<string, bigint>,
): { readonly reverse: number; readonly restore: number } {
  return { reverse: -pointsForReturn(earned, returned), restore: pointsForReturn(redeemed, returned) };
}
