import { TillError, type TillErrorPath } from "../../core/errors/till-error";
import { parseMoney } from "../../core/money/create-money";
import type { TaxDefinition } from "../schema/tax-definition-schema";
import { compileRate } from "./compile-rate";
import type { CompiledRate, CompiledTax, TaxCalculation } from "./tax-rules";

function checkedRate(definition: TaxDefinition & { rate: string }, path: TillErrorPath): CompiledRate {
  const rate = compileRate(definition.rate, [...path, "rate"]);
  if (rate.units < 0n && !definition.withholding) {
    throw new TillError("NEGATIVE_TAX_RATE", { path: [...path, "rate"], details: { taxId: definition.id } });
  }
  return rate;
}

function checkedAmount(
  definition: TaxDefinition & { amount: string; currency: string },
  currency: string,
  path: TillErrorPath,
): bigint {
  if (definition.currency !== currency) {
    throw new TillError("CURRENCY_MISMATCH", {
      message: `Tax ${definition.id} is in ${definition.currency}, the rules in ${currency}`,
      path: [...path, "currency"],
      details: { left: currency, right: definition.currency },
    });
  }
  const minor = parseMoney(definition.amount, currency, { path: [...path, "amount"] }).minor;
  if (minor < 0n && !definition.withholding) {
    throw new TillError("NEGATIVE_TAX_RATE", {
      path: [...path, "amount"],
      details: { taxId: definition.id },
    });
  }
  return minor;
}

function divisionRate(definition: TaxDefinition & { rate: string }, path: TillErrorPath): CompiledRate {
  const rate = checkedRate(definition, path);
  // rate / (1 − rate) is undefined at 100% and meaningless above.
  if (rate.units >= rate.divisor) {
    throw new TillError("INVALID_TAX_CONFIGURATION", {
      message: "A division tax needs a rate below 100%",
      path: [...path, "rate"],
    });
  }
  return rate;
}

function calculationOf(definition: TaxDefinition, currency: string, path: TillErrorPath): TaxCalculation {
  const pricing = (included: boolean) => (included ? "included" : "excluded");
  switch (definition.kind) {
    case "percent":
      return {
        type: "percent",
        rate: checkedRate(definition, path),
        base: definition.base,
        pricing: pricing(definition.priceIncluded),
      };
    case "division":
      return {
        type: "division",
        rate: divisionRate(definition, path),
        base: definition.base,
        pricing: pricing(definition.priceIncluded),
      };
    case "fixed":
      return {
        type: "fixed",
        amountMinor: checkedAmount(definition, currency, path),
        pricing: pricing(definition.priceIncluded),
      };
    case "group":
      return { type: "group", mode: definition.mode, childIds: definition.children };
    case "document-charge":
      return { type: "document-charge", amountMinor: checkedAmount(definition, currency, path) };
    case "percent-of-tax":
      return { type: "percent-of-tax", rate: checkedRate(definition, path), ofTaxId: definition.of };
    case "cumulative-base":
      return {
        type: "cumulative-base",
        rate: checkedRate(definition, path),
        cumulativeOf: definition.cumulativeOf,
      };
  }
}

/**
 * Compiles one validated tax definition into kernel form: exact rates, minor-unit amounts, sets.
 *
 * @param definition - the validated definition
 * @param inputIndex - its position in the input, for error paths
 * @param currency - the rule set's currency
 * @param basePath - where the taxes list sits in the input
 * @returns the compiled tax
 * @throws TillError NEGATIVE_TAX_RATE, CURRENCY_MISMATCH, MONEY_PRECISION, INVALID_TAX_CONFIGURATION
 * @internal
 */
export function compileTaxDefinition(
  definition: TaxDefinition,
  inputIndex: number,
  currency: string,
  basePath: TillErrorPath,
): CompiledTax {
  const path = [...basePath, inputIndex];
  const calculation = calculationOf(definition, currency, path);
  const rate = "rate" in calculation ? calculation.rate.percent : "";
  return {
    id: definition.id,
    name: definition.name,
    jurisdiction: definition.jurisdiction,
    sequence: definition.sequence,
    withholding: definition.withholding,
    inputIndex,
    categories: definition.categories === undefined ? undefined : new Set(definition.categories),
    lineKinds: definition.lineKinds === undefined ? undefined : new Set(definition.lineKinds),
    effective: definition.effective,
    calculation,
    reportKey: `${definition.jurisdiction.id}\u0000${calculation.type}\u0000${rate}`,
  };
}
