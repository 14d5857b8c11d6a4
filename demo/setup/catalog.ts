import type { CatalogItemInput } from "tillkit";
import type { LocalePreset } from "./locales";

interface DemoItem {
  readonly sku: string;
  /** Receipt text per language. */
  readonly names: Readonly<Record<LocalePreset["language"], string>>;
  /** Prices in USD, EUR and CNY. */
  readonly prices: Readonly<Record<LocalePreset["currency"], string>>;
  readonly barcodes?: string[];
  readonly unit?: "kg";
  readonly food: boolean;
  readonly category: string;
}

/** The shop's items; GTINs are stored as GTIN-14, as the scanner's interpreter reports them. */
const ITEMS: readonly DemoItem[] = [
  {
    sku: "COFFEE",
    names: { en: "Coffee beans 500 g", nl: "Koffiebonen 500 g", zh: "咖啡豆 500克" },
    prices: { USD: "12.99", EUR: "12.99", CNY: "89.00" },
    barcodes: ["04006381333931"],
    food: true,
    category: "coffee",
  },
  {
    sku: "MUG",
    names: { en: "Stoneware mug", nl: "Mok steengoed", zh: "陶瓷马克杯" },
    prices: { USD: "7.49", EUR: "7.49", CNY: "45.00" },
    barcodes: ["09521234567882"],
    food: false,
    category: "kitchen",
  },
  {
    sku: "CHOC",
    names: { en: "Dark chocolate", nl: "Pure chocolade", zh: "黑巧克力" },
    prices: { USD: "2.49", EUR: "2.49", CNY: "16.90" },
    barcodes: ["08712345678906"],
    food: true,
    category: "sweets",
  },
  {
    sku: "CHEESE",
    names: { en: "Aged Gouda", nl: "Oude Goudse kaas", zh: "陈年高达奶酪" },
    prices: { USD: "18.90", EUR: "18.90", CNY: "128.00" },
    unit: "kg",
    food: true,
    category: "deli",
  },
  {
    sku: "APPLES",
    names: { en: "Apples Elstar", nl: "Appels Elstar", zh: "苹果" },
    prices: { USD: "3.49", EUR: "3.49", CNY: "12.80" },
    unit: "kg",
    food: true,
    category: "produce",
  },
  {
    sku: "BREAD",
    names: { en: "Sourdough bread", nl: "Zuurdesembrood", zh: "酸面包" },
    prices: { USD: "4.50", EUR: "3.50", CNY: "22.00" },
    barcodes: ["05901234123457"],
    food: true,
    category: "bakery",
  },
];

/** In-store weight labels: 21 + five-digit PLU + weight in grams (the scale's label printer makes them). */
export const IN_STORE_TEMPLATE = "21IIIIIWWWWWC";

/** PLU of the in-store label → SKU. */
export const PLU_TO_SKU: Readonly<Record<string, string>> = { "12345": "CHEESE" };

/**
 * The catalog in a locale's language and currency.
 *
 * @param preset - the locale preset
 * @returns catalog items for `createMemoryCatalog`
 */
export function catalogFor(preset: LocalePreset): CatalogItemInput[] {
  return ITEMS.map((item) => ({
    sku: item.sku,
    description: item.names[preset.language],
    unitPrice: { amount: item.prices[preset.currency], currency: preset.currency },
    barcodes: item.barcodes ?? [],
    unit: item.unit ?? "each",
    category: item.category,
    taxCategory: item.food ? preset.taxCategories.food : preset.taxCategories.general,
  }));
}

/**
 * The display line text: the customer display's code page has no CJK, so it shows the English name.
 *
 * @param sku - the item
 * @returns its English name
 */
export function displayName(sku: string): string {
  return ITEMS.find((item) => item.sku === sku)?.names.en ?? sku;
}
