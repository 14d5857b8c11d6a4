import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  accountingSourceOf,
  type ChartOfAccountsInput,
  exportGeneralLedgerCsv,
  exportQuickBooksIif,
  exportSaftCashRegister,
  exportXeroManualJournals,
  makeJournalBuilder,
  readSaleFacts,
  type SaleFacts,
  taxKey,
} from "tillkit/reports";
import type { DemoContext } from "../setup/demo-context";

type Source = ReturnType<typeof accountingSourceOf>;

/** The shop's chart of accounts; one VAT/sales-tax account per jurisdiction and rate the day used. */
function chartFor(source: Source): ChartOfAccountsInput {
  const rates = new Map<string, { jurisdiction: string; rate: string }>();
  for (const document of source.documents)
    for (const tax of document.taxes) rates.set(taxKey(tax.jurisdiction, tax.rate), tax);
  const taxes = [...rates.values()].map((tax, index) => ({ ...tax, account: String(2600 + index) }));
  return {
    accounts: {
      "1000": { name: "Cash" },
      "1910": { name: "Card clearing" },
      "4000": { name: "Sales" },
      "4950": { name: "Discounts" },
      "6199": { name: "Other expenses" },
      "6990": { name: "Cash rounding" },
      "6991": { name: "Cash over short" },
      ...Object.fromEntries(
        taxes.map((tax) => [tax.account, { name: `Tax ${tax.jurisdiction} ${tax.rate}` }]),
      ),
    },
    revenue: { byKey: {}, default: "4000" },
    discounts: { treatment: "contra-revenue", accounts: { byKey: {}, default: "4950" } },
    taxes,
    tenders: { cash: "1000", card: "1910" },
    cashRounding: "6990",
    overShort: "6991",
    paidOut: { byKey: {}, default: "6199" },
  };
}

function write(context: DemoContext, name: string, content: string): void {
  const file = join(context.outputDir, name);
  writeFileSync(file, content);
  context.out.show("written", file);
}

/**
 * The day's journal read back into sale facts, posted to a balanced double-entry journal, and exported
 * as a general-ledger CSV, Xero manual journals, a QuickBooks IIF file and SAF-T Cash Register XML.
 *
 * @returns the facts, for the charts
 */
export async function accountingExports(context: DemoContext, dayStart: string): Promise<SaleFacts> {
  const { till, out, preset } = context;
  out.step("Accounting exports from the journal: GL CSV, Xero CSV, IIF, SAF-T XML");
  const facts = await readSaleFacts(await till.journal(), { currency: preset.currency, from: dayStart });
  const source = accountingSourceOf(facts);
  const chart = chartFor(source);
  const journal = makeJournalBuilder({ currency: preset.currency, granularity: "receipt", chart })(source);
  out.show("journal entries (each balances)", journal.entries.length);
  write(context, "general-ledger.csv", exportGeneralLedgerCsv(journal));
  for (const file of exportXeroManualJournals(journal, { defaultTaxRate: "Tax Exempt" }))
    write(context, file.name, file.content);
  write(context, "quickbooks.iif", exportQuickBooksIif(journal, { account: "name" }));
  const day = dayStart.slice(0, 10);
  const saft = exportSaftCashRegister(source, journal, {
    company: { ident: "999999999", name: preset.store.name },
    software: { description: "tillkit demo", version: "0.1.0", companyName: "tillkit" },
    period: { start: day, end: day },
    createdAt: dayStart,
  });
  write(context, "saft-cash-register.xml", saft);
  return facts;
}
