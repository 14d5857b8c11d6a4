import fc from "fast-check";
import { moneyFromMinor } from "../core/money/create-money";
import type { Money } from "../core/money/money";
import type { Tender } from "../core/tenders/tender";

/**
 * How a generated tender sequence pays: one card, cash (maybe with change), or card and cash split.
 *
 * @public
 */
export type TenderSequenceMethod = "cash" | "card" | "split";

/**
 * Knobs of {@link tenderSequenceArbitrary}.
 *
 * @public
 */
export interface TenderSequenceConstraints {
  /** The ways to pay to draw from. Default: ["cash", "card", "split"]. */
  readonly methods?: readonly TenderSequenceMethod[];
  /** The most cash handed over beyond the total, in minor units (becomes change). Default: 5_000n. */
  readonly maxOverpayMinor?: bigint;
}

function tender(index: number, kind: "cash" | "card", amount: Money): Tender {
  return { tenderId: `T-${index}`, kind, status: "approved", amount };
}

function sequenceFor(
  total: Money,
  method: TenderSequenceMethod,
  cardMinor: bigint,
  overMinor: bigint,
): Tender[] {
  const currency = total.currency;
  if (method === "card") return [tender(1, "card", total)];
  const cashMinor = method === "cash" ? total.minor : total.minor - cardMinor;
  const cash = tender(method === "cash" ? 1 : 2, "cash", moneyFromMinor(cashMinor + overMinor, currency));
  if (method === "cash") return [cash];
  return [tender(1, "card", moneyFromMinor(cardMinor, currency)), cash];
}

/**
 * Approved tenders that pay `total` in full: one card for exactly the total, cash for the total plus up to
 * `maxOverpayMinor` (so change is due), or a card part plus cash for the rest. A refund (total ≤ 0) is one
 * cash tender for exactly the total. Cash rounding is left to the policy under test: amounts are exact.
 *
 * @param total - what the sale asks for
 * @param constraints - see {@link TenderSequenceConstraints}
 * @returns an arbitrary of tender lists, for `balanceTenders` or the checker {@link checkTenderInvariants}
 * @example
 * ```ts
 * const total = moneyFromMinor(1999n, "EUR");
 * fc.assert(fc.property(tenderSequenceArbitrary(total), (tenders) => tenders.length > 0));
 * ```
 * @public
 */
export function tenderSequenceArbitrary(
  total: Money,
  constraints: TenderSequenceConstraints = {},
): fc.Arbitrary<Tender[]> {
  if (total.minor <= 0n) return fc.constant([tender(1, "cash", total)]);
  const methods = constraints.methods ?? ["cash", "card", "split"];
  return fc
    .record({
      method: fc.constantFrom(...methods),
      cardMinor: fc.bigInt({ min: 1n, max: total.minor }),
      overMinor: fc.bigInt({ min: 0n, max: constraints.maxOverpayMinor ?? 5_000n }),
    })
    .map(({ method, cardMinor, overMinor }) => sequenceFor(total, method, cardMinor, overMinor));
}
