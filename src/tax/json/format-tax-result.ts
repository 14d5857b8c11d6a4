import { currencyExponent } from "../../core/currency/get-currency";
import { formatScaled } from "../../core/numbers/scaled-decimal";
import type { LineResultExact, LineTaxExact, TaxResultExact } from "../compute/tax-result";
import type { ComputeTaxesOutput, LineResultJson, LineTaxJson } from "./tax-result-json";

type Format = (minor: bigint) => string;

function lineTaxJson(entry: LineTaxExact, money: Format): LineTaxJson {
  const json: LineTaxJson = {
    taxId: entry.tax.id,
    name: entry.tax.name,
    jurisdiction: entry.tax.jurisdiction,
    kind: entry.kind,
    priceIncluded: entry.pricing === "included",
    rate: entry.rate?.percent ?? null,
    base: money(entry.baseMinor),
    amount: money(entry.amountMinor),
    rule: entry.rule,
  };
  if (entry.split === undefined) return json;
  const split = entry.split.map((share) => ({
    taxId: share.tax.id,
    name: share.tax.name,
    jurisdiction: share.tax.jurisdiction,
    rate: share.rate.percent,
    amount: money(share.amountMinor),
  }));
  return { ...json, split };
}

function lineJson(line: LineResultExact, money: Format): LineResultJson {
  return {
    lineId: line.lineId,
    lineAmount: money(line.lineAmountMinor),
    manufacturerCoupons: money(line.manufacturerCouponsMinor),
    totalExcluded: money(line.untaxedMinor),
    includedTax: money(line.includedTaxMinor),
    excludedTax: money(line.excludedTaxMinor),
    tax: money(line.taxMinor),
    totalIncluded: money(line.totalMinor),
    taxes: line.taxes.map((entry) => lineTaxJson(entry, money)),
    skipped: line.skipped,
  };
}

/**
 * Writes the kernel's exact result as JSON: money as decimal text at the currency's exponent.
 *
 * @param result - the exact result
 * @returns the JSON result
 * @public
 */
export function formatTaxResult(result: TaxResultExact): ComputeTaxesOutput {
  const exponent = currencyExponent(result.currency);
  const money: Format = (minor) => formatScaled(minor, exponent);
  const totals = result.totals;
  return {
    currency: result.currency,
    date: result.date,
    policy: result.policy,
    exemption: result.exemption ?? null,
    lines: result.lines.map((line) => lineJson(line, money)),
    taxes: result.taxes.map((summary) => ({
      taxId: summary.tax.id,
      name: summary.tax.name,
      jurisdiction: summary.tax.jurisdiction,
      rate: summary.rate?.percent ?? null,
      base: money(summary.baseMinor),
      amount: money(summary.amountMinor),
    })),
    report: result.report.map((row) => ({
      jurisdiction: row.jurisdiction,
      kind: row.kind,
      rate: row.rate ?? null,
      taxIds: row.taxIds,
      base: money(row.baseMinor),
      amount: money(row.amountMinor),
    })),
    totals: {
      untaxed: money(totals.untaxedMinor),
      includedTax: money(totals.includedTaxMinor),
      excludedTax: money(totals.excludedTaxMinor),
      tax: money(totals.taxMinor),
      total: money(totals.totalMinor),
      manufacturerCoupons: money(totals.manufacturerCouponsMinor),
    },
  };
}
