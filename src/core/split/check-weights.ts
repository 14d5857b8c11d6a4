import { TillError } from "../errors/till-error";
import type { PricedSale } from "../pipeline/priced-sale";
import type { Sale } from "../sale/sale";
import type { SplitPlan } from "./split-plan";

/**
 * The weight of each priced line in each check, and the seat of each check (by-seat only).
 *
 * @internal
 */
export interface CheckWeights {
  readonly checkCount: number;
  readonly seats?: readonly number[];
  /** One vector per priced line: its weight in each check. */
  readonly weights: readonly (readonly bigint[])[];
}

function oneHot(size: number, index: number): bigint[] {
  return Array.from({ length: size }, (_, position) => (position === index ? 1n : 0n));
}

function bySeat(sale: Sale, priced: PricedSale): CheckWeights {
  const seatOf = new Map(sale.lines.map((line) => [line.lineId, line.seat]));
  const seats = [...new Set(priced.lines.flatMap((line) => seatOf.get(line.lineId) ?? []))].sort(
    (a, b) => a - b,
  );
  if (seats.length < 2)
    throw new TillError("SPLIT_INVALID", { message: "Fewer than two seats", path: ["method"] });
  const weights = priced.lines.map((line) => {
    const seat = seatOf.get(line.lineId);
    // A shared line (no seat) is split evenly by every seat.
    return seat === undefined ? seats.map(() => 1n) : oneHot(seats.length, seats.indexOf(seat));
  });
  return { checkCount: seats.length, seats, weights };
}

function byLines(priced: PricedSale, checks: readonly (readonly string[])[]): CheckWeights {
  const checkOf = new Map<string, number>();
  checks.forEach((lineIds, checkIndex) => {
    lineIds.forEach((lineId, position) => {
      const path = ["checks", checkIndex, position];
      if (!priced.lines.some((line) => line.lineId === lineId)) throw new TillError("UNKNOWN_LINE", { path });
      if (checkOf.has(lineId))
        throw new TillError("SPLIT_INVALID", { message: `${lineId} is in two checks`, path });
      checkOf.set(lineId, checkIndex);
    });
  });
  const weights = priced.lines.map((line) => {
    const checkIndex = checkOf.get(line.lineId);
    if (checkIndex === undefined) {
      throw new TillError("SPLIT_INVALID", { message: `${line.lineId} is in no check`, path: ["checks"] });
    }
    return oneHot(checks.length, checkIndex);
  });
  return { checkCount: checks.length, weights };
}

/**
 * Turns a split plan into per-line check weights.
 *
 * @param sale - the sale (seats)
 * @param priced - its PricedSale
 * @param plan - the split plan
 * @returns weights per line and check
 * @throws TillError SPLIT_INVALID, UNKNOWN_LINE
 * @internal
 */
export function checkWeightsFor(sale: Sale, priced: PricedSale, plan: SplitPlan): CheckWeights {
  if (plan.method === "evenly") {
    return {
      checkCount: plan.parts,
      weights: priced.lines.map(() => Array.from({ length: plan.parts }, () => 1n)),
    };
  }
  return plan.method === "by-seat" ? bySeat(sale, priced) : byLines(priced, plan.checks);
}
