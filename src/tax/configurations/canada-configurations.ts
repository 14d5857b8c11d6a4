import type { TaxConfiguration } from "./tax-configuration";

const CANADA = { id: "CA", level: "country", name: "Canada", code: "CA" } as const;
const QUEBEC = { id: "CA-QC", level: "province", name: "Québec", code: "QC" } as const;
const GST = {
  id: "ca-gst",
  name: "GST",
  kind: "percent",
  rate: "5",
  sequence: 10,
  jurisdiction: CANADA,
} as const;
const GENERAL = [{ id: "general", name: "Taxable supplies" }];

/**
 * Ontario: HST 13% (5% federal + 8% provincial, one harmonized tax), valid from 2010-07-01.
 *
 * @public
 */
export const CANADA_ONTARIO: TaxConfiguration = {
  id: "ca-on",
  name: "Ontario HST 13%",
  effective: { from: "2010-07-01" },
  currency: "CAD",
  sources: ["Canada Revenue Agency, GST/HST rates"],
  categories: GENERAL,
  taxes: [
    {
      id: "ca-on-hst",
      name: "HST",
      kind: "percent",
      rate: "13",
      sequence: 10,
      jurisdiction: { id: "CA-ON", level: "province", name: "Ontario", code: "ON" },
    },
  ],
};

/**
 * Québec: GST 5% and QST 9.975%, both on the price (in parallel), valid from 2013-01-01. 100.00 → 114.98.
 *
 * @public
 */
export const CANADA_QUEBEC: TaxConfiguration = {
  id: "ca-qc",
  name: "Québec GST 5% + QST 9.975%",
  effective: { from: "2013-01-01" },
  currency: "CAD",
  sources: ["Revenu Québec, QST rate history", "Canada Revenue Agency, GST/HST rates"],
  categories: GENERAL,
  taxes: [
    GST,
    { id: "ca-qc-qst", name: "QST", kind: "percent", rate: "9.975", sequence: 20, jurisdiction: QUEBEC },
  ],
};

/**
 * Québec in 2012: QST 9.5% on the price plus GST (tax on tax), valid 2012-01-01 to 2012-12-31. 100.00 → GST
 * 5.00, QST 9.5% of 105.00 = 9.975 → 9.98, total 114.98.
 *
 * @public
 */
export const CANADA_QUEBEC_2012: TaxConfiguration = {
  id: "ca-qc-2012",
  name: "Québec 2012: GST 5% + QST 9.5% on price plus GST",
  effective: { from: "2012-01-01", to: "2012-12-31" },
  currency: "CAD",
  sources: ["Revenu Québec, QST rate history"],
  categories: GENERAL,
  taxes: [
    GST,
    {
      id: "ca-qc-qst-2012",
      name: "QST",
      kind: "percent",
      rate: "9.5",
      base: "net-plus-prior-taxes",
      sequence: 20,
      jurisdiction: QUEBEC,
    },
  ],
};

/**
 * British Columbia: GST 5% + PST 7%, both on the price, valid from 2013-04-01 (PST reinstated after the HST).
 *
 * @public
 */
export const CANADA_BRITISH_COLUMBIA: TaxConfiguration = {
  id: "ca-bc",
  name: "British Columbia GST 5% + PST 7%",
  effective: { from: "2013-04-01" },
  currency: "CAD",
  sources: ["Government of British Columbia, PST rates", "Canada Revenue Agency, GST/HST rates"],
  categories: GENERAL,
  taxes: [
    GST,
    {
      id: "ca-bc-pst",
      name: "PST",
      kind: "percent",
      rate: "7",
      sequence: 20,
      jurisdiction: { id: "CA-BC", level: "province", name: "British Columbia", code: "BC" },
    },
  ],
};
