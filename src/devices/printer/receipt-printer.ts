import { isTillError, TillError } from "../../core/errors/till-error";
import type { ReceiptDocument } from "../receipt/receipt-document";
import type { ByteTransport } from "../transport/byte-transport";
import type { GlyphSource } from "./bitmap-font";
import { encodeReceipt } from "./encode-receipt";
import { type PrinterProfile, resolvePrinterProfile } from "./printer-profile";
import { type PrinterStatus, queryPrinterStatus } from "./printer-status";
import { queryStarStatus } from "./query-star-status";

/**
 * The outcome of one print. Printing never throws: a failed print is a value the till shows and retries,
 * and the sale it belongs to is already complete.
 *
 * @public
 */
export type PrintResult =
  | { readonly status: "printed"; readonly byteLength: number }
  | { readonly status: "failed"; readonly error: TillError };

/**
 * A receipt printer: a transport, a profile and optional raster glyphs.
 *
 * @public
 */
export interface ReceiptPrinter {
  readonly profile: PrinterProfile;
  /** Encodes and sends a document. */
  print(document: ReceiptDocument): Promise<PrintResult>;
  /** Reads paper, cover and drawer state (DEVICE_UNSUPPORTED when the profile has no status). */
  status(): Promise<PrinterStatus>;
}

/**
 * Makes a receipt printer driver.
 *
 * @param options - the transport (opened on first use if closed), a profile id or object, raster glyphs
 * @returns the driver
 * @throws TillError DEVICE_UNSUPPORTED for an unknown profile id
 * @public
 */
export function makeReceiptPrinter(options: {
  transport: ByteTransport;
  profile: string | PrinterProfile;
  glyphs?: GlyphSource;
}): ReceiptPrinter {
  const profile = resolvePrinterProfile(options.profile);
  const { transport } = options;
  return {
    profile,
    async print(document) {
      try {
        const bytes = encodeReceipt(
          document,
          profile,
          options.glyphs === undefined ? {} : { glyphs: options.glyphs },
        );
        if (transport.state === "closed") await transport.open();
        await transport.write(bytes);
        return { status: "printed", byteLength: bytes.length };
      } catch (error) {
        return { status: "failed", error: asTillError(error) };
      }
    },
    async status() {
      if (profile.status === "none")
        throw new TillError("DEVICE_UNSUPPORTED", { details: { profile: profile.id } });
      if (profile.status === "star")
        return queryStarStatus(transport, { drawerOpenLevel: profile.drawerOpenLevel });
      return queryPrinterStatus(transport, { drawerOpenLevel: profile.drawerOpenLevel });
    },
  };
}

function asTillError(error: unknown): TillError {
  if (isTillError(error)) return error;
  return new TillError("DEVICE_FAILURE", {
    message: error instanceof Error ? error.message : String(error),
    cause: error,
  });
}
