import type { CashRoundingPolicy } from "./cash-rounding-policy";

/**
 * Countries with a shipped cash-rounding preset (ISO 3166-1 alpha-2).
 *
 * @public
 */
export const CASH_ROUNDING_COUNTRIES = [
  "AU",
  "BE",
  "CA",
  "CH",
  "CZ",
  "DK",
  "FI",
  "HU",
  "IE",
  "IT",
  "NL",
  "NO",
  "NZ",
  "SE",
  "SK",
] as const;

/**
 * A country with a shipped cash-rounding preset, see {@link CASH_ROUNDING_COUNTRIES}.
 *
 * @public
 */
export type CashRoundingCountry = (typeof CASH_ROUNDING_COUNTRIES)[number];

/**
 * Cash-rounding rules of the countries that no longer use their smallest coins. Every preset rounds the
 * total paid in cash, never a line or the tax base. With a 0.05 step and cent amounts a tie (x.x25) cannot
 * occur, so `tie` only matters for the coarser steps (DKK 0.50, SEK/NOK/CZK 1, HUF 5, NZD 0.10).
 *
 * Use {@link getCashRoundingPreset} to read one; the objects here are shared, so do not change them.
 *
 * @public
 */
export const cashRoundingPresets = {
  /**
   * Australia: 1- and 2-cent coins withdrawn from 1992; cash totals round to 0.05 (1, 2 cents down;
   * 3, 4 up; 6, 7 down; 8, 9 up) per the Treasury/ACCC guidance. Card payments stay exact.
   */
  AU: {
    id: "cash-rounding-au",
    version: 1,
    currency: "AUD",
    step: "0.05",
    tie: "half-up",
    appliesTo: "cash-part",
    description: "AUD cash totals to 0.05 since the 1- and 2-cent coins were withdrawn (1992).",
  },
  /**
   * Belgium: mandatory since 1 December 2019 for companies in the sense of Book VI of the Code of Economic
   * Law (optional since 1 October 2014): the total paid in cash by a consumer who is present rounds to 0.05; an amount under 0.05 is not
   * rounded (the special cases keep 0.01 to 0.04 exact). Electronic payments stay exact unless the store
   * chooses to round every tender.
   */
  BE: {
    id: "cash-rounding-be",
    version: 1,
    currency: "EUR",
    step: "0.05",
    tie: "half-up",
    appliesTo: "cash-only-payment",
    specialCases: [
      { from: "0.01", to: "0.01", roundsTo: "0.01" },
      { from: "0.02", to: "0.02", roundsTo: "0.02" },
      { from: "0.03", to: "0.03", roundsTo: "0.03" },
      { from: "0.04", to: "0.04", roundsTo: "0.04" },
    ],
    description: "EUR cash totals to 0.05 (mandatory since 2019-12-01); amounts under 0.05 are not rounded.",
  },
  /**
   * Canada: the penny was no longer distributed from 4 February 2013; cash totals (after GST/HST) round to
   * 0.05 (1, 2 cents down; 3, 4 up; 6, 7 down; 8, 9 up) per the Government of Canada guidelines.
   * Cheques and electronic payments stay exact to the cent.
   */
  CA: {
    id: "cash-rounding-ca",
    version: 1,
    currency: "CAD",
    step: "0.05",
    tie: "half-up",
    appliesTo: "cash-part",
    description: "CAD cash totals to 0.05 since the penny was withdrawn (2013-02-04).",
  },
  /**
   * Switzerland: the 1-Rappen coin ceased to be legal tender on 1 January 2007, the smallest coin is 5 Rappen;
   * cash totals round commercially to 0.05 (10.02 → 10.00, 10.03 → 10.05).
   */
  CH: {
    id: "cash-rounding-ch",
    version: 1,
    currency: "CHF",
    step: "0.05",
    tie: "half-up",
    appliesTo: "cash-part",
    description: "CHF cash totals to 0.05 (5 Rappen is the smallest coin since 2007).",
  },
  /**
   * Czechia: the 50-haléř coin ceased to be legal tender on 1 September 2008; a cash payment rounds to
   * whole koruna, 0.01–0.49 down and 0.50–0.99 up. Card payments stay exact to the haléř.
   */
  CZ: {
    id: "cash-rounding-cz",
    version: 1,
    currency: "CZK",
    step: "1",
    tie: "half-up",
    appliesTo: "cash-part",
    description: "CZK cash payments to whole koruna, 0.50 up (since 2008-09-01).",
  },
  /**
   * Denmark: the 25-øre coin was withdrawn on 1 October 2008; cash totals round to 0.50 kroner:
   * 0.01–0.24 down to 0.00, 0.25–0.74 to 0.50, 0.75–0.99 up (so 10.25 → 10.50).
   */
  DK: {
    id: "cash-rounding-dk",
    version: 1,
    currency: "DKK",
    step: "0.50",
    tie: "half-up",
    appliesTo: "cash-part",
    description: "DKK cash totals to 0.50, 0.25 up (since the 25-øre coin went on 2008-10-01).",
  },
  /**
   * Finland: since the euro cash changeover on 1 January 2002 cash totals round to 0.05 (1, 2 cents down;
   * 3, 4 up; 6, 7 down; 8, 9 up); 1- and 2-cent coins stay legal tender. Card payments stay exact.
   */
  FI: {
    id: "cash-rounding-fi",
    version: 1,
    currency: "EUR",
    step: "0.05",
    tie: "half-up",
    appliesTo: "cash-part",
    description: "EUR cash totals to 0.05 (since 2002).",
  },
  /**
   * Hungary: the 1- and 2-forint coins were withdrawn on 1 March 2008; cash totals round to 5 forints
   * (endings 1, 2 down to 0; 3–7 to 5; 8, 9 up to 10). Card payments stay exact.
   */
  HU: {
    id: "cash-rounding-hu",
    version: 1,
    currency: "HUF",
    step: "5",
    tie: "half-up",
    appliesTo: "cash-part",
    description: "HUF cash totals to 5 forints (since 2008-03-01).",
  },
  /**
   * Ireland: the national rounding scheme (Department of Finance and Central Bank), from 28 October 2015: cash totals
   * round to 0.05 (1, 2 cents down; 3, 4 up; 6, 7 down; 8, 9 up). Voluntary; 1- and 2-cent coins stay
   * legal tender.
   */
  IE: {
    id: "cash-rounding-ie",
    version: 1,
    currency: "EUR",
    step: "0.05",
    tie: "half-up",
    appliesTo: "cash-part",
    description: "EUR cash totals to 0.05 (national rounding scheme since 2015-10-28).",
  },
  /**
   * Italy: minting of 1- and 2-cent coins was suspended from 1 January 2018 (Law 96/2017); the total paid
   * in cash rounds to 0.05 (1, 2 cents down; 3, 4 up; 6, 7 down; 8, 9 up). Electronic payments stay exact.
   */
  IT: {
    id: "cash-rounding-it",
    version: 1,
    currency: "EUR",
    step: "0.05",
    tie: "half-up",
    appliesTo: "cash-part",
    description: "EUR cash totals to 0.05 (since 2018-01-01).",
  },
  /**
   * Netherlands: since 1 September 2004 retailers round the cash total to 0.05 (1, 2 cents down; 3, 4 up;
   * 6, 7 down; 8, 9 up), by agreement within the national payments forum. Card payments stay exact.
   */
  NL: {
    id: "cash-rounding-nl",
    version: 1,
    currency: "EUR",
    step: "0.05",
    tie: "half-up",
    appliesTo: "cash-part",
    description: "EUR cash totals to 0.05 (since 2004-09-01).",
  },
  /**
   * Norway: the 50-øre coin ceased to be legal tender on 1 May 2012 (regulation of 16 March 2011 no. 294);
   * amounts paid in coin round to whole kroner: 1–49 øre down, 50–99 øre up. Account payments are not
   * rounded.
   */
  NO: {
    id: "cash-rounding-no",
    version: 1,
    currency: "NOK",
    step: "1",
    tie: "half-up",
    appliesTo: "cash-part",
    description: "NOK cash payments to whole kroner, 0.50 up (since 2012-05-01).",
  },
  /**
   * New Zealand: the 5-cent coin was withdrawn in 2006; cash totals round to 0.10. The Reserve Bank leaves
   * the 0.05 case to retailers and it conventionally rounds down (1.15 → 1.10), hence half-down.
   */
  NZ: {
    id: "cash-rounding-nz",
    version: 1,
    currency: "NZD",
    step: "0.10",
    tie: "half-down",
    appliesTo: "cash-part",
    description: "NZD cash totals to 0.10, 0.05 down (since the 5-cent coin went in 2006).",
  },
  /**
   * Sweden: the 50-öre coin ceased to be legal tender on 30 September 2010; cash totals round to whole
   * kronor (öresavrundning): 0.01–0.49 down, 0.50–0.99 up (10.49 → 10, 10.50 → 11).
   */
  SE: {
    id: "cash-rounding-se",
    version: 1,
    currency: "SEK",
    step: "1",
    tie: "half-up",
    appliesTo: "cash-part",
    description: "SEK cash totals to whole kronor, 0.50 up (since 2010-09-30).",
  },
  /**
   * Slovakia: Act No. 18/1996 on prices as amended by Act No. 457/2021, from 1 July 2022: the price paid in
   * cash rounds to 0.05 (a remainder under 0.025 down, otherwise up); with a split payment only the cash
   * part is rounded; a cash price of 0.01 or 0.02 rounds up to 0.05. Returns of goods are outside the rule,
   * so hosts do not apply the preset to such refunds.
   */
  SK: {
    id: "cash-rounding-sk",
    version: 1,
    currency: "EUR",
    step: "0.05",
    tie: "half-up",
    appliesTo: "cash-part",
    specialCases: [{ from: "0.01", to: "0.02", roundsTo: "0.05" }],
    description: "EUR cash part to 0.05 (since 2022-07-01); a cash price of 0.01 or 0.02 rounds to 0.05.",
  },
} satisfies Readonly<Record<CashRoundingCountry, CashRoundingPolicy>>;
