import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { type ReceiptData, type ReceiptDataInput, receiptDataSchema } from "./receipt-data";
import type { ReceiptBlock, ReceiptDocument, TextStyle } from "./receipt-document";
import { makeReceiptFormatter, type ReceiptFormatter } from "./receipt-formatter";
import { labelsFor, type ReceiptLabels } from "./receipt-labels";
import { lineBlocks, taxSummaryBlocks, tenderBlocks } from "./receipt-sections";

/**
 * Options for {@link buildReceiptDocument}.
 *
 * @public
 */
export const receiptTemplateOptionsSchema = /* @__PURE__ */ z.object({
  locale: z.string().min(2).default("en"),
  /** "copy" marks a reprint COPY at the top and bottom. */
  copy: z.enum(["original", "copy"]).default("original"),
  timeZone: z.string().default("UTC"),
  /** Hex digits of the journal hash carried in the QR code (12 = 48 bits, enough to spot a forgery). */
  hashFragmentLength: z.number().int().min(8).max(64).default(12),
});

/** @public */
export type ReceiptTemplateOptions = z.input<typeof receiptTemplateOptionsSchema>;

/** Everything a section needs: validated data, labels and formatting. @internal */
export interface ReceiptContext {
  readonly data: ReceiptData;
  readonly labels: ReceiptLabels;
  readonly format: ReceiptFormatter;
}

/**
 * The QR payload: receipt number, journal sequence and a hash fragment, so a scan finds the journal entry
 * and checks it was not altered. Format `TK1;r=<receipt>;s=<sequence>;h=<hash fragment>`.
 *
 * @param data - validated receipt data
 * @param fragmentLength - hex digits of the hash to keep
 * @returns the QR text
 * @public
 */
export function receiptQrPayload(
  data: Pick<ReceiptData, "receiptNumber" | "journal">,
  fragmentLength = 12,
): string {
  return `TK1;r=${data.receiptNumber};s=${data.journal.sequence};h=${data.journal.hash.slice(0, fragmentLength)}`;
}

/**
 * The standard receipt template: builds a neutral {@link ReceiptDocument} from {@link ReceiptData}.
 *
 * @param input - receipt data (validated with {@link receiptDataSchema})
 * @param options - locale, copy marking, time zone (validated with {@link receiptTemplateOptionsSchema})
 * @returns the document
 * @throws TillError INVALID_INPUT with the field path; MONEY_PRECISION when an amount has more decimals
 *   than the currency; UNKNOWN_CURRENCY
 * @example
 * ```ts
 * const document = buildReceiptDocument(data, { locale: "nl-NL", copy: "copy" });
 * ```
 * @public
 */
export function buildReceiptDocument(
  input: ReceiptDataInput,
  options: ReceiptTemplateOptions = {},
): ReceiptDocument {
  const data = parseWith(receiptDataSchema, input);
  const settings = parseWith(receiptTemplateOptionsSchema, options, ["options"]);
  const context: ReceiptContext = {
    data,
    labels: labelsFor(settings.locale),
    format: makeReceiptFormatter(settings.locale, data.currency, settings.timeZone),
  };
  const marks = markBlocks(context, settings.copy);
  const blocks: ReceiptBlock[] = [
    ...marks,
    ...headerBlocks(context),
    { type: "rule" },
    ...data.lines.flatMap((_, index) => lineBlocks(context, index)),
    { type: "rule" },
    ...totalBlocks(context),
    ...tenderBlocks(context),
    ...taxSummaryBlocks(context),
    ...footerBlocks(context),
    { type: "qrcode", value: receiptQrPayload(data, settings.hashFragmentLength), size: 4, errorLevel: "m" },
    ...marks,
    { type: "feed", lines: 2 },
    { type: "cut", mode: "partial" },
  ];
  return { version: 1, blocks };
}

/** Two columns: label left, value right. @internal */
export function pairs(rows: [string, string][], style?: TextStyle): ReceiptBlock {
  const block: ReceiptBlock = { type: "columns", columns: [{}, { align: "right" }], rows };
  return style === undefined ? block : { ...block, style };
}

function markBlocks({ data, labels }: ReceiptContext, copy: "original" | "copy"): ReceiptBlock[] {
  const marks: string[] = [];
  if (data.mode === "training") marks.push(labels.training);
  if (copy === "copy") marks.push(labels.copy);
  return marks.map((text) => ({
    type: "text",
    align: "center",
    runs: [{ text: ` ${text} `, style: { bold: true, invert: true } }],
  }));
}

function headerBlocks({ data, labels, format }: ReceiptContext): ReceiptBlock[] {
  const center = (text: string, style?: TextStyle): ReceiptBlock => ({
    type: "text",
    align: "center",
    runs: [style === undefined ? { text } : { text, style }],
  });
  const blocks = [
    center(data.store.name, { bold: true, height: 2 }),
    ...data.store.addressLines.map((l) => center(l)),
  ];
  if (data.store.phone !== undefined) blocks.push(center(`${labels.phone} ${data.store.phone}`));
  if (data.store.vatId !== undefined) blocks.push(center(`${labels.vatId} ${data.store.vatId}`));
  const rows: [string, string][] = [
    [labels.receipt, data.receiptNumber],
    [labels.date, format.dateTime(data.issuedAt)],
  ];
  if (data.register !== undefined) rows.push([labels.register, data.register]);
  if (data.cashier !== undefined) rows.push([labels.cashier, data.cashier.name]);
  if (data.customer !== undefined) rows.push([labels.customer, data.customer.name]);
  return [...blocks, pairs(rows)];
}

function totalBlocks({ data, labels, format }: ReceiptContext): ReceiptBlock[] {
  const { totals } = data;
  const path = (key: string): string[] => ["totals", key];
  const rows: [string, string][] = [[labels.subtotal, format.amount(totals.subtotal, path("subtotal"))]];
  data.basketDiscounts.forEach((discount, index) => {
    rows.push([
      discount.promotionName,
      `-${format.amount(discount.amount, ["basketDiscounts", index, "amount"])}`,
    ]);
  });
  if (!/^[+-]?0*\.?0*$/.test(totals.discount)) {
    rows.push([labels.discount, `-${format.amount(totals.discount, path("discount"))}`]);
  }
  const taxLabel = totals.taxIncluded ? labels.taxIncluded : labels.tax;
  rows.push([taxLabel, format.amount(totals.tax, path("tax"))]);
  const blocks = [
    pairs(rows),
    pairs([[labels.total, format.money(totals.total, path("total"))]], { bold: true, height: 2 }),
  ];
  const rounding = data.cashRounding;
  if (rounding !== undefined) {
    blocks.push(
      pairs([
        [labels.cashRounding, format.amount(rounding.adjustment, ["cashRounding", "adjustment"])],
        [labels.amountDue, format.money(rounding.roundedTotal, ["cashRounding", "roundedTotal"])],
      ]),
    );
  }
  return blocks;
}

function footerBlocks({ data, labels, format }: ReceiptContext): ReceiptBlock[] {
  const blocks: ReceiptBlock[] = [];
  const loyalty = data.loyalty;
  if (loyalty !== undefined) {
    const rows: [string, string][] = [];
    if (loyalty.pointsEarned !== undefined)
      rows.push([labels.pointsEarned, format.quantity(loyalty.pointsEarned)]);
    if (loyalty.balance !== undefined) rows.push([labels.pointsBalance, format.quantity(loyalty.balance)]);
    if (rows.length > 0) blocks.push({ type: "rule" }, pairs(rows));
  }
  const texts = [...(data.returnPolicy === undefined ? [] : [data.returnPolicy]), ...data.footerLines];
  if (texts.length > 0) blocks.push({ type: "rule" });
  for (const text of texts) blocks.push({ type: "text", align: "center", runs: [{ text }] });
  return blocks;
}
