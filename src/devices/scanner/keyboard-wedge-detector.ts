import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";

/**
 * zod schema for the keyboard-wedge detection policy.
 *
 * Scanners in keyboard mode type a whole barcode with keys 1-20 ms apart; people rarely sustain even
 * 80 ms, and never for six keys in a row plus Enter. A sequence counts as a scan only when every gap,
 * including the one before the suffix, is within `maxInterKeyMs` and it has at least `minLength`
 * characters.
 *
 * @public
 */
export const keyboardWedgePolicySchema = /* @__PURE__ */ z.object({
  /** Longest gap between two keys of one scan, in ms; default 30. */
  maxInterKeyMs: z.number().positive().max(1000).default(30),
  /** Fewest characters in a scan (EAN-8 has 8); default 6. */
  minLength: z.number().int().min(1).max(4096).default(6),
  /** Characters the scanner sends before each barcode (configured on the scanner); default none. */
  prefix: z.string().default(""),
  /** Keys (KeyboardEvent.key) that end a scan; default ["Enter"]. Empty: a scan ends at the first long gap. */
  suffix: z.array(z.string().min(1)).default(["Enter"]),
  /** Longest scan kept; beyond it the sequence is dropped as not a scan. Default 4096. */
  maxLength: z.number().int().min(1).max(65_536).default(4096),
});

/**
 * A keyboard-wedge policy as given, see {@link keyboardWedgePolicySchema}.
 *
 * @public
 */
export type KeyboardWedgePolicy = z.input<typeof keyboardWedgePolicySchema>;

/**
 * zod schema for one key event fed to the detector.
 *
 * @public
 */
export const wedgeKeyEventSchema = /* @__PURE__ */ z.object({
  /** KeyboardEvent.key: "4", "A", "Enter", "Shift", ... */
  key: z.string(),
  /** Milliseconds on any monotonic clock (KeyboardEvent.timeStamp). */
  timestamp: z.number().finite(),
  /** Control held: Ctrl+] is how wedge scanners type the GS1 separator (GS, 0x1D). */
  ctrlKey: z.boolean().optional(),
  /** KeyboardEvent.repeat: a held key auto-repeats fast, and is never part of a scan. */
  repeat: z.boolean().optional(),
});

/**
 * One key event, see {@link wedgeKeyEventSchema}.
 *
 * @public
 */
export type WedgeKeyEvent = z.input<typeof wedgeKeyEventSchema>;

/**
 * The detector's state: plain data, so a host may keep it anywhere.
 *
 * @public
 */
export interface WedgeState {
  /** Characters of the sequence being watched. */
  readonly buffer: string;
  /** Timestamp of its last key, or undefined when empty. */
  readonly lastAt: number | undefined;
}

/**
 * What one step yields: the next state, and the raw scan text when a scan just completed.
 *
 * @public
 */
export interface WedgeStep {
  readonly state: WedgeState;
  readonly scan?: string;
}

/**
 * A keyboard-wedge detector: a pure state machine over key events.
 *
 * @public
 */
export interface KeyboardWedgeDetector {
  /** The empty state. */
  readonly initial: WedgeState;
  /** Feeds one key event. */
  step(state: WedgeState, event: WedgeKeyEvent): WedgeStep;
  /** Ends a suffix-less scan whose last key is older than the gap limit at `now`. */
  flush(state: WedgeState, now: number): WedgeStep;
}

const EMPTY: WedgeState = { buffer: "", lastAt: undefined };
const MODIFIERS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "Shift",
  "Control",
  "Alt",
  "AltGraph",
  "Meta",
  "CapsLock",
]);

/**
 * Builds a keyboard-wedge detector: characters that arrive faster than the inter-key threshold, framed by
 * the configured prefix and suffix, form a scan; anything slower is typing and is never a scan.
 *
 * @param policy - threshold, minimum length, prefix, suffix keys
 * @returns the detector
 * @throws TillError INVALID_INPUT for a bad policy; `step` throws INVALID_INPUT for a malformed event
 * @example
 * ```ts
 * const wedge = makeKeyboardWedgeDetector({ maxInterKeyMs: 30 });
 * let state = wedge.initial;
 * for (const event of events) {
 *   const result = wedge.step(state, event);
 *   state = result.state;
 *   if (result.scan !== undefined) onScan(result.scan);
 * }
 * ```
 * @public
 */
export function makeKeyboardWedgeDetector(policy: KeyboardWedgePolicy = {}): KeyboardWedgeDetector {
  const { maxInterKeyMs, minLength, prefix, suffix, maxLength } = parseWith(
    keyboardWedgePolicySchema,
    policy,
    ["policy"],
  );
  const ending = new Set(suffix);
  const complete = (buffer: string): string | undefined => {
    if (!buffer.startsWith(prefix)) return undefined;
    const text = buffer.slice(prefix.length);
    return text.length >= minLength ? text : undefined;
  };
  const flush = (state: WedgeState, now: number): WedgeStep => {
    if (state.lastAt === undefined || now - state.lastAt <= maxInterKeyMs) return { state };
    const scan = ending.size === 0 ? complete(state.buffer) : undefined;
    return scan === undefined ? { state: EMPTY } : { state: EMPTY, scan };
  };
  const step = (state: WedgeState, input: WedgeKeyEvent): WedgeStep => {
    const event = parseWith(wedgeKeyEventSchema, input, ["event"]);
    if (MODIFIERS.has(event.key)) return { state };
    // A long gap ends whatever came before: typed text is dropped, a suffix-less scan completes.
    const before = flush(state, event.timestamp);
    const current = before.state;
    const withScan = (next: WedgeState, scan: string | undefined): WedgeStep =>
      scan === undefined ? { state: next } : { state: next, scan };
    if (ending.has(event.key)) return withScan(EMPTY, before.scan ?? complete(current.buffer));
    const char = event.ctrlKey === true && event.key === "]" ? "\u001d" : event.key;
    const isTyped = [...char].length === 1 && event.repeat !== true;
    if (!isTyped || (event.ctrlKey === true && char !== "\u001d")) return withScan(EMPTY, before.scan);
    const buffer = `${current.buffer}${char}`;
    return withScan(buffer.length > maxLength ? EMPTY : { buffer, lastAt: event.timestamp }, before.scan);
  };
  return { initial: EMPTY, step, flush };
}
