import { TillError, type TillErrorPath } from "../../core/errors/till-error";

/**
 * Builds the INVALID_BARCODE error every barcode parser throws, with a machine-readable reason.
 *
 * @param reason - a stable kebab-case reason ("check-digit", "truncated", "too-long", ...)
 * @param message - human text
 * @param details - further facts (the AI, the limits, the offending text)
 * @param path - where the barcode sits in the caller's input
 * @returns the TillError to throw
 * @internal
 */
export function invalidBarcode(
  reason: string,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
  path: TillErrorPath = [],
): TillError {
  return new TillError("INVALID_BARCODE", { message, path, details: { reason, ...details } });
}
