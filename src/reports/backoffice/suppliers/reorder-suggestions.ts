import { parseWith } from "../../../core/errors/from-zod";
import { TillError } from "../../../core/errors/till-error";
import { multiply } from "../../../core/money/multiply";
import { parseDecimal } from "../../../core/numbers/parse-decimal";
import type { ScaledDecimal } from "../../../core/numbers/scaled-decimal";
import { Quantity } from "../../../core/quantity/quantity";
import { daysOfSupplyScaled, demandOver } from "../forecast/days-of-supply";
import { millionthsOf, quantityText } from "../quantity-text";
import { roundToPacks } from "./order-quantity";
import { type ReorderInput, reorderInputSchema } from "./reorder-input";
import type { MissingSupplierData, ReorderNote, ReorderResult, ReorderSuggestion } from "./reorder-result";
import { completeSupplierItem, type SupplierItem } from "./supplier-item";

type ParsedInput = ReturnType<typeof parseInput>;

function parseInput(input: ReorderInput) {
  const parsed = parseWith(reorderInputSchema, input, ["input"]);
  parsed.suppliers.forEach((record, index) => {
    if (record.unitCost !== undefined && record.unitCost.currency !== parsed.currency)
      throw new TillError("CURRENCY_MISMATCH", {
        message: `Unit cost in ${record.unitCost.currency}, report in ${parsed.currency}`,
        path: ["input", "suppliers", index, "unitCost", "currency"],
      });
  });
  return parsed;
}

function onOrderBy(parsed: ParsedInput): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  parsed.openOrders.forEach((line, index) => {
    const key = `${line.sku}\u0000${line.storeId}`;
    const outstanding = millionthsOf(line.outstanding, ["input", "openOrders", index, "outstanding"]);
    totals.set(key, (totals.get(key) ?? 0n) + outstanding);
  });
  return totals;
}

interface Levels {
  readonly onHand: bigint;
  readonly position: bigint;
  readonly reorderLevel: bigint;
  readonly orderUpTo: bigint;
  readonly daily: ScaledDecimal;
}

function levelsOf(parsed: ParsedInput, index: number, onOrder: bigint, leadTimeDays: number): Levels {
  const item = parsed.items[index];
  if (item === undefined) throw new TillError("INTERNAL", { path: ["input", "items", index] });
  const path = ["input", "items", index];
  const onHand = millionthsOf(item.onHand, [...path, "onHand"]);
  const daily = parseDecimal(item.dailyDemand ?? "0", [...path, "dailyDemand"]);
  const reorderLevel =
    millionthsOf(item.reorderPoint, [...path, "reorderPoint"]) + demandOver(daily, leadTimeDays);
  const orderUpTo = reorderLevel + demandOver(daily, parsed.coverDays);
  return { onHand, position: onHand + onOrder, reorderLevel, orderUpTo, daily };
}

function suggestionOf(
  item: ParsedInput["items"][number],
  supplier: SupplierItem,
  levels: Levels,
  onOrder: bigint,
): ReorderSuggestion {
  const need = levels.orderUpTo - levels.position;
  const pack = millionthsOf(supplier.packSize);
  const minimum = millionthsOf(supplier.minimumOrderQuantity);
  const { packs, quantityMillionths } = roundToPacks(need, pack, minimum);
  const notes: ReorderNote[] = [];
  if (levels.onHand < 0n) notes.push("negative-stock");
  if (item.dailyDemand === undefined) notes.push("no-demand-forecast");
  return {
    sku: item.sku,
    storeId: item.storeId,
    supplierId: supplier.supplierId,
    supplierSku: supplier.supplierSku,
    onHand: quantityText(levels.onHand),
    onOrder: quantityText(onOrder),
    position: quantityText(levels.position),
    reorderLevel: quantityText(levels.reorderLevel),
    orderUpTo: quantityText(levels.orderUpTo),
    need: quantityText(need > 0n ? need : 0n),
    quantity: quantityText(quantityMillionths),
    packs: packs.toString(),
    packSize: quantityText(pack),
    minimumOrderQuantity: quantityText(minimum),
    leadTimeDays: supplier.leadTimeDays,
    unitCost: supplier.unitCost,
    lineCost: multiply(supplier.unitCost, new Quantity(quantityMillionths, "each"), "half-up"),
    daysOfSupply: daysOfSupplyScaled(levels.onHand, levels.daily),
    notes,
  };
}

function preferredSuppliers(parsed: ParsedInput) {
  const bySku = new Map<string, ReturnType<typeof completeSupplierItem>>();
  for (const record of parsed.suppliers) {
    const known = bySku.get(record.sku);
    if (known !== undefined && "item" in known) continue;
    const completed = completeSupplierItem(record);
    // A complete record replaces an incomplete one listed earlier; the first complete one wins.
    if (known === undefined || "item" in completed) bySku.set(record.sku, completed);
  }
  return bySku;
}

function grouped(suggestions: readonly ReorderSuggestion[]): ReorderResult["suppliers"] {
  const bySupplier = new Map<string, ReorderSuggestion[]>();
  for (const suggestion of suggestions) {
    const list = bySupplier.get(suggestion.supplierId) ?? [];
    list.push(suggestion);
    bySupplier.set(suggestion.supplierId, list);
  }
  const order = (a: ReorderSuggestion, b: ReorderSuggestion) =>
    a.storeId.localeCompare(b.storeId) || a.sku.localeCompare(b.sku);
  return [...bySupplier.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([supplierId, list]) => ({ supplierId, suggestions: list.sort(order) }));
}

/**
 * Suggests what to order from whom. An item is due when its position (on hand + open orders) is at or
 * below its reorder level (reorder point + forecast demand over the supplier's lead time); the order fills
 * up to the reorder level plus demand over `coverDays`, rounded up to whole packs and the minimum order
 * quantity. Negative stock on hand is kept as it is: the units sold but never received are owed to the
 * shelf, so the order covers the deficit too, and the suggestion carries the note "negative-stock".
 * An item that is due but lacks supplier data is listed under `missing`, naming the missing fields.
 *
 * @param input - currency, cover days, items, supplier records, open order lines
 * @returns suggestions per supplier and the items missing supplier data
 * @throws TillError INVALID_INPUT with the path of a bad field; CURRENCY_MISMATCH for a unit cost in another
 *   currency
 * @public
 */
export function suggestReorders(input: ReorderInput): ReorderResult {
  const parsed = parseInput(input);
  const onOrder = onOrderBy(parsed);
  const suppliers = preferredSuppliers(parsed);
  const suggestions: ReorderSuggestion[] = [];
  const missing: MissingSupplierData[] = [];
  parsed.items.forEach((item, index) => {
    const ordered = onOrder.get(`${item.sku}\u0000${item.storeId}`) ?? 0n;
    const supplier = suppliers.get(item.sku);
    const leadTimeDays = supplier !== undefined && "item" in supplier ? supplier.item.leadTimeDays : 0;
    const levels = levelsOf(parsed, index, ordered, leadTimeDays);
    if (levels.position > levels.reorderLevel) return;
    if (supplier === undefined) missing.push({ sku: item.sku, storeId: item.storeId, missing: ["supplier"] });
    else if ("missing" in supplier)
      missing.push({ sku: item.sku, storeId: item.storeId, missing: supplier.missing });
    else suggestions.push(suggestionOf(item, supplier.item, levels, ordered));
  });
  return { currency: parsed.currency, suppliers: grouped(suggestions), missing };
}
