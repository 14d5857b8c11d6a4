import type { ReceiptContext } from "./build-receipt-document";
import type { ReceiptBlock } from "./receipt-document";

/**
 * One sale line: description and amount, then "quantity × unit price" when it is not a single piece,
 * then each discount under its promotion name.
 *
 * @internal
 */
export function lineBlocks({ data, format }: ReceiptContext, index: number): ReceiptBlock[] {
  const line = data.lines[index];
  if (line === undefined) return [];
  const path = (key: string): (string | number)[] => ["lines", index, key];
  const taxCode = line.taxCode === undefined ? "" : ` ${line.taxCode}`;
  const rows: string[][] = [
    [line.description, `${format.amount(line.lineTotal, path("lineTotal"))}${taxCode}`],
  ];
  const isSinglePiece = line.unit === undefined && /^\+?0*1(\.0*)?$/.test(line.quantity);
  if (!isSinglePiece) {
    const unit = line.unit === undefined ? "" : ` ${line.unit}`;
    rows.push([
      `  ${format.quantity(line.quantity)}${unit} x ${format.amount(line.unitPrice, path("unitPrice"))}`,
      "",
    ]);
  }
  line.discounts.forEach((discount, discountIndex) => {
    const amount = format.amount(discount.amount, ["lines", index, "discounts", discountIndex, "amount"]);
    rows.push([`  ${discount.promotionName}`, `-${amount}`]);
  });
  return [{ type: "columns", columns: [{}, { align: "right" }], rows }];
}

/**
 * Tenders, then change.
 *
 * @internal
 */
export function tenderBlocks({ data, labels, format }: ReceiptContext): ReceiptBlock[] {
  const rows = data.tenders.map((tender, index): string[] => {
    const name = tender.label ?? labels.tenders[tender.method] ?? tender.method;
    const reference = tender.reference === undefined ? "" : ` ${tender.reference}`;
    return [`${name}${reference}`, format.amount(tender.amount, ["tenders", index, "amount"])];
  });
  if (data.change !== undefined) rows.push([labels.change, format.amount(data.change, ["change"])]);
  return rows.length === 0 ? [] : [{ type: "columns", columns: [{}, { align: "right" }], rows }];
}

/**
 * The tax summary: one row per rate and jurisdiction with its base and tax.
 *
 * @internal
 */
export function taxSummaryBlocks({ data, labels, format }: ReceiptContext): ReceiptBlock[] {
  if (data.taxes.length === 0) return [];
  const rows = data.taxes.map((tax, index): string[] => {
    const code = tax.code === undefined ? "" : `${tax.code} `;
    const path = (key: string): (string | number)[] => ["taxes", index, key];
    return [
      `${code}${format.quantity(tax.ratePercent)}% ${tax.jurisdiction}`,
      format.amount(tax.base, path("base")),
      format.amount(tax.amount, path("amount")),
    ];
  });
  return [
    { type: "rule" },
    { type: "text", runs: [{ text: labels.taxSummary, style: { bold: true } }] },
    {
      type: "columns",
      columns: [{}, { width: 10, align: "right" }, { width: 9, align: "right" }],
      rows: [[labels.rate, labels.base, labels.tax], ...rows],
    },
  ];
}
