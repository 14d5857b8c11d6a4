import { describe, expect, it } from "vitest";
import {
  CANADA_BRITISH_COLUMBIA,
  CANADA_ONTARIO,
  CANADA_QUEBEC,
  CANADA_QUEBEC_2012,
  CHINA_VAT,
  computeTaxes,
  EU_GERMANY_VAT,
  EU_NETHERLANDS_VAT,
  JAPAN_CONSUMPTION_TAX,
  type TaxConfiguration,
  taxConfigurationSchema,
  taxRulesFromConfiguration,
  US_CHICAGO,
  US_NEW_YORK_CITY,
} from "../../../src/tax";
import { checkTaxInvariants, line, POLICIES } from "../tax-fixtures";

const ALL = [
  US_NEW_YORK_CITY,
  US_CHICAGO,
  CANADA_ONTARIO,
  CANADA_QUEBEC,
  CANADA_QUEBEC_2012,
  CANADA_BRITISH_COLUMBIA,
  EU_NETHERLANDS_VAT,
  EU_GERMANY_VAT,
  CHINA_VAT,
  JAPAN_CONSUMPTION_TAX,
];

function taxed(configuration: TaxConfiguration, price: string, category: string) {
  const date = configuration.effective.from ?? "2026-01-01";
  return checkTaxInvariants(
    computeTaxes({
      ...taxRulesFromConfiguration(configuration, POLICIES.line),
      date,
      lines: [line("a", price, "1", category)],
    }),
  );
}

describe("ready configurations", () => {
  it.each(ALL.map((configuration) => ({ title: configuration.id, configuration })))(
    "$title is valid data with an effective date",
    ({ configuration }) => {
      expect(taxConfigurationSchema.safeParse(configuration).success).toBe(true);
      expect(configuration.effective.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  it.each([
    {
      title: "New York City: 100.00 general → 8.88",
      configuration: US_NEW_YORK_CITY,
      price: "100.00",
      category: "general",
      tax: "8.88",
      total: "108.88",
    },
    {
      title: "New York City: clothing at 109.99 → 0.00",
      configuration: US_NEW_YORK_CITY,
      price: "109.99",
      category: "clothing",
      tax: "0.00",
      total: "109.99",
    },
    {
      title: "Chicago: 100.00 → 6.25 + 1.75 + 1.25 + 1.00 = 10.25",
      configuration: US_CHICAGO,
      price: "100.00",
      category: "general",
      tax: "10.25",
      total: "110.25",
    },
    {
      title: "Ontario: 100.00 → HST 13.00",
      configuration: CANADA_ONTARIO,
      price: "100.00",
      category: "general",
      tax: "13.00",
      total: "113.00",
    },
    {
      title: "Québec: 100.00 → 5.00 + 9.98 = 114.98",
      configuration: CANADA_QUEBEC,
      price: "100.00",
      category: "general",
      tax: "14.98",
      total: "114.98",
    },
    {
      title: "Québec 2012: 100.00 → 5.00 + 9.5% of 105.00 = 114.98",
      configuration: CANADA_QUEBEC_2012,
      price: "100.00",
      category: "general",
      tax: "14.98",
      total: "114.98",
    },
    {
      title: "British Columbia: 100.00 → 5.00 + 7.00 = 112.00",
      configuration: CANADA_BRITISH_COLUMBIA,
      price: "100.00",
      category: "general",
      tax: "12.00",
      total: "112.00",
    },
    {
      title: "Netherlands: 121.00 holds 21.00 at 21%",
      configuration: EU_NETHERLANDS_VAT,
      price: "121.00",
      category: "standard",
      tax: "21.00",
      total: "121.00",
    },
    {
      title: "Netherlands: 10.90 holds 0.90 at 9%",
      configuration: EU_NETHERLANDS_VAT,
      price: "10.90",
      category: "reduced",
      tax: "0.90",
      total: "10.90",
    },
    {
      title: "Germany: 119.00 holds 19.00 at 19%",
      configuration: EU_GERMANY_VAT,
      price: "119.00",
      category: "standard",
      tax: "19.00",
      total: "119.00",
    },
    {
      title: "Germany: 10.70 holds 0.70 at 7%",
      configuration: EU_GERMANY_VAT,
      price: "10.70",
      category: "reduced",
      tax: "0.70",
      total: "10.70",
    },
    {
      title: "China: 100.00 goods → 13.00",
      configuration: CHINA_VAT,
      price: "100.00",
      category: "goods",
      tax: "13.00",
      total: "113.00",
    },
    {
      title: "China: 100.00 basic necessities → 9.00",
      configuration: CHINA_VAT,
      price: "100.00",
      category: "basic",
      tax: "9.00",
      total: "109.00",
    },
    {
      title: "China: 100.00 services → 6.00",
      configuration: CHINA_VAT,
      price: "100.00",
      category: "services",
      tax: "6.00",
      total: "106.00",
    },
    {
      title: "Japan: JPY 1100 holds 100 at 10%",
      configuration: JAPAN_CONSUMPTION_TAX,
      price: "1100",
      category: "standard",
      tax: "100",
      total: "1100",
    },
    {
      title: "Japan: JPY 1080 holds 80 at 8% reduced",
      configuration: JAPAN_CONSUMPTION_TAX,
      price: "1080",
      category: "reduced",
      tax: "80",
      total: "1080",
    },
  ])("$title", ({ configuration, price, category, tax, total }) => {
    expect(taxed(configuration, price, category).totals).toMatchObject({ tax, total });
  });

  it.each([
    { title: "national 6.24% share of 80", taxId: "jp-ct-national-6.24", amount: "62" },
    { title: "local 1.76% share of 80", taxId: "jp-ct-local-1.76", amount: "18" },
  ])("Japan reports the reduced rate by jurisdiction: $title", ({ taxId, amount }) => {
    const report = taxed(JAPAN_CONSUMPTION_TAX, "1080", "reduced").report;
    expect(report.find((row) => row.taxIds.includes(taxId))?.amount).toBe(amount);
  });
});
