import type { TillSnapshot } from "tillkit";
import type { Scan } from "tillkit/devices";
import { displayName, PLU_TO_SKU } from "../setup/catalog";
import type { DemoContext } from "../setup/demo-context";

/**
 * Adds what a scan means to the sale: a GTIN by barcode, a GS1 element string by its (01) GTIN with the
 * batch (10) and serial (21) on the line, an in-store label by its PLU with the embedded weight.
 *
 * @param context - the demo
 * @param scan - the scanner's reading
 * @returns the till after the line was added
 */
export async function addScanned(context: DemoContext, scan: Scan): Promise<TillSnapshot> {
  const { till } = context;
  const parsed = scan.parsed;
  switch (parsed.kind) {
    case "gtin":
      return till.addItem({ barcode: parsed.gtin14 });
    case "gs1": {
      const data = (ai: string) => parsed.elements.find((element) => element.ai === ai)?.data;
      const lot = data("10");
      const serial = data("21");
      return till.addItem({
        barcode: data("01") ?? "",
        ...(lot === undefined ? {} : { lot }),
        ...(serial === undefined ? {} : { serial }),
      });
    }
    case "in-store": {
      const sku = PLU_TO_SKU[parsed.itemCode] ?? parsed.itemCode;
      if (parsed.weight !== undefined)
        return till.addItem({ sku, embedded: { kind: "weight", value: parsed.weight.toString() } });
      return till.addItem({ sku, embedded: { kind: "price", amount: parsed.price?.toString() ?? "0" } });
    }
    default:
      throw new Error(`The demo does not sell ${parsed.kind} codes`);
  }
}

/** Shows the line just added on the pole display, as the customer sees it; returns a summary. */
export async function showLastLine(context: DemoContext, snapshot: TillSnapshot): Promise<string> {
  const lineId = snapshot.sale.lines.at(-1)?.lineId;
  const line = snapshot.priced.lines.find((candidate) => candidate.lineId === lineId);
  if (line === undefined) return "";
  await context.devices.display.showLine({
    description: displayName(line.sku),
    quantity: line.quantity.toString(),
    unitPrice: line.unitPrice.toString(),
    lineTotal: line.gross.toString(),
  });
  return `${line.quantity.toString()} ${line.quantity.unit} × ${line.unitPrice} = ${line.gross}`;
}
