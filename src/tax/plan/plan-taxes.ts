import { TillError, type TillErrorPath } from "../../core/errors/till-error";
import type { Money } from "../../core/money/money";
import type { TaxRules } from "../rules/tax-rules";
import { type ResolutionCache, resolveLine } from "./resolve-line";
import type { TaxDocument, TaxLine } from "./tax-document";
import type { PlannedLine, TaxPlan } from "./tax-plan";
import { assertUniqueLineIds } from "./unique-line-ids";

const MICROS = 1_000_000n;

function requireCurrency(money: Money, currency: string, path: TillErrorPath): void {
  if (money.currency !== currency) {
    throw new TillError("CURRENCY_MISMATCH", { path, details: { left: currency, right: money.currency } });
  }
}

function checkDocument(rules: TaxRules, document: TaxDocument): void {
  if (document.currency !== rules.currency) {
    throw new TillError("CURRENCY_MISMATCH", {
      path: ["currency"],
      details: { left: rules.currency, right: document.currency },
    });
  }
  const exemption = document.customer?.exemption;
  if (exemption?.scope === "categories") {
    exemption.categories.forEach((id, index) => {
      if (!rules.categoryIds.has(id)) {
        throw new TillError("UNKNOWN_TAX_CATEGORY", {
          path: ["customer", "exemption", "categories", index],
          details: { category: id },
        });
      }
    });
  }
}

function checkLine(rules: TaxRules, line: TaxLine, index: number): void {
  // Paths are built only on failure: this runs for every line of every document.
  if (line.unitPrice.currency !== rules.currency)
    requireCurrency(line.unitPrice, rules.currency, ["lines", index, "unitPrice"]);
  for (let position = 0; position < line.discounts.length; position++) {
    const amount = (line.discounts[position] as TaxLine["discounts"][number]).amount;
    if (amount.currency !== rules.currency)
      requireCurrency(amount, rules.currency, ["lines", index, "discounts", position, "amount"]);
  }
  if (!rules.categoryIds.has(line.taxCategory)) {
    throw new TillError("UNKNOWN_TAX_CATEGORY", {
      path: ["lines", index, "taxCategory"],
      details: { category: line.taxCategory },
    });
  }
}

/** Price × quantity − store discounts, in millionths of a minor unit (exact). */
function lineGrossMicros(line: TaxLine, storeMinor: bigint): bigint {
  const gross = line.unitPrice.minor * line.quantity.millionths;
  return storeMinor === 0n ? gross : gross - storeMinor * MICROS;
}

/**
 * The line amount in minor units. A whole quantity needs no rounding (the common case): the gross in
 * millionths is then an exact multiple of a million, and one division gives it.
 */
function lineAmountOf(line: TaxLine, grossMicros: bigint, rules: TaxRules): bigint {
  if (line.quantity.millionths % MICROS !== 0n) return rules.policy.rounder(grossMicros, MICROS);
  return grossMicros / MICROS;
}

function planLine(
  rules: TaxRules,
  document: TaxDocument,
  line: TaxLine,
  index: number,
  cache: ResolutionCache,
): PlannedLine {
  let storeMinor = 0n;
  let manufacturerMinor = 0n;
  for (const discount of line.discounts) {
    if (discount.funding === "store") storeMinor += discount.amount.minor;
    else manufacturerMinor += discount.amount.minor;
  }
  const grossMicros = lineGrossMicros(line, storeMinor);
  const resolution = resolveLine(rules, document, line, grossMicros, index, cache);
  if (resolution.hasIncludedFixed && line.unitPrice.minor === 0n) {
    throw new TillError("INVALID_TAX_CONFIGURATION", {
      message: "A price-included fixed tax needs a non-zero price",
      path: ["lines", index, "unitPrice"],
    });
  }
  return {
    line,
    steps: resolution.steps,
    skipped: resolution.skipped,
    grossMicros,
    lineAmountMinor: lineAmountOf(line, grossMicros, rules),
    manufacturerMinor,
    priceSign: line.unitPrice.minor < 0n ? -1n : 1n,
    stepListIndex: resolution.stepListIndex,
  };
}

/**
 * Resolves applicability for a document: for each line, which taxes apply, in ascending sequence, with
 * their resolved modes, and which are skipped and why. Applicability never touches the arithmetic: the
 * plan is all {@link computeTaxesExact} needs.
 *
 * @param rules - compiled rules (see {@link compileTaxRules})
 * @param document - the document in exact form
 * @returns the plan
 * @throws TillError CURRENCY_MISMATCH, UNKNOWN_TAX_CATEGORY, INVALID_INPUT (duplicate line id),
 *   INVALID_TAX_CONFIGURATION (included taxes that cannot be extracted, included fixed tax on a zero price)
 * @public
 */
export function planTaxes(rules: TaxRules, document: TaxDocument): TaxPlan {
  checkDocument(rules, document);
  assertUniqueLineIds(document.lines);
  for (let index = 0; index < document.lines.length; index++)
    checkLine(rules, document.lines[index] as TaxLine, index);
  const cache: ResolutionCache = {
    sets: new Map(),
    resolutions: new Map(),
    stepListCount: 0,
    hasDocumentCharges: false,
  };
  const lines: PlannedLine[] = new Array(document.lines.length);
  for (let index = 0; index < document.lines.length; index++)
    lines[index] = planLine(rules, document, document.lines[index] as TaxLine, index, cache);
  return {
    rules,
    document,
    lines,
    hasDocumentCharges: cache.hasDocumentCharges,
    stepListCount: cache.stepListCount,
  };
}
