import { type CashRoundingPolicy, getCashRoundingPreset } from "tillkit";
import { CHINA_VAT, EU_NETHERLANDS_VAT, type TaxConfiguration, US_NEW_YORK_CITY } from "tillkit/tax";

/** The locales the demo runs in. */
export const DEMO_LOCALES = ["en-US", "nl-NL", "zh-CN"] as const;

/** One of {@link DEMO_LOCALES}. */
export type DemoLocale = (typeof DEMO_LOCALES)[number];

/** Everything a locale switches together: language, currency, tax, cash rounding, store and printer. */
export interface LocalePreset {
  readonly locale: DemoLocale;
  /** Receipt template language (en, nl and zh are built in). */
  readonly language: "en" | "nl" | "zh";
  readonly currency: "USD" | "EUR" | "CNY";
  readonly tax: TaxConfiguration;
  /** Tax category of food and of everything else in the tax configuration. */
  readonly taxCategories: { readonly food: string; readonly general: string };
  readonly cashRounding: CashRoundingPolicy;
  readonly store: { readonly name: string; readonly addressLines: string[]; readonly vatId?: string };
  /** A zh receipt needs a printer with a GB18030 double-byte font. */
  readonly printerProfile: string;
  readonly timeZone: string;
}

// The US stopped minting the cent in 2025 and many shops round cash totals to 0.05; there is no legal
// rule, so this is the demo's own policy, stated like a preset.
const US_NICKEL: CashRoundingPolicy = {
  id: "demo-cash-rounding-us",
  version: 1,
  currency: "USD",
  step: "0.05",
  tie: "half-up",
  appliesTo: "cash-part",
  description: "USD cash totals to 0.05 (shop policy after the end of the cent).",
};

// Chinese shops commonly drop the fen and settle cash to the jiao (0.10 CNY).
const CN_JIAO: CashRoundingPolicy = {
  id: "demo-cash-rounding-cn",
  version: 1,
  currency: "CNY",
  step: "0.10",
  tie: "half-up",
  appliesTo: "cash-part",
  description: "CNY cash totals to 0.10 (jiao).",
};

const PRESETS: Readonly<Record<DemoLocale, LocalePreset>> = {
  "en-US": {
    locale: "en-US",
    language: "en",
    currency: "USD",
    tax: US_NEW_YORK_CITY,
    taxCategories: { food: "general", general: "general" },
    cashRounding: US_NICKEL,
    store: { name: "Corner Shop", addressLines: ["12 Hudson Street", "New York, NY 10013"] },
    printerProfile: "generic-escpos-80mm",
    timeZone: "America/New_York",
  },
  "nl-NL": {
    locale: "nl-NL",
    language: "nl",
    currency: "EUR",
    tax: EU_NETHERLANDS_VAT,
    taxCategories: { food: "reduced", general: "standard" },
    cashRounding: getCashRoundingPreset("NL"),
    store: { name: "Buurtwinkel", addressLines: ["Prinsengracht 1", "Amsterdam"], vatId: "NL001234567B01" },
    printerProfile: "generic-escpos-80mm",
    timeZone: "Europe/Amsterdam",
  },
  "zh-CN": {
    locale: "zh-CN",
    language: "zh",
    currency: "CNY",
    tax: CHINA_VAT,
    taxCategories: { food: "basic", general: "goods" },
    cashRounding: CN_JIAO,
    store: { name: "街角小店", addressLines: ["上海市黄浦区南京东路 1 号"], vatId: "91310000000000000X" },
    printerProfile: "xprinter-xp-n160ii-zh",
    timeZone: "Asia/Shanghai",
  },
};

/**
 * The preset of a locale.
 *
 * @param locale - en-US, nl-NL or zh-CN
 * @returns its preset
 */
export function localePreset(locale: DemoLocale): LocalePreset {
  return PRESETS[locale];
}
