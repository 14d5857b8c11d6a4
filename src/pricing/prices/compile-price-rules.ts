import { parseMoney } from "../../core/money/create-money";
import type { Money } from "../../core/money/money";
import { parseQuantity, type Quantity } from "../../core/quantity/quantity";
import { convertRuleField, parseRule } from "../rules/parse-rule";
import type { Schedule } from "../rules/schedule";
import { type PriceList, type PriceRules, priceRulesSchema } from "./price-rules";

/**
 * A volume tier ready for evaluation.
 *
 * @internal
 */
export interface CompiledTier {
  readonly minQuantity: Quantity;
  readonly price: Money;
}

/**
 * A price-list entry ready for evaluation.
 *
 * @internal
 */
export interface CompiledPriceEntry {
  readonly price: Money;
  readonly volume:
    | { readonly mode: "all-units" | "graduated"; readonly tiers: readonly CompiledTier[] }
    | undefined;
}

/**
 * Price rules validated once: lists in priority order with entries by SKU, and sale prices by SKU.
 *
 * @public
 */
export interface CompiledPriceRules {
  readonly currency: string;
  readonly priceLists: readonly {
    readonly list: PriceList;
    readonly entries: ReadonlyMap<string, CompiledPriceEntry>;
  }[];
  readonly salePrices: ReadonlyMap<
    string,
    readonly { readonly id: string; readonly price: Money; readonly schedule: Schedule }[]
  >;
}

/**
 * Validates and compiles price rules.
 *
 * @param input - price rule data (JSON)
 * @returns compiled rules
 * @throws TillError INVALID_RULE with the field path (negative price, tiers out of order, a time window
 *   ending before it starts, an amount finer than the currency)
 * @public
 */
export function compilePriceRules(input: unknown): CompiledPriceRules {
  const rules: PriceRules = parseRule(priceRulesSchema, input);
  const money = (path: (string | number)[], text: string): Money =>
    convertRuleField(path, () => parseMoney(text, rules.currency));
  const lists = rules.priceLists.map((list, listIndex) => {
    const entries = new Map<string, CompiledPriceEntry>();
    list.entries.forEach((entry, entryIndex) => {
      const path = ["priceLists", listIndex, "entries", entryIndex];
      const volume = entry.volume;
      entries.set(entry.sku, {
        price: money([...path, "price"], entry.price),
        volume:
          volume === undefined
            ? undefined
            : {
                mode: volume.mode,
                tiers: volume.tiers.map((tier, tierIndex) => ({
                  minQuantity: parseQuantity(tier.minQuantity),
                  price: money([...path, "volume", "tiers", tierIndex, "price"], tier.price),
                })),
              },
      });
    });
    return { list, entries };
  });
  lists.sort(
    (a, b) =>
      b.list.priority - a.list.priority || (a.list.id < b.list.id ? -1 : a.list.id > b.list.id ? 1 : 0),
  );
  const salePrices = new Map<string, { id: string; price: Money; schedule: Schedule }[]>();
  rules.salePrices.forEach((sale, index) => {
    const compiled = {
      id: sale.id,
      price: money(["salePrices", index, "price"], sale.price),
      schedule: sale.schedule,
    };
    salePrices.set(sale.sku, [...(salePrices.get(sale.sku) ?? []), compiled]);
  });
  return { currency: rules.currency, priceLists: lists, salePrices };
}
