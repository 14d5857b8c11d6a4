import { currencyExponent } from "../../core/currency/get-currency";
import { TillError, type TillErrorPath } from "../../core/errors/till-error";
import { incrementInMinor } from "../../core/money/round-money";
import { formatScaled } from "../../core/numbers/scaled-decimal";
import { rounderFor } from "../../core/rounding/divide-rounded";
import type { TaxRoundingPolicy } from "../schema/tax-rounding-policy-schema";
import type { ResolvedTaxPolicy } from "./tax-rules";

function stepOf(policy: TaxRoundingPolicy, currency: string, path: TillErrorPath): bigint {
  const increment = policy.increment ?? formatScaled(1n, currencyExponent(currency));
  try {
    return incrementInMinor(increment, currency);
  } catch (error) {
    throw new TillError("INVALID_ROUNDING", { path: [...path, "increment"], cause: error });
  }
}

/**
 * Resolves a validated rounding policy into the kernel's record: the rounder, the step in minor units and
 * one mode per decision, so nothing downstream reads the scope-specific options again.
 *
 * @param policy - the validated policy
 * @param currency - the rule set's currency
 * @param path - where the policy sits in the input
 * @returns the resolved policy
 * @throws TillError INVALID_ROUNDING when the increment is not a whole number of minor units
 * @internal
 */
export function compileRoundingPolicy(
  policy: TaxRoundingPolicy,
  currency: string,
  path: TillErrorPath,
): ResolvedTaxPolicy {
  const lineAmounts =
    policy.scope === "line"
      ? policy.lineAmounts
      : policy.scope === "document"
        ? policy.documentLineAmounts
        : "rounded";
  const fromGross = policy.scope === "document" && policy.untaxedFromRoundedGross;
  return {
    id: policy.id,
    version: policy.version,
    scope: policy.scope,
    mode: policy.mode,
    rounder: rounderFor(policy.mode),
    stepMinor: stepOf(policy, currency, path),
    lineAmounts,
    untaxed: fromGross ? "from-rounded-gross" : "rounded-net",
  };
}
