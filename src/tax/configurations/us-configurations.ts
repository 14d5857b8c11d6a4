import type { TaxConfiguration } from "./tax-configuration";

const NEW_YORK_STATE = { id: "US-NY", level: "state", name: "New York State", code: "NY" } as const;
const NEW_YORK_CITY = { id: "US-NY-NYC", level: "city", name: "New York City", code: "NYC" } as const;
const MCTD = {
  id: "US-NY-MCTD",
  level: "district",
  name: "Metropolitan Commuter Transportation District",
  code: "MCTD",
} as const;

/**
 * New York City: New York State 4% + New York City 4.5% + MCTD 0.375% = 8.875%, as one combined rate rounded
 * once (how the city's sales tax is charged), split by jurisdiction for the report. Clothing and footwear sold
 * for less than 110.00 per item are exempt from all three in the city (NY Publication 718-C), so eligible
 * items carry 0%. Valid from 2012-04-01, when the state's own 4% exemption under 110.00 returned; the city
 * rate is 4.5% since 2009-08-01 and the MCTD rate 0.375% since 2005-06-01.
 *
 * @public
 */
export const US_NEW_YORK_CITY: TaxConfiguration = {
  id: "us-ny-nyc",
  name: "New York City sales tax (8.875%)",
  effective: { from: "2012-04-01" },
  currency: "USD",
  sources: ["NY Department of Taxation and Finance, Publication 718 and 718-C"],
  categories: [
    { id: "general", name: "General merchandise" },
    { id: "clothing", name: "Clothing and footwear (eligible items)" },
  ],
  taxes: [
    {
      id: "us-ny-nyc-combined",
      name: "NYC sales tax",
      kind: "group",
      mode: "combined",
      sequence: 10,
      jurisdiction: NEW_YORK_CITY,
      children: ["us-ny-state", "us-ny-nyc", "us-ny-mctd"],
    },
    {
      id: "us-ny-state",
      name: "New York State sales tax",
      kind: "percent",
      rate: "4",
      sequence: 10,
      jurisdiction: NEW_YORK_STATE,
    },
    {
      id: "us-ny-nyc",
      name: "New York City local sales tax",
      kind: "percent",
      rate: "4.5",
      sequence: 11,
      jurisdiction: NEW_YORK_CITY,
    },
    {
      id: "us-ny-mctd",
      name: "MCTD surcharge",
      kind: "percent",
      rate: "0.375",
      sequence: 12,
      jurisdiction: MCTD,
    },
  ],
  exemptionRules: [
    {
      id: "us-ny-clothing-under-110",
      name: "Clothing and footwear under 110.00 per item",
      taxes: ["us-ny-state", "us-ny-nyc", "us-ny-mctd"],
      categories: ["clothing"],
      unitPriceBelow: { amount: "110.00", currency: "USD" },
      effective: { from: "2012-04-01" },
    },
  ],
};

/**
 * Chicago, Illinois: a four-level stack charged as individual taxes — Illinois 6.25% (state), Cook County
 * 1.75% (county), City of Chicago 1.25% (city), Regional Transportation Authority 1% (district) = 10.25% on
 * general merchandise. Valid from 2016-01-01, when Cook County's rate went from 0.75% to 1.75%.
 *
 * @public
 */
export const US_CHICAGO: TaxConfiguration = {
  id: "us-il-chicago",
  name: "Chicago sales tax stack (10.25%)",
  effective: { from: "2016-01-01" },
  currency: "USD",
  sources: ["Illinois Department of Revenue, Tax Rate Database (ST-1 rates for Chicago, Cook County)"],
  categories: [{ id: "general", name: "General merchandise" }],
  taxes: [
    {
      id: "us-il-state",
      name: "Illinois state sales tax",
      kind: "percent",
      rate: "6.25",
      sequence: 10,
      categories: ["general"],
      jurisdiction: { id: "US-IL", level: "state", name: "Illinois", code: "IL" },
    },
    {
      id: "us-il-cook",
      name: "Cook County sales tax",
      kind: "percent",
      rate: "1.75",
      sequence: 11,
      categories: ["general"],
      jurisdiction: { id: "US-IL-COOK", level: "county", name: "Cook County", code: "031" },
    },
    {
      id: "us-il-chicago",
      name: "City of Chicago sales tax",
      kind: "percent",
      rate: "1.25",
      sequence: 12,
      categories: ["general"],
      jurisdiction: { id: "US-IL-CHICAGO", level: "city", name: "Chicago", code: "CHI" },
    },
    {
      id: "us-il-rta",
      name: "RTA sales tax",
      kind: "percent",
      rate: "1",
      sequence: 13,
      categories: ["general"],
      jurisdiction: {
        id: "US-IL-RTA",
        level: "district",
        name: "Regional Transportation Authority",
        code: "RTA",
      },
    },
  ],
};
