import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { scanInterpreterOptionsSchema } from "../barcode/make-scan-interpreter";
import {
  keyboardWedgePolicySchema,
  makeKeyboardWedgeDetector,
  type WedgeState,
} from "./keyboard-wedge-detector";
import { makeScanDispatcher, type ScanSource } from "./scan-dispatcher";

/**
 * The part of a DOM KeyboardEvent the adapter reads.
 *
 * @public
 */
export interface KeyboardEventLike {
  readonly key: string;
  readonly timeStamp: number;
  readonly ctrlKey: boolean;
  /** True for auto-repeat of a held key (absent in old browsers). */
  readonly repeat?: boolean;
  preventDefault(): void;
}

/**
 * The part of a DOM event target the adapter uses (a window, a document, an input element).
 *
 * @public
 */
export interface KeydownTarget {
  addEventListener(type: "keydown", listener: (event: KeyboardEventLike) => void): void;
  removeEventListener(type: "keydown", listener: (event: KeyboardEventLike) => void): void;
}

/**
 * zod schema for {@link attachKeyboardWedge} options.
 *
 * @public
 */
export const keyboardWedgeOptionsSchema = /* @__PURE__ */ z.object({
  /** Detection policy (threshold, minimum length, prefix, suffix). */
  policy: keyboardWedgePolicySchema.prefault({}),
  /** How scans are interpreted (store currency, in-store templates). */
  interpret: scanInterpreterOptionsSchema.prefault({}),
});

/**
 * Options of {@link attachKeyboardWedge}, see {@link keyboardWedgeOptionsSchema}.
 *
 * @public
 */
export type KeyboardWedgeOptions = z.input<typeof keyboardWedgeOptionsSchema>;

/**
 * Listens to a DOM target's keydown events and reports keyboard-wedge scans. The suffix key that
 * completes a scan has its default prevented, so a scan's Enter does not submit a form; typed keys pass
 * untouched. With no suffix keys, a timer ends the scan after the gap limit.
 *
 * @param target - where keys arrive (window, document, or an input)
 * @param options - detection policy and scan interpretation
 * @returns the scan source; `detach` removes the listener
 * @throws TillError INVALID_INPUT for bad options
 * @example
 * ```ts
 * const wedge = attachKeyboardWedge(window, { policy: { maxInterKeyMs: 30, suffix: ["Enter"] } });
 * wedge.onScan((scan) => till.addByBarcode(scan));
 * ```
 * @public
 */
export function attachKeyboardWedge(target: KeydownTarget, options: KeyboardWedgeOptions = {}): ScanSource {
  const { policy, interpret } = parseWith(keyboardWedgeOptionsSchema, options, ["options"]);
  const detector = makeKeyboardWedgeDetector(policy);
  const dispatcher = makeScanDispatcher(interpret);
  let state: WedgeState = detector.initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flushLater = (timestamp: number): void => {
    if (policy.suffix.length > 0) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      const result = detector.flush(state, timestamp + policy.maxInterKeyMs + 1);
      state = result.state;
      if (result.scan !== undefined) dispatcher.emit(result.scan);
    }, policy.maxInterKeyMs + 1);
  };
  const listener = (event: KeyboardEventLike): void => {
    const result = detector.step(state, {
      key: event.key,
      timestamp: event.timeStamp,
      ctrlKey: event.ctrlKey,
    });
    state = result.state;
    if (result.scan !== undefined) {
      if (policy.suffix.includes(event.key)) event.preventDefault();
      dispatcher.emit(result.scan);
    }
    if (state.lastAt !== undefined) flushLater(state.lastAt);
  };
  target.addEventListener("keydown", listener);
  return {
    ...dispatcher.source,
    detach: () => {
      if (timer !== undefined) clearTimeout(timer);
      target.removeEventListener("keydown", listener);
    },
  };
}
