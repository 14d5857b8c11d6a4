import type { TaxConfiguration } from "./tax-configuration";

const JAPAN = { id: "JP", level: "country", name: "Japan", code: "JP" } as const;
const JAPAN_LOCAL = {
  id: "JP-LOCAL",
  level: "province",
  name: "Local consumption tax (prefectures)",
  code: "JP-LOCAL",
} as const;

/**
 * Japan consumption tax with prices including tax (total-price display): 10% standard (national 7.8% + local
 * 2.2%) and 8% reduced for food and newspapers (national 6.24% + local 1.76%), each charged as one combined
 * rate with the national/local split for information; valid from 2019-10-01. JPY 1100 holds 100 of tax.
 *
 * @public
 */
export const JAPAN_CONSUMPTION_TAX: TaxConfiguration = {
  id: "jp-consumption-tax",
  name: "Japan consumption tax 10% / 8% reduced (prices include tax)",
  effective: { from: "2019-10-01" },
  currency: "JPY",
  sources: ["National Tax Agency, consumption tax reduced rate system"],
  categories: [
    { id: "standard", name: "Standard rate" },
    { id: "reduced", name: "Reduced rate (food and beverages, newspapers)" },
  ],
  taxes: [
    {
      id: "jp-ct-10",
      name: "消費税 10%",
      kind: "group",
      mode: "combined",
      categories: ["standard"],
      jurisdiction: JAPAN,
      children: ["jp-ct-national-7.8", "jp-ct-local-2.2"],
    },
    {
      id: "jp-ct-8",
      name: "消費税 8% (軽減税率)",
      kind: "group",
      mode: "combined",
      categories: ["reduced"],
      jurisdiction: JAPAN,
      children: ["jp-ct-national-6.24", "jp-ct-local-1.76"],
    },
    {
      id: "jp-ct-national-7.8",
      name: "Consumption tax (national)",
      kind: "percent",
      rate: "7.8",
      priceIncluded: true,
      jurisdiction: JAPAN,
    },
    {
      id: "jp-ct-local-2.2",
      name: "Local consumption tax",
      kind: "percent",
      rate: "2.2",
      priceIncluded: true,
      jurisdiction: JAPAN_LOCAL,
    },
    {
      id: "jp-ct-national-6.24",
      name: "Consumption tax (national, reduced)",
      kind: "percent",
      rate: "6.24",
      priceIncluded: true,
      jurisdiction: JAPAN,
    },
    {
      id: "jp-ct-local-1.76",
      name: "Local consumption tax (reduced)",
      kind: "percent",
      rate: "1.76",
      priceIncluded: true,
      jurisdiction: JAPAN_LOCAL,
    },
  ],
};
