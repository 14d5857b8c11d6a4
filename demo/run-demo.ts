import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { DemoOptions } from "./options";
import { makeProgress } from "./progress";
import { createDemoTill, type DemoContext, dayClock } from "./setup/demo-context";
import { connectDevices } from "./setup/devices";
import { localePreset } from "./setup/locales";
import { type DemoStore, memoryDemoStore, openDemoStore } from "./setup/open-store";
import { loadCjkGlyphs } from "./setup/receipt-font";
import { accountingExports } from "./steps/accounting-exports";
import { cashOffice } from "./steps/cash-office";
import { charts } from "./steps/charts";
import { closeDay } from "./steps/close-day";
import { loyaltyAndPromotions } from "./steps/loyalty-promotions";
import { openSession } from "./steps/open-session";
import { returnWithClawback } from "./steps/return-clawback";
import { scanBasket } from "./steps/scan-basket";
import { splitPayment } from "./steps/split-payment";
import { suspendAndResume } from "./steps/suspend-resume";
import { verifyTheJournal } from "./steps/verify-journal";

/** The day this run is: one more than the Z reports stored; refuses a stored day left half-way. */
async function nextDay(store: DemoStore): Promise<number> {
  const entries = await store.ports.journal.read("reg-1");
  const count = (type: string) => entries.filter((entry) => entry.type === type).length;
  if (count("session.opened") > count("session.closed"))
    throw new Error("The stored day was interrupted with its session open; run the demo with --fresh");
  return count("report.z") + 1;
}

/** What a run produced. */
export interface DemoResult {
  readonly outputDir: string;
  readonly day: number;
  readonly storeDescription: string;
  readonly receiptImages: readonly string[];
  readonly isJournalIntact: boolean;
}

/**
 * A scripted till day: open with a float, scan and weigh, loyalty and promotions, a suspended sale,
 * a split payment with a card timeout, a return with a clawback, cash office, X and Z, accounting
 * exports, charts, and the journal verified.
 *
 * @param options - locale, fresh start, output and store folders
 * @param write - where progress lines go
 * @returns what the run produced
 */
export async function runDemo(options: DemoOptions, write: (line: string) => void): Promise<DemoResult> {
  const preset = localePreset(options.locale);
  const outputDir = join(options.outputDir, options.locale);
  mkdirSync(outputDir, { recursive: true });
  // Receipt images of an earlier run would sit beside this run's under other names.
  for (const name of readdirSync(outputDir))
    if (/^receipt-.*\.png$/.test(name)) rmSync(join(outputDir, name));
  const out = makeProgress(write);
  const store = options.memory ? memoryDemoStore() : await openDemoStore(options.dataDir, options.fresh);
  try {
    const day = await nextDay(store);
    const { clock, start } = dayClock(day);
    write(`tillkit — a day at the till: ${preset.locale}, ${preset.currency}, ${preset.tax.name}`);
    write(`store: ${store.description}; day ${day}${day > 1 ? " (run with --fresh to start over)" : ""}`);
    const devices = await connectDevices(preset, () => new Date(clock.now()));
    const context: DemoContext = {
      preset,
      ...createDemoTill(preset, store, day, clock),
      devices,
      store,
      out,
      outputDir,
      glyphs: preset.language === "zh" ? loadCjkGlyphs(options.fontFile) : undefined,
      day,
      now: () => new Date(clock.now()),
      drawerCash: 0n,
      completed: [],
      receiptFiles: [],
    };
    await openSession(context);
    await scanBasket(context);
    await loyaltyAndPromotions(context);
    await suspendAndResume(context);
    await splitPayment(context);
    await returnWithClawback(context);
    await cashOffice(context);
    await closeDay(context);
    const facts = await accountingExports(context, start);
    await charts(context, facts);
    const isJournalIntact = await verifyTheJournal(context);
    write(`\nDone in ${outputDir}/: receipts (PNG), z-report.json, journal.json, exports and charts.`);
    return {
      outputDir,
      day,
      storeDescription: store.description,
      receiptImages: context.receiptFiles,
      isJournalIntact,
    };
  } finally {
    await store.close();
  }
}
