import type { SessionEvent } from "../../accounting/accounting-document";
import { localDateParts } from "../signed-amount";
import { creditFlag, saftAmount, saftSignedAmount } from "./saft-amounts";
import type { SaftBasics } from "./saft-basics";
import { DEFAULT_SAFT_TENDER_CODES, SAFT_BASIC_TYPES, SAFT_PREDEFINED_CODES } from "./saft-codes";
import type { SaftSettings } from "./saft-options";
import { addCounted, emptySummary, type SaftSummary } from "./saft-summary";
import type { AccountOf } from "./saft-transaction";
import { parentElement, textElement, type XmlElement } from "./xml-element";

const KINDS = {
  "paid-in": { id: "PAYIN", code: SAFT_PREDEFINED_CODES.transaction.inPayment, text: "In payment" },
  "paid-out": { id: "PAYOUT", code: SAFT_PREDEFINED_CODES.transaction.outPayment, text: "Out payment" },
  "over-short": {
    id: "CASHDIFF",
    code: SAFT_PREDEFINED_CODES.transaction.cashDifference,
    text: "Cash difference",
  },
} as const;

/**
 * A paid-in, paid-out or cash difference as a SAF-T `cashtransaction` with one payment line (11011,
 * 11010 or 11008): cash into the drawer is positive, cash out negative.
 *
 * @param event - the session event
 * @param sequence - its number in the file (`nr`)
 * @param accountOf - account lookup from the event's journal entry
 * @param settings - export options
 * @param basics - the registry of codes used
 * @returns the element and its Z-report contribution
 * @internal
 */
export function saftSessionEvent(
  event: SessionEvent,
  sequence: number,
  accountOf: AccountOf,
  settings: SaftSettings,
  basics: SaftBasics,
): { element: XmlElement; summary: SaftSummary } {
  const kind = KINDS[event.kind];
  const tender = event.tender ?? "cash";
  const drawerMinor = event.kind === "paid-out" ? -event.amount.minor : event.amount.minor;
  const summary = emptySummary(event.kind, event.amount.minor);
  const transType = basics.use(SAFT_BASIC_TYPES.transaction, kind.id, kind.code, kind.text);
  const paymentCode =
    settings.codes.tenders[tender] ??
    DEFAULT_SAFT_TENDER_CODES[tender] ??
    SAFT_PREDEFINED_CODES.payment.other;
  const paymentType = basics.use(SAFT_BASIC_TYPES.payment, `PAY-${tender}`, paymentCode, tender);
  addCounted(summary.payments, event.reason ?? kind.id, event.amount.minor);
  const { day, month, year, time } = localDateParts(event.date);
  const element = parentElement("cashtransaction", [
    textElement("nr", String(sequence)),
    textElement("transID", event.id),
    textElement("transType", transType),
    textElement("transAmntIn", saftAmount(drawerMinor, event.currency)),
    textElement("transAmntEx", saftAmount(drawerMinor, event.currency)),
    textElement("amntTp", creditFlag(drawerMinor)),
    textElement("transDate", `${year}-${month}-${day}`),
    textElement("transTime", time),
    textElement("desc", event.reason ?? kind.text),
    parentElement("payment", [
      textElement("paymentType", paymentType),
      textElement("paidAmnt", saftSignedAmount(drawerMinor, event.currency)),
      textElement("curCode", event.currency),
      accountOf("tender", tender) === undefined
        ? undefined
        : textElement("accID", accountOf("tender", tender) as string),
    ]),
    textElement("signature", ""),
    textElement("keyVersion", ""),
  ]);
  return { element, summary };
}
