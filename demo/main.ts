/**
 * `npm run demo`: a scripted till day run against the built package's public exports only.
 * Writes receipts (PNG) and reports to demo-output/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  allocate,
  createFixedClock,
  createManualTimer,
  createMemoryApprovals,
  createMemoryCatalog,
  createMemorySaleStore,
  createPaymentTerminalSimulator,
  createSequentialIds,
  createTill,
  getCashRoundingPreset,
  isTillError,
  type JournalEntry,
  type PricedSale,
  parseMoney,
  roundDecimal,
  type Sale,
  verifyJournal,
} from "tillkit";
import {
  buildReceiptDocument,
  createMemoryLink,
  makeReceiptPrinter,
  parseGs1ElementString,
  receiptDataFromSale,
  VirtualPrinter,
} from "tillkit/devices";
import { EU_NETHERLANDS_VAT, taxRulesFromConfiguration } from "tillkit/tax";

const outputDir = "demo-output";
mkdirSync(outputDir, { recursive: true });

let step = 0;
const heading = (title: string) => console.log(`\n[${++step}] ${title}`);
const show = (label: string, value: unknown) => console.log(`    ${label.padEnd(46)} ${String(value)}`);
const eur = (amount: string) => ({ amount, currency: "EUR" });

console.log("tillkit — a day at the till (NL: EUR, Dutch VAT included in prices, cash rounded to 0.05)");

heading("Exact money: no floats anywhere");
show(
  "0.10 + 0.20",
  parseMoney("0.10", "EUR").minor + parseMoney("0.20", "EUR").minor === 30n ? "0.30 exactly" : "drift",
);
show(
  "2.675 half-up / -2.675 half-up",
  `${roundDecimal("2.675", { mode: "half-up", increment: "0.01" })} / ${roundDecimal("-2.675", { mode: "half-up", increment: "0.01" })}`,
);
show(
  "10.00 discount over lines 12.99 / 7.49 / 3.50",
  allocate(parseMoney("10.00", "EUR"), ["12.99", "7.49", "3.50"]).join(" / "),
);

heading("Set up the till: catalog, Dutch VAT, NL cash rounding, card terminal simulator");
const terminal = createPaymentTerminalSimulator("T1");
const timer = createManualTimer();
const till = createTill({
  storeId: "amsterdam-1",
  registerId: "reg-1",
  currency: "EUR",
  rules: {
    tax: taxRulesFromConfiguration(EU_NETHERLANDS_VAT, {
      id: "nl-vat",
      version: 1,
      scope: "line",
      mode: "half-up",
    }),
  },
  tenderPolicy: { cashRounding: getCashRoundingPreset("NL") },
  ports: {
    catalog: createMemoryCatalog([
      { sku: "COFFEE", description: "Coffee beans 500 g", unitPrice: eur("12.99") },
      { sku: "MUG", description: "Mug", unitPrice: eur("7.49") },
      { sku: "MILK", description: "Milk 1 l", unitPrice: eur("1.49"), taxCategory: "reduced" },
      { sku: "BREAD", description: "Sourdough bread", unitPrice: eur("3.50"), taxCategory: "reduced" },
    ]),
    saleStore: createMemorySaleStore(),
    approvals: createMemoryApprovals(() => ({ isGranted: true, approvedBy: "manager-1" })),
    clock: createFixedClock("2026-11-23T09:00:00Z"),
    ids: createSequentialIds(),
    paymentTerminal: terminal,
    timer,
  },
});
till.signIn({ employeeId: "emp-7", role: "cashier" });
const opened = await till.openSession({
  currency: "EUR",
  counts: [
    { denomination: "20.00", count: 5 },
    { denomination: "1.00", count: 20 },
  ],
});
show("session opened with float", "120.00 (5 × 20.00, 20 × 1.00)");
show("journal entry", `#${opened.seq} ${opened.type}`);

heading("Scan: a GS1-128 label is parsed exactly");
const label = parseGs1ElementString("010952123456788210ABC123\u001d3103000350");
for (const element of label) show(`AI (${element.ai}) ${element.title}`, element.data);

heading("Sale 1: coffee × 2, mug, milk, bread with 10.00 off the basket");
await till.startSale();
for (const sku of ["COFFEE", "COFFEE", "MUG", "MILK", "BREAD"]) await till.addItem({ sku, quantity: "1" });
await till.addDiscount({
  scope: { kind: "basket" },
  value: { kind: "amount", amount: "10.00" },
  reason: "opening day",
});
const before = till.current()?.priced;
show("subtotal / discount / total", `${before?.subtotal} / ${before?.discountTotal} / ${before?.total}`);
show("VAT included", before?.taxTotal);

heading("Sale 1: card 20.00 — the terminal goes silent, the status query settles it");
terminal.script({ outcome: "timeout", actually: "approved" });
const pendingCard = till.addTender({ kind: "card", amount: "20.00" });
await timer.whenArmed();
timer.advance(120_000);
const silent = await pendingCard;
const card = silent.sale.tenders[0];
show("card tender after the watchdog", card?.status);
try {
  await till.complete();
} catch (error) {
  if (isTillError(error)) show("complete() refuses while unknown", error.code);
  else throw error;
}
await till.resolvePayment(card?.reference ?? "");
show("after the status query", till.current()?.sale.tenders[0]?.status);

heading("Sale 1: the rest in cash, rounded to 0.05 under the NL rule");
await till.addTender({ kind: "cash", amount: "20.00" });
const first = await till.complete();
show("receipt", first.sale.receiptNumber);
show("cash rounding line", first.sale.cashRounding?.difference.toString() ?? "0.00");
show("change", first.priced.change);

heading("Receipt printed through ESC/POS and read back by the virtual printer");
await printReceipt(first.sale, first.priced, "receipt-1");

heading("Sale 2: bread and milk, paid in cash");
await till.startSale();
await till.addItem({ sku: "BREAD", quantity: "1" });
await till.addItem({ sku: "MILK", quantity: "2" });
await till.addTender({ kind: "cash", amount: "10.00" });
const second = await till.complete();
show(
  "receipt / total / change",
  `${second.sale.receiptNumber} / ${second.priced.total} / ${second.priced.change}`,
);
await printReceipt(second.sale, second.priced, "receipt-2");

heading("A no-sale drawer opening and a paid-out");
await till.noSale("change for the market stall");
await till.paidOut({ amount: "5.00", reason: "window cleaner" });
show("journaled", "drawer.opened, cash.paidOut");

heading("X report (mid-day, resets nothing)");
const x = await till.xReport();
show("sales", `${x.sales.count} receipts, ${x.sales.total}`);
for (const tax of x.taxes) show(`VAT ${tax.jurisdiction} ${tax.rate}`, `base ${tax.base}, tax ${tax.tax}`);
for (const tender of x.tenders) show(`tender ${tender.kind}`, tender.amount);

heading("Close the session with the counted cash, then the Z report");
const closed = await till.closeSession({
  currency: "EUR",
  counts: [
    { denomination: "20.00", count: 6 },
    { denomination: "5.00", count: 3 },
    { denomination: "1.00", count: 11 },
    { denomination: "0.05", count: 1 },
  ],
});
show("session closed", `#${closed.seq} ${closed.type}`);
const z = await till.zReport();
show(`Z ${z.zNumber}`, `sales ${z.sales.total}, grand total ${z.grandTotals.net}`);
writeFileSync(join(outputDir, "z-report.json"), `${JSON.stringify(z, null, 2)}\n`);

heading("The journal verifies end to end");
const journal = await till.journal();
const verdict = await verifyJournal(journal);
show("entries", journal.length);
show("hash chain", verdict.ok ? "intact" : JSON.stringify(verdict));
writeFileSync(join(outputDir, "journal.json"), `${JSON.stringify(journal, null, 2)}\n`);

console.log(`\nDone. Receipts and reports are in ${outputDir}/.`);

async function printReceipt(sale: Sale, priced: PricedSale, name: string): Promise<void> {
  const entries = await till.journal();
  const entry = [...entries]
    .reverse()
    .find((candidate) => candidate.receiptNumber !== undefined) as JournalEntry;
  const data = receiptDataFromSale(sale, priced, {
    store: { name: "Corner Shop", addressLines: ["Prinsengracht 1", "Amsterdam"], vatId: "NL001234567B01" },
    journalEntry: entry,
    cashierName: "Sam",
    returnPolicy: "Returns within 30 days with this receipt.",
  });
  const { host, device } = createMemoryLink("printer");
  const paper = new VirtualPrinter(device);
  const printer = makeReceiptPrinter({ transport: host, profile: "generic-escpos-58mm" });
  const result = await printer.print(buildReceiptDocument(data, { locale: "en" }));
  if (result.status === "failed") throw result.error;
  for (const line of paper.lines()) console.log(`      | ${line}`);
  writeFileSync(join(outputDir, `${name}.png`), paper.png());
  show("PNG written", join(outputDir, `${name}.png`));
}
