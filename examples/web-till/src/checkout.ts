import { isZero, type JournalEntry, type Till, type TillSnapshot } from "tillkit";
import { buildReceiptDocument, receiptDataFromSale } from "tillkit/devices";
import { WEIGHED_SKUS } from "./catalog";
import type { TillDevices } from "./devices";
import type { WebTill } from "./till";
import type { PrintedReceipt } from "./views/receipt-view";

const STORE = {
  name: "Corner Shop",
  addressLines: ["Prinsengracht 1", "1015 DZ Amsterdam"],
  vatId: "NL001234567B01",
};

/** What happened to a code typed or scanned at the till. */
export type CodeOutcome =
  | { kind: "item"; text: string }
  | { kind: "coupon"; text: string; isApplied: boolean };

async function ensureSale(till: Till): Promise<void> {
  if (till.current() === undefined) await till.startSale();
}

/**
 * Adds the item a code names (a barcode or a SKU); anything else is tried as a coupon code. Items sold by
 * weight are weighed on the scale first.
 *
 * @param web - the till and its catalog
 * @param devices - scale and customer display
 * @param code - what was scanned or typed
 * @returns what the code turned out to be
 */
export async function enterCode(web: WebTill, devices: TillDevices, code: string): Promise<CodeOutcome> {
  const item = (await web.catalog.findByBarcode(code)) ?? (await web.catalog.findBySku(code.toUpperCase()));
  await ensureSale(web.till);
  if (item === undefined) {
    const { priced } = await web.till.addCoupon(code);
    const isApplied = priced.explanation.applied.some((rule) => rule.kind === "coupon");
    return { kind: "coupon", text: code, isApplied };
  }
  const weight = WEIGHED_SKUS.includes(item.sku) ? await weigh(devices) : undefined;
  const snapshot = await web.till.addItem(
    weight === undefined ? { sku: item.sku } : { sku: item.sku, scaleWeight: weight },
  );
  const line = snapshot.priced.lines.at(-1);
  if (line !== undefined)
    await devices.display.showLine({
      description: item.description,
      quantity: line.quantity.toString(),
      unitPrice: line.unitPrice.toString(),
      lineTotal: line.gross.toString(),
    });
  return { kind: "item", text: item.description };
}

async function weigh(devices: TillDevices): Promise<string> {
  const reading = await devices.scale.weigh();
  if (reading.weight === undefined) throw new Error(`The scale reads ${reading.state}; weigh again.`);
  return reading.weight.toString();
}

/**
 * Adds a tender; when nothing is left to pay, completes the sale and prints the receipt.
 *
 * @param web - the till
 * @param devices - printers and display
 * @param kind - cash or card (the card goes through the payment terminal)
 * @param amount - the amount tendered
 * @returns the printed receipt once the sale is complete, else undefined
 */
export async function pay(
  web: WebTill,
  devices: TillDevices,
  kind: "card" | "cash",
  amount: string,
): Promise<PrintedReceipt | undefined> {
  const paid = await web.till.addTender({ kind, amount });
  if (!isZero(paid.priced.balanceDue)) return undefined;
  const done = await web.till.complete();
  await devices.display.showChange(done.priced.tendered.toString(), done.priced.change.toString());
  const entry = await lastCompletion(web.till);
  return printReceipt(devices, done, entry, "original");
}

/**
 * Prints a copy of the last completed sale, read back from the store's sale store (after a reload it
 * comes from PGlite in IndexedDB).
 *
 * @param web - the till and its sale store
 * @param devices - the printers
 * @returns the printed copy
 */
export async function reprintLast(web: WebTill, devices: TillDevices): Promise<PrintedReceipt> {
  const entry = await lastCompletion(web.till);
  const saleId = (entry.payload as { saleId?: unknown }).saleId;
  const stored = typeof saleId === "string" ? await web.saleStore.load(saleId) : undefined;
  if (stored?.priced === undefined) throw new Error("The last sale is not in the sale store.");
  return printReceipt(devices, { sale: stored.sale, priced: stored.priced }, entry, "copy");
}

async function lastCompletion(till: Till): Promise<JournalEntry> {
  const entries = await till.journal();
  const entry = [...entries].reverse().find((candidate) => candidate.type === "sale.completed");
  if (entry === undefined) throw new Error("No sale has been completed yet.");
  return entry;
}

async function printReceipt(
  devices: TillDevices,
  done: TillSnapshot,
  entry: JournalEntry,
  copy: "original" | "copy",
): Promise<PrintedReceipt> {
  const data = receiptDataFromSale(done.sale, done.priced, {
    store: STORE,
    journalEntry: entry,
    cashierName: "Sam",
  });
  const document = buildReceiptDocument(data, { locale: "en", timeZone: "Europe/Amsterdam", copy });
  devices.paper.clear();
  for (const printer of devices.printers) {
    const result = await printer.print(document);
    if (result.status === "failed") throw result.error;
  }
  return {
    receiptNumber: String(done.sale.receiptNumber ?? entry.receiptNumber ?? ""),
    isCopy: copy === "copy",
    change: done.priced.change,
    lines: devices.paper.lines(),
    png: devices.paper.png({ width: 384 }),
  };
}
