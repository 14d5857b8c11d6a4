import { currencyExponent } from "../currency/get-currency";
import { TillError } from "../errors/till-error";
import { parseDecimal } from "../numbers/parse-decimal";
import { powerOfTen } from "../numbers/scaled-decimal";
import { divideRounded } from "../rounding/divide-rounded";
import type { RoundingPolicy } from "../rounding/rounding-policy";
import { Money } from "./money";

/**
 * The increment of a rounding policy in a currency's minor units: "0.05" EUR is 5n, "1" SEK is 100n.
 *
 * @param increment - decimal text of the step in major units
 * @param currency - ISO 4217 code
 * @returns the step in minor units
 * @throws TillError INVALID_ROUNDING when the step is not a positive whole number of minor units
 * @public
 */
export function incrementInMinor(increment: string, currency: string): bigint {
  const exponent = currencyExponent(currency);
  const step = parseDecimal(increment, ["increment"]);
  const scaleGap = exponent - step.scale;
  // "0.050" is five cents too: trailing zeros past the exponent are fine, other digits there are not.
  const divisor = scaleGap < 0 ? powerOfTen(-scaleGap) : 1n;
  const minor = scaleGap >= 0 ? step.units * powerOfTen(scaleGap) : step.units / divisor;
  if (minor <= 0n || step.units % divisor !== 0n) {
    throw new TillError("INVALID_ROUNDING", {
      message: `Increment ${increment} is not a positive whole number of ${currency} minor units`,
      path: ["increment"],
    });
  }
  return minor;
}

/**
 * Rounds money to a multiple of a policy's increment (0.05, 0.50, 1, ...).
 *
 * @param amount - the money
 * @param policy - mode and increment
 * @returns the rounded money
 * @throws TillError INVALID_ROUNDING
 * @example
 * ```ts
 * roundMoney(parseMoney("10.03", "CHF"), { mode: "half-up", increment: "0.05" }).toString(); // "10.05"
 * ```
 * @public
 */
export function roundMoney(amount: Money, policy: RoundingPolicy): Money {
  const step = incrementInMinor(policy.increment, amount.currency);
  return new Money(divideRounded(amount.minor, step, policy.mode) * step, amount.currency);
}
