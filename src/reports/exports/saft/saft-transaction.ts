import type { AccountingDocument } from "../../accounting/accounting-document";
import { localDateParts } from "../signed-amount";
import { creditFlag, saftAmount, saftSignedAmount } from "./saft-amounts";
import type { SaftBasics } from "./saft-basics";
import { SAFT_BASIC_TYPES, SAFT_PREDEFINED_CODES } from "./saft-codes";
import { type AccountOf, optionalElement, type SaftTransactionContext } from "./saft-context";
import { goodsLines, liabilityLines } from "./saft-lines";
import type { SaftSettings } from "./saft-options";
import { emptySummary, type SaftSummary } from "./saft-summary";
import { paymentElements, vatElements } from "./saft-vat-and-payments";
import { parentElement, textElement, type XmlElement } from "./xml-element";

export type { AccountOf } from "./saft-context";

/**
 * One receipt as a SAF-T `cashtransaction`: a line per category (net after its discounts, with its
 * discounts inside), gift-card and store-credit lines, VAT per rate, tips as a raise, cash rounding and
 * payments, each with the ledger account the journal used.
 *
 * @param document - the receipt
 * @param accountOf - account lookup from the receipt's journal entry
 * @param settings - export options
 * @param basics - the registry of codes used
 * @returns the element and what it adds to the Z report
 * @internal
 */
export function saftTransaction(
  document: AccountingDocument,
  accountOf: AccountOf,
  settings: SaftSettings,
  basics: SaftBasics,
): { element: XmlElement; summary: SaftSummary } {
  const summary = emptySummary(document.kind, 0n);
  const context: SaftTransactionContext = {
    document,
    accountOf,
    settings,
    basics,
    summary,
    totals: { amountIn: 0n, amountEx: 0n },
  };
  const goods = goodsLines(context);
  const lines = [...goods, ...liabilityLines(context, goods.length)];
  const { amountIn, amountEx } = context.totals;
  const tips = document.tips?.minor ?? 0n;
  if (tips !== 0n) Object.assign(summary, { tipCount: 1n, tipAmount: tips });
  const tipType =
    tips === 0n
      ? undefined
      : basics.use(SAFT_BASIC_TYPES.raise, "TIP", SAFT_PREDEFINED_CODES.raise.tip, "Tip");
  const isSale = document.kind === "sale";
  const transType = basics.use(
    SAFT_BASIC_TYPES.transaction,
    isSale ? "CASHSAL" : "RETURNSAL",
    isSale ? SAFT_PREDEFINED_CODES.transaction.cashSale : SAFT_PREDEFINED_CODES.transaction.returnPayment,
    isSale ? "Cash sale" : "Return",
  );
  const { day, month, year, time } = localDateParts(document.date);
  const element = parentElement("cashtransaction", [
    textElement("nr", document.receiptNumber),
    textElement("transID", document.id),
    textElement("transType", transType),
    textElement("transAmntIn", saftAmount(amountIn, document.currency)),
    textElement("transAmntEx", saftAmount(amountEx, document.currency)),
    textElement("amntTp", creditFlag(amountIn)),
    optionalElement("empID", undefined),
    textElement("transDate", `${year}-${month}-${day}`),
    textElement("transTime", time),
    ...lines,
    ...vatElements(context),
    tipType === undefined
      ? undefined
      : parentElement("raise", [
          textElement("raiseType", tipType),
          textElement("raiseAmnt", saftSignedAmount(tips, document.currency)),
          optionalElement("accID", accountOf("tips-payable", "")),
        ]),
    parentElement("rounding", [
      textElement("roundingAmnt", saftSignedAmount(document.cashRounding?.minor ?? 0n, document.currency)),
      optionalElement("accID", accountOf("cash-rounding", "")),
    ]),
    ...paymentElements(context),
    textElement("signature", document.signature ?? ""),
    textElement("keyVersion", document.keyVersion ?? ""),
    textElement("voidTransaction", "false"),
    textElement("trainingID", "false"),
  ]);
  return { element, summary: { ...summary, amountIn } };
}
