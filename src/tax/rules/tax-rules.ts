import type { RatioRounder } from "../../core/rounding/divide-rounded";
import type { Jurisdiction } from "../schema/jurisdiction-schema";
import type { EffectiveRange } from "../schema/tax-decimal-schema";
import type { LineKind, TaxBaseMode } from "../schema/tax-definition-schema";

/**
 * An exact rate as a fraction of one, with its divisor precomputed for the hot path: 9.975% is
 * `{ units: 9975n, scale: 5, divisor: 100000n, percent: "9.975" }`.
 *
 * @public
 */
export interface CompiledRate {
  readonly units: bigint;
  readonly scale: number;
  readonly divisor: bigint;
  /** The rate as percent text, as reported. */
  readonly percent: string;
}

/**
 * Whether a tax sits inside the shelf price or is added on top.
 *
 * @public
 */
export type TaxPricing = "included" | "excluded";

/**
 * How one tax computes, resolved from its definition; one variant per tax kind.
 *
 * @public
 */
export type TaxCalculation =
  | {
      readonly type: "percent";
      readonly rate: CompiledRate;
      readonly base: TaxBaseMode;
      readonly pricing: TaxPricing;
    }
  | {
      readonly type: "division";
      readonly rate: CompiledRate;
      readonly base: TaxBaseMode;
      readonly pricing: TaxPricing;
    }
  | { readonly type: "fixed"; readonly amountMinor: bigint; readonly pricing: TaxPricing }
  | { readonly type: "group"; readonly mode: "individual" | "combined"; readonly childIds: readonly string[] }
  | { readonly type: "document-charge"; readonly amountMinor: bigint }
  | { readonly type: "percent-of-tax"; readonly rate: CompiledRate; readonly ofTaxId: string }
  | {
      readonly type: "cumulative-base";
      readonly rate: CompiledRate;
      readonly cumulativeOf: readonly string[];
    };

/**
 * One validated tax definition in kernel form.
 *
 * @public
 */
export interface CompiledTax {
  readonly id: string;
  readonly name: string;
  readonly jurisdiction: Jurisdiction;
  readonly sequence: number;
  readonly withholding: boolean;
  /** Position in the input's `taxes`, for error paths. */
  readonly inputIndex: number;
  readonly categories: ReadonlySet<string> | undefined;
  readonly lineKinds: ReadonlySet<LineKind> | undefined;
  readonly effective: EffectiveRange | undefined;
  readonly calculation: TaxCalculation;
  /** Jurisdiction, kind and rate as one key: the row of the jurisdiction report this tax adds to. */
  readonly reportKey: string;
}

/**
 * One validated exemption rule in kernel form.
 *
 * @public
 */
export interface CompiledExemptionRule {
  readonly id: string;
  readonly taxIds: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
  /** Exempt only while the unit price is strictly below this (minor units). */
  readonly unitPriceBelowMinor: bigint | undefined;
  readonly effective: EffectiveRange | undefined;
}

/**
 * The rounding policy resolved into the records the kernel runs on.
 *
 * @public
 */
export interface ResolvedTaxPolicy {
  readonly id: string;
  readonly version: number;
  readonly scope: "line" | "unit" | "document";
  readonly mode: "half-up" | "half-even";
  readonly rounder: RatioRounder;
  /** The increment of tax amounts in minor units (1n for 0.01 EUR, 5n for 0.05). */
  readonly stepMinor: bigint;
  /** Whether line amounts (price × quantity − store discounts) are rounded before taxes see them. */
  readonly lineAmounts: "rounded" | "raw";
  /** Where the untaxed amount of a line comes from. */
  readonly untaxed: "rounded-net" | "from-rounded-gross";
}

/**
 * A compiled tax rule set: validated once, used for every document.
 *
 * @public
 */
export interface TaxRules {
  readonly currency: string;
  readonly categoryIds: ReadonlySet<string>;
  readonly taxes: ReadonlyMap<string, CompiledTax>;
  /** Taxes that are nobody's group child, in ascending sequence (ties by id). */
  readonly topLevel: readonly CompiledTax[];
  readonly exemptionRules: readonly CompiledExemptionRule[];
  /** Categories some unit-price threshold covers: their lines are resolved one by one. */
  readonly thresholdCategories: ReadonlySet<string>;
  readonly policy: ResolvedTaxPolicy;
}
