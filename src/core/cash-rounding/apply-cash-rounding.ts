import { currencyExponent } from "../currency/get-currency";
import { parseWith } from "../errors/from-zod";
import { isTillError, TillError, type TillErrorPath } from "../errors/till-error";
import { assertSameCurrency } from "../money/assert-same-currency";
import { parseMoney } from "../money/create-money";
import { Money } from "../money/money";
import { rounderFor } from "../rounding/divide-rounded";
import { type CashRoundingPolicy, cashRoundingPolicySchema } from "./cash-rounding-policy";

/**
 * The outcome of cash rounding: the amount the customer hands over (or gets back) and the difference,
 * which goes on the receipt as its own line and into the books as its own account.
 *
 * @public
 */
export interface CashRoundingResult {
  /** The amount to pay in cash. */
  readonly rounded: Money;
  /** `rounded − amount`: positive when the customer pays more, negative when less. */
  readonly difference: Money;
}

/**
 * A validated cash-rounding policy turned into a function.
 *
 * @public
 */
export type CashRounder = (amount: Money) => CashRoundingResult;

/** A special case with its bounds in minor units. */
interface MinorSpecialCase {
  readonly from: bigint;
  readonly to: bigint;
  readonly roundsTo: bigint;
}

/** A policy amount in minor units; a step finer than the currency's minor unit is a policy error. */
function policyMinor(text: string, currency: string, path: TillErrorPath): bigint {
  try {
    return parseMoney(text, currency, { path }).minor;
  } catch (error) {
    if (isTillError(error) && error.code === "MONEY_PRECISION") {
      throw new TillError("INVALID_ROUNDING", {
        message: `${text} is not a whole number of ${currency} minor units`,
        path,
      });
    }
    throw error;
  }
}

function specialCasesInMinor(policy: CashRoundingPolicy): MinorSpecialCase[] {
  return (policy.specialCases ?? []).map((special, index) => {
    const path = ["policy", "specialCases", index];
    const from = policyMinor(special.from, policy.currency, [...path, "from"]);
    const to = policyMinor(special.to, policy.currency, [...path, "to"]);
    if (from > to)
      throw new TillError("INVALID_ROUNDING", { message: "from must not exceed to", path: [...path, "to"] });
    return { from, to, roundsTo: policyMinor(special.roundsTo, policy.currency, [...path, "roundsTo"]) };
  });
}

/**
 * Validates a cash-rounding policy once and returns the function that applies it. Use this on the hot path
 * (a till rounds many tenders with one policy); {@link applyCashRounding} is the one-call form.
 *
 * The magnitude of the amount is rounded and the sign put back, so a refund of 12.43 pays out exactly the
 * 12.45 its sale took in. A special case whose range holds the magnitude wins over the step.
 *
 * @param policy - the policy, e.g. a preset from {@link cashRoundingPresets}
 * @returns a function from an amount in the policy's currency to its rounded amount and difference
 * @throws TillError INVALID_INPUT (with the field path) for a malformed policy; UNKNOWN_CURRENCY;
 *   INVALID_ROUNDING when the step or a special case is finer than the currency's minor unit
 * @public
 */
export function makeCashRounding(policy: CashRoundingPolicy): CashRounder {
  const checked = parseWith(cashRoundingPolicySchema, policy, ["policy"]);
  currencyExponent(checked.currency);
  // The schema admits only positive steps, so a step in minor units is at least one.
  const step = policyMinor(checked.step, checked.currency, ["policy", "step"]);
  const specialCases = specialCasesInMinor(checked);
  const roundSteps = rounderFor(checked.tie);
  const reference = new Money(0n, checked.currency);
  return (amount: Money): CashRoundingResult => {
    if (!(amount instanceof Money))
      throw new TillError("INVALID_INPUT", { message: "Expected Money", path: ["amount"] });
    assertSameCurrency(reference, amount);
    const negative = amount.minor < 0n;
    const magnitude = negative ? -amount.minor : amount.minor;
    const special = specialCases.find((entry) => magnitude >= entry.from && magnitude <= entry.to);
    const roundedMagnitude = special === undefined ? roundSteps(magnitude, step) * step : special.roundsTo;
    const rounded = negative ? -roundedMagnitude : roundedMagnitude;
    return {
      rounded: new Money(rounded, amount.currency),
      difference: new Money(rounded - amount.minor, amount.currency),
    };
  };
}

/**
 * Rounds a cash amount with a cash-rounding policy: the tender rule of countries that have withdrawn their
 * smallest coins. Never applied to lines or the tax base, only to what is paid in cash.
 *
 * @param amount - the amount due in cash (negative for a cash refund)
 * @param policy - the policy, e.g. `getCashRoundingPreset("CH")`
 * @returns the rounded amount and the difference `rounded − amount`
 * @throws TillError CURRENCY_MISMATCH when the amount is not in the policy's currency; INVALID_INPUT,
 *   UNKNOWN_CURRENCY or INVALID_ROUNDING for a bad policy
 * @example
 * ```ts
 * applyCashRounding(parseMoney("10.03", "CHF"), getCashRoundingPreset("CH")).rounded.toString(); // "10.05"
 * applyCashRounding(parseMoney("0.02", "EUR"), getCashRoundingPreset("SK")).rounded.toString();  // "0.05"
 * ```
 * @public
 */
export function applyCashRounding(amount: Money, policy: CashRoundingPolicy): CashRoundingResult {
  return makeCashRounding(policy)(amount);
}
