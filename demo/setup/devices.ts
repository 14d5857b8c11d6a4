import {
  type CashDrawer,
  type CustomerDisplay,
  createMemoryLink,
  createScale,
  createScaleEmulator,
  createScannerEmulator,
  createSerialScanner,
  makeCashDrawer,
  makeCustomerDisplay,
  mtSicsProtocol,
  type Scale,
  type ScaleEmulator,
  type Scan,
  VirtualDisplay,
  VirtualDrawer,
  VirtualPrinter,
} from "tillkit/devices";
import { IN_STORE_TEMPLATE } from "./catalog";
import type { LocalePreset } from "./locales";

/** The counter's devices, each an emulator on the device end of an in-memory link. */
export interface DemoDevices {
  /** Sends a barcode through the scanner emulator and resolves with what the serial scanner read. */
  scan(scanned: string): Promise<Scan>;
  readonly scale: Scale;
  readonly scalePlatter: ScaleEmulator;
  readonly drawer: CashDrawer;
  readonly drawerEmulator: VirtualDrawer;
  readonly display: CustomerDisplay;
  readonly pole: VirtualDisplay;
  /** The receipt printer's device end: a fresh virtual printer per receipt. */
  newPaper(): {
    readonly paper: VirtualPrinter;
    readonly transport: ReturnType<typeof createMemoryLink>["host"];
  };
}

const DISPLAY_LABELS = {
  en: { total: "TOTAL", paid: "Paid", change: "Change" },
  nl: { total: "TOTAAL", paid: "Betaald", change: "Wisselgeld" },
  // The pole display's code page has no CJK: pinyin keeps the columns.
  zh: { total: "HEJI", paid: "SHISHOU", change: "ZHAOLING" },
} as const;

async function scannerFor(preset: LocalePreset): Promise<DemoDevices["scan"]> {
  const { host, device } = createMemoryLink("scanner");
  await host.open();
  const inStore = { currency: preset.currency, templates: [{ pattern: IN_STORE_TEMPLATE }] };
  const scanner = createSerialScanner(host, { interpret: { currency: preset.currency, inStore } });
  const emulator = createScannerEmulator(device, { mode: "serial" });
  return (scanned) =>
    new Promise<Scan>((resolve, reject) => {
      const stops = [
        scanner.onScan((scan) => {
          for (const stop of stops) stop();
          resolve(scan);
        }),
        scanner.onError((error) => {
          for (const stop of stops) stop();
          reject(error);
        }),
      ];
      emulator.scan(scanned).catch(reject);
    });
}

/**
 * Connects the emulated scanner (serial, AIM identifiers), MT-SICS scale, printer-driven cash drawer,
 * CD5220 pole display and ESC/POS printer.
 *
 * @param preset - currency, language and locale of the display
 * @param clock - the till's clock, for the drawer's events
 * @returns the devices
 */
export async function connectDevices(preset: LocalePreset, clock: () => Date): Promise<DemoDevices> {
  const scaleLink = createMemoryLink("scale");
  await scaleLink.host.open();
  const scalePlatter = createScaleEmulator(scaleLink.device, { protocol: "mt-sics" });
  const drawerLink = createMemoryLink("drawer");
  const drawerEmulator = new VirtualDrawer(drawerLink.device);
  const displayLink = createMemoryLink("display");
  await displayLink.host.open();
  const pole = new VirtualDisplay(displayLink.device, "cd5220");
  return {
    scan: await scannerFor(preset),
    scale: createScale(scaleLink.host, mtSicsProtocol, { timeoutMs: 1000 }),
    scalePlatter,
    drawer: makeCashDrawer({
      id: "drawer-1",
      transport: drawerLink.host,
      connection: { kind: "printer" },
      clock,
    }),
    drawerEmulator,
    display: makeCustomerDisplay(displayLink.host, "cd5220", {
      currency: preset.currency,
      locale: preset.locale,
      labels: DISPLAY_LABELS[preset.language],
    }),
    pole,
    newPaper: () => {
      const link = createMemoryLink("printer");
      return { paper: new VirtualPrinter(link.device), transport: link.host };
    },
  };
}
