import type { CompiledRate } from "../rules/tax-rules";
import type { Fraction } from "./fraction";
import { percentTaxAmount } from "./percent-tax";

/**
 * A percent of another tax on the same line (a surcharge levied on a tax, e.g. 10% of a 2.00 excise is
 * 0.20). The base is that tax's amount as computed (rounded where the scope rounds).
 *
 * @param otherTaxAmount - the amount of the tax this one is levied on
 * @param rate - the rate
 * @returns the exact amount
 * @internal
 */
export function percentOfTaxAmount(otherTaxAmount: Fraction, rate: CompiledRate): Fraction {
  return percentTaxAmount(otherTaxAmount, rate);
}
