import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { scanInterpreterOptionsSchema } from "../barcode/make-scan-interpreter";
import type { ByteTransport } from "../transport/byte-transport";
import { decodeHidPosReport } from "./decode-hid-pos-report";
import { hidPosReportLayoutSchema } from "./hid-pos-report-layout";
import { makeScanDispatcher, type ScanSource } from "./scan-dispatcher";

/**
 * zod schema for {@link createHidScanner} options.
 *
 * @public
 */
export const hidScannerOptionsSchema = /* @__PURE__ */ z.object({
  /** Report layout; default the HID POS 64-byte scanned-data report. */
  layout: hidPosReportLayoutSchema.prefault({}),
  /** How scans are interpreted (store currency, in-store templates). */
  interpret: scanInterpreterOptionsSchema.prefault({}),
});

/**
 * Options of {@link createHidScanner}, see {@link hidScannerOptionsSchema}.
 *
 * @public
 */
export type HidScannerOptions = z.input<typeof hidScannerOptionsSchema>;

/** Text as UTF-8, the encoding 2D codes carry; ASCII and GS pass through unchanged. */
const decoder = /* @__PURE__ */ new TextDecoder("utf-8");

/**
 * Reads a HID POS barcode scanner (usage page 0x8C) over a byte transport whose chunks are whole input
 * reports with the report id first (the WebHID transport delivers them so). Reports flagged "continued"
 * are joined into one scan; other report ids are ignored.
 *
 * @param transport - an open transport to the scanner
 * @param options - report layout and scan interpretation
 * @returns the scan source
 * @throws TillError INVALID_INPUT for bad options; scans that do not read reach `onError` listeners
 * @example
 * ```ts
 * const scanner = createHidScanner(webHidTransport);
 * scanner.onScan((scan) => till.addByBarcode(scan));
 * ```
 * @public
 */
export function createHidScanner(transport: ByteTransport, options: HidScannerOptions = {}): ScanSource {
  const { layout, interpret } = parseWith(hidScannerOptionsSchema, options, ["options"]);
  const dispatcher = makeScanDispatcher(interpret);
  let parts: Uint8Array[] = [];
  let aim: string | undefined;
  const stop = transport.on("data", (chunk) => {
    if (chunk[0] !== layout.reportId) return;
    try {
      const report = decodeHidPosReport(chunk.slice(1), layout);
      aim ??= report.aim;
      parts.push(report.data);
      if (report.isContinued) return;
      const text = parts.map((part) => decoder.decode(part)).join("");
      const prefix = aim ?? "";
      parts = [];
      aim = undefined;
      dispatcher.emit(`${prefix}${text}`);
    } catch (error) {
      parts = [];
      aim = undefined;
      dispatcher.fail(error);
    }
  });
  return { ...dispatcher.source, detach: stop };
}
