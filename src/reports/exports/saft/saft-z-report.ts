import { saftAmount, saftSignedAmount } from "./saft-amounts";
import type { SaftSettings } from "./saft-options";
import type { SaftSummary } from "./saft-summary";
import { type ZTotals, zTotals } from "./saft-z-totals";
import { parentElement, textElement, type XmlElement } from "./xml-element";

/**
 * The facts a Z report needs beyond the transactions' summaries.
 *
 * @internal
 */
export interface ZReportHeader {
  readonly reportId: string;
  readonly register: string;
  readonly date: string;
  readonly time: string;
  readonly currency: string;
}

type Format = (minor: bigint) => string;

/** A row of three children (type, count, amount); the XSD wants at least one, so an empty list is "None". */
function rows(
  container: string,
  row: string,
  names: readonly [string, string, string],
  entries: readonly [string, bigint, string][],
): XmlElement {
  const list = entries.length === 0 ? [["None", 0n, "0.00"] as const] : entries;
  return parentElement(
    container,
    list.map(([type, count, amount]) =>
      parentElement(row, [
        textElement(names[0], type),
        textElement(names[1], count.toString()),
        textElement(names[2], amount),
      ]),
    ),
  );
}

function countedRows(map: ZTotals["payments"], format: Format): [string, bigint, string][] {
  return [...map].map(([type, value]) => [type, value.count, format(value.amount)]);
}

function vatElement(totals: ZTotals, format: Format): XmlElement {
  const vatRows = [...totals.vat.values()].map((row) =>
    parentElement("reportCashSaleVat", [
      row.code === undefined ? undefined : textElement("vatCode", row.code),
      textElement("vatPerc", row.percent),
      textElement("cashSaleAmnt", format(row.base)),
      textElement("vatAmnt", format(row.amount)),
      textElement("vatAmntTp", row.amount < 0n ? "D" : "C"),
    ]),
  );
  const none = parentElement("reportCashSaleVat", [
    textElement("vatPerc", "0.00"),
    textElement("cashSaleAmnt", "0.00"),
    textElement("vatAmnt", "0.00"),
  ]);
  return parentElement("reportCashSalesVat", vatRows.length === 0 ? [none] : vatRows);
}

/** Counters tillkit's accounting documents do not carry: written as zero, in schema order. */
function zeroCounters(names: readonly string[]): XmlElement[] {
  return names.map((name) => textElement(name, name.endsWith("Amnt") ? "0.00" : "0"));
}

/**
 * A session's Z report as a SAF-T `eventReport`: totals by article group, payment type and VAT rate,
 * counts of receipts, returns and discounts, tips, pay-ins and pay-outs, and the grand totals, all summed
 * from the transactions written for the same receipts (so the report ties to them by construction).
 * Figures the accounting documents do not carry (opening float, copies, pro formas, voids, price look-ups,
 * training) are written as zero or "None", and grand totals cover the exported period only.
 *
 * @param header - report id, register, date and time
 * @param summaries - the session's transaction summaries
 * @param settings - export options (company)
 * @returns the eventReport element
 * @internal
 */
export function saftZReport(
  header: ZReportHeader,
  summaries: readonly SaftSummary[],
  settings: SaftSettings,
): XmlElement {
  const signed: Format = (minor) => saftSignedAmount(minor, header.currency);
  const totals = zTotals(summaries);
  const groups: [string, bigint, string][] = [...totals.artGroups].map(([id, value]) => [
    id,
    value.count,
    signed(value.amountIn),
  ]);
  return parentElement("eventReport", [
    textElement("reportID", header.reportId),
    textElement("reportType", "Z report"),
    textElement("companyIdent", settings.company.ident),
    textElement("companyName", settings.company.name),
    textElement("reportDate", header.date),
    textElement("reportTime", header.time),
    textElement("registerID", header.register),
    parentElement("reportTotalCashSales", [
      textElement("totalCashSaleAmnt", signed(totals.sales + totals.returns)),
    ]),
    rows("reportArtGroups", "reportArtGroup", ["artGroupID", "artGroupNum", "artGroupAmnt"], groups),
    rows(
      "reportPayments",
      "reportPayment",
      ["paymentType", "paymentNum", "paymentAmnt"],
      countedRows(totals.payments, signed),
    ),
    totals.tipCount === 0n
      ? undefined
      : parentElement("reportTip", [
          textElement("tipNum", totals.tipCount.toString()),
          textElement("tipAmnt", signed(totals.tipAmount)),
        ]),
    vatElement(totals, signed),
    textElement("reportOpeningChangeFloat", "0.00"),
    textElement("reportReceiptNum", String(totals.salesCount)),
    ...zeroCounters([
      "reportOpenCashBoxNum",
      "reportReceiptCopyNum",
      "reportReceiptCopyAmnt",
      "reportReceiptProformaNum",
      "reportReceiptProformaAmnt",
    ]),
    textElement("reportReturnNum", String(totals.returnsCount)),
    textElement("reportReturnAmnt", saftAmount(totals.returns, header.currency)),
    textElement("reportDiscountNum", totals.discountCount.toString()),
    textElement("reportDiscountAmnt", signed(totals.discountAmount)),
    ...zeroCounters(["reportVoidTransNum", "reportVoidTransAmnt"]),
    rows("reportCorrLines", "reportCorrLine", ["corrLineType", "corrLineNum", "corrLineAmnt"], []),
    rows(
      "reportPriceInquiries",
      "reportPriceInquiry",
      ["priceInquiryGroup", "priceInquiryNum", "priceInquiryAmnt"],
      [],
    ),
    rows("reportOtherCorrs", "reportOtherCorr", ["otherCorrType", "otherCorrNum", "otherCorrAmnt"], []),
    ...zeroCounters([
      "reportReceiptDeliveryNum",
      "reportReceiptDeliveryAmnt",
      "reportTrainingNum",
      "reportTrainingAmnt",
    ]),
    totals.payIns.size === 0
      ? undefined
      : rows(
          "reportPayIns",
          "reportPayIn",
          ["payInType", "payInNum", "payInAmnt"],
          countedRows(totals.payIns, signed),
        ),
    totals.payOuts.size === 0
      ? undefined
      : rows(
          "reportPayOuts",
          "reportPayOut",
          ["payOutType", "payOutNum", "payOutAmnt"],
          countedRows(totals.payOuts, signed),
        ),
    textElement("reportGrandTotalSales", signed(totals.sales)),
    textElement("reportGrandTotalReturn", saftAmount(totals.returns, header.currency)),
    textElement("reportGrandTotalSalesNet", signed(totals.sales + totals.returns)),
  ]);
}
