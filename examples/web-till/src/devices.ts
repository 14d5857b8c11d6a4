import {
  attachKeyboardWedge,
  type CustomerDisplay,
  createMemoryLink,
  createScale,
  createScaleEmulator,
  createScannerEmulator,
  createSerialScanner,
  type DeviceManager,
  type KeydownTarget,
  makeCustomerDisplay,
  makeDeviceManager,
  makeReceiptPrinter,
  mtSicsProtocol,
  type ReceiptPrinter,
  type Scale,
  type ScaleEmulator,
  type Scan,
  type ScannerEmulator,
  type ScanSource,
  VirtualDisplay,
  VirtualPrinter,
} from "tillkit/devices";
import { CURRENCY } from "./catalog";

/** Paper profile of the receipt printer (and of the on-screen preview). */
export const PRINTER_PROFILE = "generic-escpos-58mm";

/**
 * The devices the till talks to. Each starts as an emulator on an in-memory link, so the till works with
 * no hardware; connecting real hardware (see hardware.ts) replaces the driver, not the till.
 */
export interface TillDevices {
  readonly manager: DeviceManager;
  /** Every scan source (keyboard wedge, emulator, WebHID) feeds the one hub. */
  readonly scans: ScanHub;
  readonly scannerEmulator: ScannerEmulator;
  readonly scaleEmulator: ScaleEmulator;
  scale: Scale;
  /** Printers that get every receipt: the virtual one always (it draws the preview), plus real ones. */
  readonly printers: ReceiptPrinter[];
  readonly paper: VirtualPrinter;
  display: CustomerDisplay;
  readonly virtualDisplay: VirtualDisplay;
  /** Which devices are emulated and which are real, for the status bar. */
  readonly kinds: Record<"scanner" | "printer" | "scale" | "display", string>;
}

/** Fans the scans of every source into one listener, and keeps the sources so they can be detached. */
export interface ScanHub {
  add(source: ScanSource): void;
  listen(onScan: (scan: Scan) => void, onError: (error: Error) => void): void;
}

function makeScanHub(): ScanHub {
  let listeners: { onScan: (scan: Scan) => void; onError: (error: Error) => void } | undefined;
  const sources: ScanSource[] = [];
  return {
    add(source) {
      sources.push(source);
      source.onScan((scan) => listeners?.onScan(scan));
      source.onError((error) => listeners?.onError(error));
    },
    listen(onScan, onError) {
      listeners = { onScan, onError };
    },
  };
}

/** Listens on the capture phase, so a wedge scan's Enter is claimed before any input field sees it. */
function captureTarget(target: Window): KeydownTarget {
  return {
    addEventListener: (type, listener) => target.addEventListener(type, listener, { capture: true }),
    removeEventListener: (type, listener) => target.removeEventListener(type, listener, { capture: true }),
  };
}

/**
 * Wires the emulated devices: a serial scanner emulator, a keyboard-wedge listener on the window, an
 * MT-SICS scale emulator, a virtual ESC/POS printer and a CD5220 pole display.
 *
 * @param window - where wedge scanners type
 * @returns the devices, all connected
 */
export async function openEmulatedDevices(window: Window): Promise<TillDevices> {
  const manager = makeDeviceManager();
  const scannerLink = createMemoryLink("emulated-scanner");
  const scaleLink = createMemoryLink("emulated-scale");
  const printerLink = createMemoryLink("virtual-printer");
  const displayLink = createMemoryLink("virtual-display");
  manager.register({ id: "emulated-scanner", role: "scanner", transport: scannerLink.host });
  manager.register({ id: "emulated-scale", role: "scale", transport: scaleLink.host });
  manager.register({ id: "virtual-printer", role: "printer", transport: printerLink.host });
  manager.register({ id: "virtual-display", role: "display", transport: displayLink.host });
  await Promise.all([
    scannerLink.host.open(),
    scaleLink.host.open(),
    printerLink.host.open(),
    displayLink.host.open(),
  ]);
  const interpret = { currency: CURRENCY };
  const scans = makeScanHub();
  scans.add(createSerialScanner(scannerLink.host, { interpret }));
  scans.add(attachKeyboardWedge(captureTarget(window), { interpret }));
  return {
    manager,
    scans,
    scannerEmulator: createScannerEmulator(scannerLink.device, { mode: "serial" }),
    scaleEmulator: createScaleEmulator(scaleLink.device, { protocol: "mt-sics", weight: "1.235" }),
    scale: createScale(scaleLink.host, mtSicsProtocol),
    printers: [makeReceiptPrinter({ transport: printerLink.host, profile: PRINTER_PROFILE })],
    paper: new VirtualPrinter(printerLink.device),
    display: makeCustomerDisplay(displayLink.host, "cd5220", { currency: CURRENCY }),
    virtualDisplay: new VirtualDisplay(displayLink.device, "cd5220"),
    kinds: { scanner: "emulated", printer: "virtual", scale: "emulated", display: "virtual" },
  };
}
