import type { PostingRole } from "../../accounting/posting";
import { taxKey } from "../../accounting/tax-key";
import { creditFlag, saftAmount, saftPercent, saftSignedAmount } from "./saft-amounts";
import { DEFAULT_SAFT_TENDER_CODES, SAFT_BASIC_TYPES, SAFT_PREDEFINED_CODES } from "./saft-codes";
import { optionalElement, type SaftTransactionContext } from "./saft-context";
import { addCounted } from "./saft-summary";
import { parentElement, textElement, type XmlElement } from "./xml-element";

/**
 * VAT per rate row of the receipt, with the tax account, adding each to the Z-report summary.
 *
 * @param context - the transaction being written
 * @returns the vat elements
 * @internal
 */
export function vatElements(context: SaftTransactionContext): XmlElement[] {
  const { document, settings, summary } = context;
  return document.taxes.map((tax) => {
    const key = taxKey(tax.jurisdiction, tax.rate);
    const code = settings.codes.vat[key]?.code;
    const percent = saftPercent(tax.rate);
    const found = summary.vat.get(key) ?? { percent, code, base: 0n, amount: 0n };
    summary.vat.set(key, {
      ...found,
      base: found.base + tax.base.minor,
      amount: found.amount + tax.amount.minor,
    });
    return parentElement("vat", [
      optionalElement("vatCode", code),
      textElement("vatPerc", percent),
      textElement("vatAmnt", saftAmount(tax.amount.minor, document.currency)),
      textElement("vatAmntTp", creditFlag(tax.amount.minor)),
      textElement("vatBasAmnt", saftAmount(tax.base.minor, document.currency)),
      optionalElement("accID", context.accountOf("tax", key)),
    ]);
  });
}

/**
 * Payments: clearing tenders net of change, and gift-card, store-credit and loyalty redemptions, each
 * with its predefined payment code and account.
 *
 * @param context - the transaction being written
 * @returns the payment elements
 * @internal
 */
export function paymentElements(context: SaftTransactionContext): XmlElement[] {
  const { document, basics, settings, summary } = context;
  const rows: { id: string; code: string; minor: bigint; role: PostingRole; key: string }[] =
    document.tenders.map((tender) => ({
      id: `PAY-${tender.type}`,
      code:
        settings.codes.tenders[tender.type] ??
        DEFAULT_SAFT_TENDER_CODES[tender.type] ??
        SAFT_PREDEFINED_CODES.payment.other,
      minor: tender.amount.minor - (tender.change?.minor ?? 0n),
      role: "tender",
      key: tender.type,
    }));
  const codes = SAFT_PREDEFINED_CODES.payment;
  rows.push(
    {
      id: "PAY-gift-card",
      code: codes.giftToken,
      minor: document.giftCards?.redeemed?.minor ?? 0n,
      role: "gift-card-liability",
      key: "",
    },
    {
      id: "PAY-store-credit",
      code: codes.creditNote,
      minor: document.storeCredit?.redeemed?.minor ?? 0n,
      role: "store-credit-liability",
      key: "",
    },
    {
      id: "PAY-loyalty",
      code: codes.loyalty,
      minor: document.loyalty?.redeemed?.minor ?? 0n,
      role: "loyalty-liability",
      key: "",
    },
  );
  return rows
    .filter((row) => row.minor !== 0n)
    .map((row) => {
      const type = basics.use(SAFT_BASIC_TYPES.payment, row.id, row.code, row.id.slice(4));
      addCounted(summary.payments, type, row.minor);
      return parentElement("payment", [
        textElement("paymentType", type),
        textElement("paidAmnt", saftSignedAmount(row.minor, document.currency)),
        textElement("curCode", document.currency),
        optionalElement("accID", context.accountOf(row.role, row.key)),
      ]);
    });
}
