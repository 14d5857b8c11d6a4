import type { TaxConfiguration } from "./tax-configuration";

const STANDARD_AND_REDUCED = [
  { id: "standard", name: "Standard rate" },
  { id: "reduced", name: "Reduced rate" },
];

/**
 * Netherlands VAT (BTW) with prices including tax: 21% standard (since 2012-10-01) and 9% reduced (since
 * 2019-01-01); valid from 2019-01-01. 121.00 holds 21.00 of VAT.
 *
 * @public
 */
export const EU_NETHERLANDS_VAT: TaxConfiguration = {
  id: "eu-nl-vat",
  name: "Netherlands VAT 21% / 9% (prices include VAT)",
  effective: { from: "2019-01-01" },
  currency: "EUR",
  sources: ["Belastingdienst, btw-tarieven"],
  categories: STANDARD_AND_REDUCED,
  taxes: [
    {
      id: "nl-vat-21",
      name: "BTW 21%",
      kind: "percent",
      rate: "21",
      priceIncluded: true,
      categories: ["standard"],
      jurisdiction: { id: "NL", level: "country", name: "Netherlands", code: "NL" },
    },
    {
      id: "nl-vat-9",
      name: "BTW 9%",
      kind: "percent",
      rate: "9",
      priceIncluded: true,
      categories: ["reduced"],
      jurisdiction: { id: "NL", level: "country", name: "Netherlands", code: "NL" },
    },
  ],
};

/**
 * Germany VAT (USt) with prices including tax: 19% standard and 7% reduced, valid from 2021-01-01 (after
 * the temporary 16% / 5% of 2020-07-01 to 2020-12-31). 119.00 holds 19.00 of VAT.
 *
 * @public
 */
export const EU_GERMANY_VAT: TaxConfiguration = {
  id: "eu-de-vat",
  name: "Germany VAT 19% / 7% (prices include VAT)",
  effective: { from: "2021-01-01" },
  currency: "EUR",
  sources: ["Umsatzsteuergesetz §12"],
  categories: STANDARD_AND_REDUCED,
  taxes: [
    {
      id: "de-vat-19",
      name: "USt 19%",
      kind: "percent",
      rate: "19",
      priceIncluded: true,
      categories: ["standard"],
      jurisdiction: { id: "DE", level: "country", name: "Germany", code: "DE" },
    },
    {
      id: "de-vat-7",
      name: "USt 7%",
      kind: "percent",
      rate: "7",
      priceIncluded: true,
      categories: ["reduced"],
      jurisdiction: { id: "DE", level: "country", name: "Germany", code: "DE" },
    },
  ],
};
