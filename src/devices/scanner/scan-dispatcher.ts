import { isTillError, TillError } from "../../core/errors/till-error";
import { makeScanInterpreter, type ScanInterpreterOptions } from "../barcode/make-scan-interpreter";
import type { Scan } from "../barcode/scan";

/**
 * Listeners every scanner source offers: scans, and the TillErrors of scans that did not read (a bad
 * check digit, an unknown AI). A bad scan never stops the scanner.
 *
 * @public
 */
export interface ScanSource {
  /** Subscribes to scans; returns the unsubscribe function. */
  onScan(listener: (scan: Scan) => void): () => void;
  /** Subscribes to rejected scans; returns the unsubscribe function. */
  onError(listener: (error: TillError) => void): () => void;
  /** Stops listening to the device. */
  detach(): void;
}

/**
 * Interprets raw scanner text and fans scans and errors out to listeners.
 *
 * @internal
 */
export interface ScanDispatcher {
  readonly source: Omit<ScanSource, "detach">;
  /** Interprets one raw scan and notifies the listeners. */
  emit(raw: string): void;
  /** Reports a failure that is not a scan (an unreadable report). */
  fail(error: unknown): void;
}

function subscribe<T>(set: Set<(value: T) => void>, listener: (value: T) => void): () => void {
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

/**
 * Builds a dispatcher with the store's scan interpretation options.
 *
 * @param options - store currency, in-store templates, reference year
 * @returns the dispatcher
 * @throws TillError INVALID_INPUT for bad options
 * @internal
 */
export function makeScanDispatcher(options: ScanInterpreterOptions = {}): ScanDispatcher {
  const interpret = makeScanInterpreter(options);
  const scans = new Set<(scan: Scan) => void>();
  const errors = new Set<(error: TillError) => void>();
  const fail = (error: unknown): void => {
    const tillError = isTillError(error) ? error : new TillError("DEVICE_FAILURE", { cause: error });
    for (const listener of errors) listener(tillError);
  };
  return {
    source: {
      onScan: (listener) => subscribe(scans, listener),
      onError: (listener) => subscribe(errors, listener),
    },
    emit: (raw) => {
      let scan: Scan;
      try {
        scan = interpret(raw);
      } catch (error) {
        fail(error);
        return;
      }
      for (const listener of scans) listener(scan);
    },
    fail,
  };
}
