import type { TaxConfiguration } from "./tax-configuration";

/**
 * China VAT on the price excluding tax (as on a special VAT invoice): 13% goods, 9% (transport, basic
 * necessities, agricultural products), 6% (modern services); valid from 2019-04-01.
 *
 * @public
 */
export const CHINA_VAT: TaxConfiguration = {
  id: "cn-vat",
  name: "China VAT 13% / 9% / 6%",
  effective: { from: "2019-04-01" },
  currency: "CNY",
  sources: [
    "Ministry of Finance, State Taxation Administration and General Administration of Customs, Announcement [2019] No. 39",
  ],
  categories: [
    { id: "goods", name: "Goods (13%)" },
    { id: "basic", name: "Transport, basic necessities (9%)" },
    { id: "services", name: "Modern services (6%)" },
  ],
  taxes: [
    {
      id: "cn-vat-13",
      name: "增值税 13%",
      kind: "percent",
      rate: "13",
      categories: ["goods"],
      jurisdiction: { id: "CN", level: "country", name: "China", code: "CN" },
    },
    {
      id: "cn-vat-9",
      name: "增值税 9%",
      kind: "percent",
      rate: "9",
      categories: ["basic"],
      jurisdiction: { id: "CN", level: "country", name: "China", code: "CN" },
    },
    {
      id: "cn-vat-6",
      name: "增值税 6%",
      kind: "percent",
      rate: "6",
      categories: ["services"],
      jurisdiction: { id: "CN", level: "country", name: "China", code: "CN" },
    },
  ],
};
