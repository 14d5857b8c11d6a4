import { allocateMinor } from "../../core/allocation/allocate-minor";
import { parseMoney } from "../../core/money/create-money";
import type { PricedSale } from "../../core/pipeline/priced-sale";
import type { SaleLoyalty } from "../../core/sale/sale-records";
import type { LoyaltyAccrual } from "../../core/till/till-loyalty";
import { readStageRules } from "../stages/stage-rules";
import { computeEarnedPoints } from "./compute-earned-points";
import { loyaltyLinesOf } from "./loyalty-lines";
import type { LoyaltyProgram } from "./loyalty-program";

const DAY_MS = 86_400_000;

/**
 * Points redeemed per line: the points stage allocated the redemption's money over the lines as
 * `points` entries; the points themselves (money ÷ point value, whole) are spread the same way by
 * largest remainder, so returns restore them in proportion.
 */
function redeemedPerLine(program: LoyaltyProgram, priced: PricedSale): SaleLoyalty["redeemed"] {
  const value = program.redemption?.pointValue;
  if (value === undefined) return [];
  const valueMinor = parseMoney(value, program.currency).minor;
  const weights = priced.lines.map((line) =>
    line.adjustments
      .filter((entry) => entry.source.kind === "points" && entry.source.id === program.id)
      .reduce(
        (total, entry) => total + (entry.amount.minor < 0n ? -entry.amount.minor : entry.amount.minor),
        0n,
      ),
  );
  const moneyMinor = weights.reduce((a, b) => a + b, 0n);
  if (moneyMinor === 0n || valueMinor === 0n) return [];
  const shares = allocateMinor(moneyMinor / valueMinor, weights);
  return priced.lines
    .map((line, index) => ({ lineId: line.lineId, points: Number(shares[index] ?? 0n) }))
    .filter((line) => line.points > 0);
}

/**
 * Builds the till's loyalty accrual from the pricing rules (`rules.loyalty`, and the tier from
 * `rules.snapshots.loyaltyAccount`): at completion a sale with a customer earns points on its nets
 * excluding tax (as `computeEarnedPoints`, the figure `previewLoyalty` shows) and records the points its
 * redemption used, per line, so that returns reverse and restore in proportion. The package's
 * `createTill` wires it when `rules.loyalty` is set.
 *
 * @param rules - the till's rule data
 * @returns the accrual, or undefined when no program is configured
 * @throws TillError INVALID_RULE for a malformed program
 * @example
 * ```ts
 * const accrual = makeLoyaltyAccrual({ loyalty: { id: "club", name: "Club", currency: "EUR" } });
 * ```
 * @public
 */
export function makeLoyaltyAccrual(rules: Readonly<Record<string, unknown>>): LoyaltyAccrual | undefined {
  const { loyalty: program, snapshots } = readStageRules({ rules });
  if (program === undefined) return undefined;
  return (sale, priced) => {
    const customer = sale.customer;
    if (customer === undefined) return undefined;
    const tier = snapshots.loyaltyAccount?.tier ?? customer.tier;
    const earned = computeEarnedPoints(program, loyaltyLinesOf(sale, priced), tier);
    const redeemed = redeemedPerLine(program, priced);
    if (earned.points === 0 && redeemed.length === 0) return undefined;
    const expiry = program.expiry;
    return {
      programId: program.id,
      customerId: customer.customerId,
      earned: earned.perLine.filter((line) => line.points > 0),
      redeemed,
      ...(expiry === undefined
        ? {}
        : { expiresAt: new Date(Date.parse(sale.updatedAt) + expiry.days * DAY_MS).toISOString() }),
    };
  };
}
