import { parseWith } from "../../../core/errors/from-zod";
import { TillError } from "../../../core/errors/till-error";
import type { Journal } from "../../accounting/journal";
import { type JournalSource, journalSourceSchema } from "../../accounting/journal-policy";
import { checkedJournal } from "../checked-journal";
import { makeSaftBasics } from "./saft-basics";
import { saftHeader, saftMasterData } from "./saft-master-data";
import { type SaftOptions, saftOptionsSchema } from "./saft-options";
import { type Item, registerElements } from "./saft-registers";
import { parentElement, textElement, writeXml, type XmlElement } from "./xml-element";

/**
 * The namespace of Skatteetaten's SAF-T Cash Register schema, version 1.00.
 *
 * @public
 */
export const SAFT_CASH_REGISTER_NAMESPACE = "urn:StandardAuditFile-Taxation-CashRegister:NO";

/**
 * Writes Norway's SAF-T Cash Register XML (schema 1.00) for a period: master data (ledger accounts used,
 * VAT codes, the basics with their predefined codes), then per register a sales/return receipt event per
 * receipt, a Z report event per session and a cashtransaction per receipt and session cash movement.
 * Every account in it comes from the receipt-level journal of the same receipts.
 *
 * @param sourceInput - the receipts and session events of the period
 * @param journal - the receipt-granularity journal built from exactly that source
 * @param options - company, software, period, creation time and code mappings
 * @returns the XML text (UTF-8, two-space indentation, deterministic)
 * @throws TillError INVALID_INPUT (bad options, a session journal, a receipt missing from the journal, an id
 *   over 35 characters), UNBALANCED_JOURNAL
 * @public
 */
export function exportSaftCashRegister(
  sourceInput: JournalSource,
  journal: Journal,
  options: SaftOptions,
): string {
  const settings = { ...parseWith(saftOptionsSchema, options, ["options"]), currency: journal.currency };
  const source = parseWith(journalSourceSchema, sourceInput, ["source"]);
  const checked = checkedJournal(journal);
  if (checked.granularity !== "receipt") {
    throw new TillError("INVALID_INPUT", {
      message: "SAF-T needs the receipt-granularity journal",
      path: ["journal", "granularity"],
    });
  }
  const entries = new Map(checked.entries.map((entry) => [entry.id, entry]));
  const basics = makeSaftBasics();
  const items: Item[] = [
    ...source.documents.map((value): Item => ({ kind: "document", value })),
    ...source.events.map((value): Item => ({ kind: "event", value })),
  ];
  const registers = registerElements(items, entries, settings, basics);
  const location = parentElement("location", [
    settings.locationName === undefined ? undefined : textElement("name", settings.locationName),
    ...registers,
  ]);
  const root: XmlElement = {
    name: "auditfile",
    attributes: { xmlns: SAFT_CASH_REGISTER_NAMESPACE },
    children: [
      saftHeader(settings),
      parentElement("company", [...saftMasterData(settings, checked, basics), location]),
    ],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${writeXml(root)}`;
}
