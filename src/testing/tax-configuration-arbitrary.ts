import fc from "fast-check";
import { currencyExponent } from "../core/currency/get-currency";
import { TillError } from "../core/errors/till-error";
import {
  CANADA_BRITISH_COLUMBIA,
  CANADA_ONTARIO,
  CANADA_QUEBEC,
} from "../tax/configurations/canada-configurations";
import { CHINA_VAT } from "../tax/configurations/china-vat";
import { EU_GERMANY_VAT, EU_NETHERLANDS_VAT } from "../tax/configurations/eu-vat-configurations";
import { JAPAN_CONSUMPTION_TAX } from "../tax/configurations/japan-consumption-tax";
import { type TaxConfiguration, taxRulesFromConfiguration } from "../tax/configurations/tax-configuration";
import { US_CHICAGO, US_NEW_YORK_CITY } from "../tax/configurations/us-configurations";
import type { TaxDefinitionInput } from "../tax/schema/tax-definition-schema";
import type { TaxRoundingPolicyInput } from "../tax/schema/tax-rounding-policy-schema";
import type { TaxRulesInput } from "../tax/schema/tax-rules-schema";
import { rateArbitrary } from "./rate-arbitrary";

/**
 * The ready configurations {@link taxConfigurationArbitrary} draws from, by jurisdiction key.
 *
 * @public
 */
export const READY_TAX_CONFIGURATIONS: Readonly<Record<string, TaxConfiguration>> = {
  DE: EU_GERMANY_VAT,
  NL: EU_NETHERLANDS_VAT,
  JP: JAPAN_CONSUMPTION_TAX,
  CN: CHINA_VAT,
  "CA-ON": CANADA_ONTARIO,
  "CA-QC": CANADA_QUEBEC,
  "CA-BC": CANADA_BRITISH_COLUMBIA,
  "US-NYC": US_NEW_YORK_CITY,
  "US-CHI": US_CHICAGO,
};

/**
 * Knobs of {@link taxConfigurationArbitrary}.
 *
 * @public
 */
export interface TaxConfigurationConstraints {
  /**
   * A key of {@link READY_TAX_CONFIGURATIONS}, or "generated" for 1 to 3 generated percent taxes.
   * Default: any ready configuration or a generated one.
   */
  readonly jurisdiction?: string;
  /** Currency of generated rules. Default: "EUR". */
  readonly currency?: string;
}

/**
 * Tax rules that compile, with the categories and a date they apply to.
 *
 * @public
 */
export interface GeneratedTaxConfiguration {
  /** The jurisdiction key, or "generated". */
  readonly jurisdiction: string;
  /** Input of `compileTaxRules` / the rules half of `computeTaxes`. */
  readonly rules: TaxRulesInput;
  /** The category ids of the rules, for catalogs and tax lines. */
  readonly categories: readonly string[];
  /** A date (YYYY-MM-DD) inside the rules' effective range. */
  readonly date: string;
}

const roundingArbitrary: fc.Arbitrary<TaxRoundingPolicyInput> = fc.record({
  id: fc.constant("generated-rounding"),
  version: fc.constant(1),
  mode: fc.constantFrom("half-up" as const, "half-even" as const),
  scope: fc.constantFrom("line" as const, "unit" as const, "document" as const),
});

function readyArbitrary(
  key: string,
  configuration: TaxConfiguration,
): fc.Arbitrary<GeneratedTaxConfiguration> {
  return roundingArbitrary.map((rounding) => ({
    jurisdiction: key,
    rules: taxRulesFromConfiguration(configuration, rounding),
    categories: configuration.categories.map((category) => category.id),
    date: configuration.effective.from ?? "2026-01-01",
  }));
}

function generatedArbitrary(currency: string): fc.Arbitrary<GeneratedTaxConfiguration> {
  const jurisdiction = { id: "GEN", level: "country" as const, name: "Generated", code: "GEN" };
  return fc
    .record({
      rates: fc.array(rateArbitrary({ maxPercent: 27 }), { minLength: 1, maxLength: 3 }),
      priceIncluded: fc.boolean(),
      rounding: roundingArbitrary,
    })
    .map(({ rates, priceIncluded, rounding }) => {
      const categories = rates.map((_, index) => `cat-${index + 1}`);
      const taxes: TaxDefinitionInput[] = rates.map((rate, index) => ({
        id: `tax-${index + 1}`,
        name: `Tax ${rate}%`,
        kind: "percent",
        rate,
        priceIncluded,
        categories: [`cat-${index + 1}`],
        jurisdiction,
      }));
      const rules: TaxRulesInput = {
        currency,
        categories: categories.map((id) => ({ id })),
        taxes,
        rounding: { ...rounding, increment: incrementOf(currency) },
      };
      return { jurisdiction: "generated", rules, categories, date: "2026-01-01" };
    });
}

// The smallest coin of the currency: 0.01 for EUR, 1 for JPY, 0.001 for KWD.
function incrementOf(currency: string): string {
  const exponent = currencyExponent(currency);
  return exponent === 0 ? "1" : `0.${"0".repeat(exponent - 1)}1`;
}

/**
 * Valid tax configurations: the tax room's ready configurations (Germany, Netherlands, Japan, China,
 * Canada, US cities) with a generated rounding policy, or 1 to 3 generated percent taxes. Every value
 * compiles with `compileTaxRules`.
 *
 * @param constraints - see {@link TaxConfigurationConstraints}
 * @returns an arbitrary of {@link GeneratedTaxConfiguration}
 * @throws TillError INVALID_INPUT for an unknown jurisdiction key
 * @example
 * ```ts
 * fc.assert(fc.property(taxConfigurationArbitrary({ jurisdiction: "DE" }), ({ rules }) => {
 *   compileTaxRules(rules);
 * }));
 * ```
 * @public
 */
export function taxConfigurationArbitrary(
  constraints: TaxConfigurationConstraints = {},
): fc.Arbitrary<GeneratedTaxConfiguration> {
  const generated = generatedArbitrary(constraints.currency ?? "EUR");
  const key = constraints.jurisdiction;
  if (key === "generated") return generated;
  const ready = Object.entries(READY_TAX_CONFIGURATIONS).filter(
    ([name]) => key === undefined || name === key,
  );
  if (ready.length === 0) throw new TillError("INVALID_INPUT", { path: ["jurisdiction"], details: { key } });
  return fc.oneof(
    ...ready.map(([name, configuration]) => readyArbitrary(name, configuration)),
    ...(key === undefined ? [generated] : []),
  );
}
