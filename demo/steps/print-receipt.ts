import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildReceiptDocument,
  makeReceiptPrinter,
  type ReceiptDocument,
  receiptDataFromSale,
  receiptDocumentSchema,
} from "tillkit/devices";
import { type CompletedSale, type DemoContext, lastReceiptEntry } from "../setup/demo-context";

const RETURN_POLICY = {
  en: "Returns within 30 days with this receipt.",
  nl: "Ruilen binnen 30 dagen met deze bon.",
  zh: "凭此小票 30 天内可退换。",
} as const;

/**
 * Prints a completed sale: receipt document → ESC/POS bytes (the profile's code pages, or GB18030
 * double-byte text for zh) → the virtual printer, which decodes the bytes back into the lines shown here
 * and renders the paper as a PNG in the output folder.
 *
 * @param context - the demo
 * @param done - the completed sale
 * @param name - file name without extension
 * @param loyalty - points earned and the member's balance, printed under the totals
 */
export async function printReceipt(
  context: DemoContext,
  done: CompletedSale,
  name: string,
  loyalty?: { pointsEarned: number; balance: number },
): Promise<void> {
  const { preset, devices, out } = context;
  const entry = await lastReceiptEntry(context.till);
  if (entry === undefined) throw new Error("No receipt entry in the journal");
  const data = receiptDataFromSale(done.sale, done.priced, {
    store: preset.store,
    journalEntry: entry,
    cashierName: "Sam",
    returnPolicy: RETURN_POLICY[preset.language],
    ...(loyalty === undefined
      ? {}
      : { loyalty: { pointsEarned: String(loyalty.pointsEarned), balance: String(loyalty.balance) } }),
  });
  const { paper, transport } = devices.newPaper();
  const { glyphs } = context;
  const printer = makeReceiptPrinter({
    transport,
    profile: preset.printerProfile,
    ...(glyphs === undefined ? {} : { glyphs }),
  });
  const document = buildReceiptDocument(data, { locale: preset.language });
  const result = await printer.print(preset.language === "zh" ? withFullwidthYuan(document) : document);
  if (result.status === "failed") throw result.error;
  for (const line of paper.lines()) out.raw(`| ${line}`);
  const file = join(context.outputDir, `${name}.png`);
  writeFileSync(file, paper.png(glyphs === undefined ? {} : { glyphs }));
  context.receiptFiles.push(file);
  out.show("receipt image", file);
}

/**
 * Chinese receipts print the yuan sign full width (￥, U+FFE5), which GB18030 encodes in two bytes; the
 * ¥ (U+00A5) that Intl formats needs four, so a GB18030 printer's double-byte mode cannot print it.
 */
function withFullwidthYuan(document: ReceiptDocument): ReceiptDocument {
  return receiptDocumentSchema.parse(JSON.parse(JSON.stringify(document).replaceAll("\u00a5", "\uffe5")));
}
