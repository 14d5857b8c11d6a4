import {
  createFixedClock,
  createManualTimer,
  createMemoryApprovals,
  createMemoryCatalog,
  createPaymentTerminalSimulator,
  createSequentialIds,
  createTill,
  defaultStages,
  type JournalEntry,
  type ManualTimer,
  type PaymentTerminalSimulator,
  type PricedSale,
  type Sale,
  type Till,
} from "tillkit";
import type { GlyphSource } from "tillkit/devices";
import { previewLoyalty } from "tillkit/pricing";
import { taxRulesFromConfiguration } from "tillkit/tax";
import type { Progress } from "../progress";
import { catalogFor } from "./catalog";
import type { DemoDevices } from "./devices";
import type { LocalePreset } from "./locales";
import type { DemoStore } from "./open-store";
import { pricingRulesFor } from "./rules";

/** A completed sale as the demo keeps it for receipts and returns. */
export interface CompletedSale {
  readonly sale: Sale;
  readonly priced: PricedSale;
}

/** Everything the steps share. */
export interface DemoContext {
  readonly preset: LocalePreset;
  readonly till: Till;
  readonly terminal: PaymentTerminalSimulator;
  readonly timer: ManualTimer;
  readonly devices: DemoDevices;
  readonly store: DemoStore;
  readonly out: Progress;
  readonly outputDir: string;
  /** Glyphs for the receipt images (CJK), when a font is at hand. */
  readonly glyphs: GlyphSource | undefined;
  /** Which day of the store this run is (1 on a fresh store). */
  readonly day: number;
  /** The clock's current instant (for devices). */
  readonly now: () => Date;
  /** Cash in the drawer in minor units, as the demo tallies it for the closing count. */
  drawerCash: bigint;
  readonly completed: CompletedSale[];
  readonly receiptFiles: string[];
}

/** Day n of the store starts at 09:00 UTC on 23 November 2026 + (n − 1) days; each reading advances 20 s. */
export function dayClock(day: number): { clock: ReturnType<typeof createFixedClock>; start: string } {
  const start = new Date(Date.UTC(2026, 10, 22 + day, 9, 0, 0)).toISOString();
  return { clock: createFixedClock(start, 20), start };
}

/**
 * The till for a locale on the store's ports: catalog, tax, promotions, coupons, loyalty preview, cash
 * rounding, the card terminal simulator with a manual watchdog timer, and ids unique to the day.
 *
 * @returns the till, its terminal and timer
 */
export function createDemoTill(
  preset: LocalePreset,
  store: DemoStore,
  day: number,
  clock: ReturnType<typeof createFixedClock>,
): { till: Till; terminal: PaymentTerminalSimulator; timer: ManualTimer } {
  const terminal = createPaymentTerminalSimulator("T1");
  const timer = createManualTimer();
  const till = createTill({
    storeId: "store-1",
    registerId: "reg-1",
    currency: preset.currency,
    stages: [...defaultStages, previewLoyalty],
    rules: {
      tax: taxRulesFromConfiguration(preset.tax, {
        id: preset.tax.id,
        version: 1,
        scope: "line",
        mode: "half-up",
      }),
      ...pricingRulesFor(preset),
      store: { timeZone: preset.timeZone },
    },
    tenderPolicy: { cashRounding: preset.cashRounding },
    ports: {
      catalog: createMemoryCatalog(catalogFor(preset)),
      ...store.ports,
      approvals: createMemoryApprovals(() => ({ isGranted: true, approvedBy: "manager-1" })),
      clock,
      ids: createSequentialIds(`d${day}-`),
      paymentTerminal: terminal,
      timer,
    },
  });
  till.signIn({ employeeId: "emp-7", role: "cashier" });
  return { till, terminal, timer };
}

/** The journal entry of the last receipt (its sequence and hash go into the receipt's QR code). */
export async function lastReceiptEntry(till: Till): Promise<JournalEntry | undefined> {
  const entries = await till.journal();
  return [...entries].reverse().find((entry) => entry.receiptNumber !== undefined);
}
