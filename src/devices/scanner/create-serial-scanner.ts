import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";
import { scanInterpreterOptionsSchema } from "../barcode/make-scan-interpreter";
import type { ByteTransport } from "../transport/byte-transport";
import { makeScanDispatcher, type ScanSource } from "./scan-dispatcher";

/**
 * zod schema for {@link createSerialScanner} options.
 *
 * @public
 */
export const serialScannerOptionsSchema = /* @__PURE__ */ z.object({
  /** What ends a scan: CR (the common default), LF, CR LF, or any other non-empty text. */
  terminator: z.string().min(1).default("\r"),
  /** Longest scan kept while waiting for a terminator; beyond it the buffer is dropped. Default 8192 bytes. */
  maxLength: z.number().int().min(1).max(1_048_576).default(8192),
  /** How scans are interpreted (store currency, in-store templates). */
  interpret: scanInterpreterOptionsSchema.prefault({}),
});

/**
 * Options of {@link createSerialScanner}, see {@link serialScannerOptionsSchema}.
 *
 * @public
 */
export type SerialScannerOptions = z.input<typeof serialScannerOptionsSchema>;

/**
 * Reads a serial (RS-232, USB CDC, or WebSerial) barcode scanner: one scan per terminated line. Stray LF
 * or CR left over from a CR LF terminator is trimmed, and empty lines are skipped.
 *
 * @param transport - an open transport to the scanner
 * @param options - terminator, buffer limit and scan interpretation
 * @returns the scan source
 * @throws TillError INVALID_INPUT for bad options; scans that do not read reach `onError` listeners
 * @example
 * ```ts
 * const scanner = createSerialScanner(serialTransport, { terminator: "\r\n" });
 * scanner.onScan((scan) => till.addByBarcode(scan));
 * ```
 * @public
 */
export function createSerialScanner(
  transport: ByteTransport,
  options: SerialScannerOptions = {},
): ScanSource {
  const { terminator, maxLength, interpret } = parseWith(serialScannerOptionsSchema, options, ["options"]);
  const dispatcher = makeScanDispatcher(interpret);
  // One decoder per scanner: streaming decode keeps a split multi-byte character between chunks.
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  const stop = transport.on("data", (chunk) => {
    pending += decoder.decode(chunk, { stream: true });
    let end = pending.indexOf(terminator);
    while (end !== -1) {
      const line = pending.slice(0, end).replace(/^[\r\n]+|[\r\n]+$/g, "");
      pending = pending.slice(end + terminator.length);
      if (line !== "") dispatcher.emit(line);
      end = pending.indexOf(terminator);
    }
    if (pending.length > maxLength) {
      dispatcher.fail(
        new TillError("DEVICE_FAILURE", {
          message: `No terminator within ${maxLength} characters`,
          details: { reason: "no-terminator", maxLength },
        }),
      );
      pending = "";
    }
  });
  return { ...dispatcher.source, detach: stop };
}
