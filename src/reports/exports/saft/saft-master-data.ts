import type { Journal } from "../../accounting/journal";
import { localDateParts } from "../signed-amount";
import type { SaftBasics } from "./saft-basics";
import type { SaftSettings } from "./saft-options";
import { parentElement, textElement, type XmlElement } from "./xml-element";

/**
 * The SAF-T `header`: period, currency, creation time and software.
 *
 * @param settings - export options with the journal currency
 * @returns the header element
 * @internal
 */
export function saftHeader(settings: SaftSettings & { currency: string }): XmlElement {
  const created = localDateParts(settings.createdAt);
  return parentElement("header", [
    textElement("fiscalYear", settings.period.start.slice(0, 4)),
    textElement("startDate", settings.period.start),
    textElement("endDate", settings.period.end),
    textElement("curCode", settings.currency),
    textElement("dateCreated", `${created.year}-${created.month}-${created.day}`),
    textElement("timeCreated", created.time),
    textElement("softwareDesc", settings.software.description),
    textElement("softwareVersion", settings.software.version),
    textElement("softwareCompanyName", settings.software.companyName),
    textElement("auditfileVersion", "1.0"),
  ]);
}

/**
 * The company's master data in schema order: identity, the ledger accounts the journal uses, VAT codes
 * and the basics. The basics element is read lazily (a getter) because transactions declare basics as
 * they are written; call this after the registers are built.
 *
 * @param settings - export options
 * @param journal - the journal (for ledger accounts)
 * @param basics - the registry, complete
 * @returns the company's leading children
 * @internal
 */
export function saftMasterData(
  settings: SaftSettings,
  journal: Journal,
  basics: SaftBasics,
): (XmlElement | undefined)[] {
  const accounts = new Map<string, string>();
  for (const entry of journal.entries)
    for (const line of entry.lines) accounts.set(line.account, line.accountName);
  const vatCodes = Object.entries(settings.codes.vat);
  return [
    textElement("companyIdent", settings.company.ident),
    textElement("companyName", settings.company.name),
    settings.company.taxRegIdent === undefined
      ? undefined
      : textElement("taxRegIdent", settings.company.taxRegIdent),
    accounts.size === 0
      ? undefined
      : parentElement(
          "generalLedger",
          [...accounts]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([id, name]) =>
              parentElement("ledgerAccount", [textElement("accID", id), textElement("accDesc", name)]),
            ),
        ),
    vatCodes.length === 0
      ? undefined
      : parentElement(
          "vatCodeDetails",
          vatCodes.map(([key, vat]) =>
            parentElement("vatCodeDetail", [
              textElement("vatCode", vat.code),
              textElement("dateOfEntry", settings.period.start),
              textElement("vatDesc", key),
              textElement("standardVatCode", vat.standardCode),
            ]),
          ),
        ),
    basics.element(),
  ];
}
