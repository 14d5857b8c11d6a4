import { makeCashRounding } from "../cash-rounding/apply-cash-rounding";
import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { type TenderPolicy, type TenderPolicyInput, tenderPolicySchema } from "./tender-policy";

/**
 * Validates a tender policy once; the tender functions take the result.
 *
 * @param input - the policy as configured
 * @returns the validated policy with defaults filled in
 * @throws TillError INVALID_INPUT with the field path; INVALID_ROUNDING; CURRENCY_MISMATCH when the
 *   cash-rounding policy is for another currency
 * @example
 * ```ts
 * const policy = makeTenderPolicy({ currency: "EUR", cashRounding: getCashRoundingPreset("SK") });
 * ```
 * @public
 */
export function makeTenderPolicy(input: TenderPolicyInput): TenderPolicy {
  const policy = parseWith(tenderPolicySchema, input, ["policy"]);
  if (policy.cashRounding !== undefined) {
    makeCashRounding(policy.cashRounding);
    if (policy.cashRounding.currency !== policy.currency) {
      throw new TillError("CURRENCY_MISMATCH", { path: ["policy", "cashRounding", "currency"] });
    }
  }
  return policy;
}
