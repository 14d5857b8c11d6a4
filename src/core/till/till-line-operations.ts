import { z } from "zod";
import { type CatalogItem, catalogItemSchema } from "../catalog/catalog-item";
import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { parseMoney } from "../money/create-money";
import { decimalStringSchema } from "../numbers/decimal-input";
import { parseQuantity } from "../quantity/quantity";
import { reduceSale } from "../sale/apply-sale-action";
import { lineDetailsSchema, lineFromCatalogItem } from "../sale/line-from-catalog";
import { findLiveLine } from "../sale/sale-guards";
import { idSchema } from "../sale/value-schemas";
import { authorize, commit, requireOperator, requireSale, type TillCore } from "./till-core";
import type { TillSnapshot } from "./till-events";

/**
 * zod schema for adding an item: by SKU or by barcode (exactly one), with quantity, scale reading or
 * embedded barcode value and line details.
 *
 * @public
 */
export const addItemInputSchema = /* @__PURE__ */ lineDetailsSchema
  .extend({ sku: idSchema.optional(), barcode: z.string().min(1).optional() })
  .refine((input) => (input.sku === undefined) !== (input.barcode === undefined), {
    message: "Give a sku or a barcode",
    path: ["sku"],
  });

/**
 * Input of `till.addItem` and `till.returnWithoutReceipt`.
 *
 * @public
 */
export type AddItemInput = z.input<typeof addItemInputSchema>;

async function lookUp(core: TillCore, input: z.output<typeof addItemInputSchema>): Promise<CatalogItem> {
  const { catalog } = core.config.ports;
  const found =
    input.sku !== undefined
      ? await catalog.findBySku(input.sku)
      : await catalog.findByBarcode(input.barcode ?? "");
  if (found === undefined) {
    const code = input.sku !== undefined ? "UNKNOWN_SKU" : "UNKNOWN_BARCODE";
    throw new TillError(code, { path: [input.sku !== undefined ? "sku" : "barcode"], details: { ...input } });
  }
  return parseWith(catalogItemSchema, found, ["catalogItem"]);
}

/** @internal Adds a line from the catalog (a sale, or a return without receipt). */
export async function addItem(
  core: TillCore,
  input: AddItemInput,
  isReceiptlessReturn: boolean,
): Promise<TillSnapshot> {
  const valid = parseWith(addItemInputSchema, input);
  let sale = requireSale(core);
  const item = await lookUp(core, valid);
  const operator = requireOperator(core);
  if (isReceiptlessReturn) sale = (await authorize(core, sale, "refund.without-receipt", item.sku)).sale;
  const at = core.clock.now();
  const line = lineFromCatalogItem(item, valid, {
    lineId: core.ids.next("line"),
    by: operator.employeeId,
    at,
    isReceiptlessReturn,
  });
  const next = reduceSale(sale, { type: "addLine", line, at });
  core.state.catalogItems = { ...core.state.catalogItems, [item.sku]: item };
  const snapshot = commit(core, next);
  core.events.emit("lineAdded", { ...snapshot, line });
  return snapshot;
}

/** @internal */
export async function changeQuantity(
  core: TillCore,
  lineId: string,
  quantity: string,
): Promise<TillSnapshot> {
  const sale = requireSale(core);
  const { line } = findLiveLine(sale, lineId);
  const value = parseQuantity(parseWith(decimalStringSchema, quantity, ["quantity"]), line.quantity.unit, [
    "quantity",
  ]);
  const by = requireOperator(core).employeeId;
  const next = reduceSale(sale, {
    type: "changeQuantity",
    lineId,
    quantity: value,
    by,
    at: core.clock.now(),
  });
  const snapshot = commit(core, next);
  core.events.emit("lineChanged", { ...snapshot, line: findLiveLine(next, lineId).line });
  return snapshot;
}

/** @internal Voids a line (permission line.void, else approval). */
export async function voidLine(core: TillCore, lineId: string, reason?: string): Promise<TillSnapshot> {
  const current = requireSale(core);
  findLiveLine(current, lineId);
  const { sale, approvedBy } = await authorize(core, current, "line.void", lineId);
  const by = requireOperator(core).employeeId;
  const next = reduceSale(sale, {
    type: "voidLine",
    lineId,
    by,
    at: core.clock.now(),
    ...(approvedBy === undefined ? {} : { approvedBy }),
    ...(reason === undefined ? {} : { reason }),
  });
  const snapshot = commit(core, next);
  const line = next.lines.find((candidate) => candidate.lineId === lineId);
  if (line !== undefined) core.events.emit("lineVoided", { ...snapshot, line });
  return snapshot;
}

/** @internal Overrides a unit price (permission price.override, else approval; a reason is required). */
export async function overridePrice(
  core: TillCore,
  lineId: string,
  unitPrice: string,
  reason: string,
): Promise<TillSnapshot> {
  const current = requireSale(core);
  findLiveLine(current, lineId);
  const price = parseMoney(parseWith(decimalStringSchema, unitPrice, ["unitPrice"]), current.currency, {
    path: ["unitPrice"],
  });
  if (reason.trim() === "")
    throw new TillError("INVALID_INPUT", { message: "A reason is required", path: ["reason"] });
  const { sale, approvedBy } = await authorize(core, current, "price.override", lineId, { unitPrice });
  const by = requireOperator(core).employeeId;
  const next = reduceSale(sale, {
    type: "overridePrice",
    lineId,
    unitPrice: price,
    reason,
    by,
    at: core.clock.now(),
    ...(approvedBy === undefined ? {} : { approvedBy }),
  });
  const snapshot = commit(core, next);
  core.events.emit("lineChanged", { ...snapshot, line: findLiveLine(next, lineId).line });
  return snapshot;
}
