import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import type { EmulatorLink } from "../scale/emulator-link";
import { encodeScanAsHidReports, encodeScanAsSerial } from "./encode-scan";
import { hidPosReportLayoutSchema } from "./hid-pos-report-layout";

/**
 * zod schema for {@link createScannerEmulator} options.
 *
 * @public
 */
export const scannerEmulatorOptionsSchema = /* @__PURE__ */ z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("serial"), terminator: z.string().min(1).default("\r") }),
  z.object({ mode: z.literal("hid"), layout: hidPosReportLayoutSchema.prefault({}) }),
]);

/**
 * Options of {@link createScannerEmulator}, see {@link scannerEmulatorOptionsSchema}.
 *
 * @public
 */
export type ScannerEmulatorOptions = z.input<typeof scannerEmulatorOptionsSchema>;

/**
 * A virtual scanner on the device end of a link.
 *
 * @public
 */
export interface ScannerEmulator {
  /** Sends a barcode as the real scanner would (AIM identifier first when given, e.g. "]E04006381333931"). */
  scan(scanned: string): Promise<void>;
}

/**
 * Emulates a serial or HID POS scanner on the device end of a link (typically the in-memory link), sending
 * barcodes as the exact bytes or reports the device would. Keyboard-wedge scans are key events instead:
 * see {@link encodeScanAsKeys}.
 *
 * @param link - the device end of the link
 * @param options - serial (terminator) or hid (report layout)
 * @returns the emulator
 * @throws TillError INVALID_INPUT
 * @example
 * ```ts
 * const { host, device } = createMemoryLink("scanner");
 * const scanner = createSerialScanner(host);
 * await createScannerEmulator(device, { mode: "serial" }).scan("]E04006381333931");
 * ```
 * @public
 */
export function createScannerEmulator(link: EmulatorLink, options: ScannerEmulatorOptions): ScannerEmulator {
  const settings = parseWith(scannerEmulatorOptionsSchema, options, ["options"]);
  return {
    scan: async (scanned) => {
      if (settings.mode === "serial") {
        await link.send(encodeScanAsSerial(scanned, settings.terminator));
        return;
      }
      for (const report of encodeScanAsHidReports(scanned, settings.layout)) await link.send(report);
    },
  };
}
