import type { Money } from "../../../core/money/money";
import type { SupplierField } from "./supplier-item";

/**
 * Why a suggestion deserves a second look: stock on hand below zero (a count is due), or no demand
 * forecast (the order only restores the reorder point).
 *
 * @public
 */
export type ReorderNote = "negative-stock" | "no-demand-forecast";

/**
 * One item at one store to order from its preferred supplier. Quantities are decimal text in units.
 *
 * @public
 */
export interface ReorderSuggestion {
  readonly sku: string;
  readonly storeId: string;
  readonly supplierId: string;
  readonly supplierSku: string;
  readonly onHand: string;
  readonly onOrder: string;
  /** On hand plus on order: what the shelf will hold once open orders arrive. */
  readonly position: string;
  /** Reorder point plus demand over the lead time: at or below it an order is due. */
  readonly reorderLevel: string;
  /** Reorder level plus demand over the cover days: what an order fills up to. */
  readonly orderUpTo: string;
  /** Order-up-to level less position: units wanted before rounding to packs. */
  readonly need: string;
  /** Units ordered: whole packs, never below the minimum order quantity. */
  readonly quantity: string;
  readonly packs: string;
  readonly packSize: string;
  readonly minimumOrderQuantity: string;
  readonly leadTimeDays: number;
  readonly unitCost: Money;
  /** Quantity times unit cost, half-up to the minor unit. */
  readonly lineCost: Money;
  /** Days the stock on hand lasts at the forecast (null without demand). */
  readonly daysOfSupply: string | null;
  readonly notes: readonly ReorderNote[];
}

/**
 * An item that needs an order but cannot have one: its supplier record is absent (`["supplier"]`) or
 * lacks the named fields.
 *
 * @public
 */
export interface MissingSupplierData {
  readonly sku: string;
  readonly storeId: string;
  readonly missing: readonly (SupplierField | "supplier")[];
}

/**
 * The result of `suggestReorders`: suggestions grouped by supplier (suppliers and lines sorted by
 * id), and the items that could not be suggested with what is missing.
 *
 * @public
 */
export interface ReorderResult {
  readonly currency: string;
  readonly suppliers: readonly { readonly supplierId: string; readonly suggestions: ReorderSuggestion[] }[];
  readonly missing: readonly MissingSupplierData[];
}
