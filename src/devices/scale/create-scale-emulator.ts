import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { type DecimalInput, decimalInputSchema } from "../../core/numbers/decimal-input";
import { casResponder } from "./cas-responder";
import { makeEmulatedScale } from "./emulated-scale";
import type { EmulatorLink } from "./emulator-link";
import { hidScaleResponder } from "./hid-scale-responder";
import { mtSicsResponder } from "./mt-sics-responder";
import { nciResponder } from "./nci-responder";
import { type ScaleState, scaleStateSchema, scaleUnitSchema } from "./scale-reading";
import type { ScaleResponder } from "./scale-responder";

const RESPONDERS: Readonly<Record<"mt-sics" | "nci" | "cas" | "hid", ScaleResponder>> = {
  "mt-sics": mtSicsResponder,
  nci: nciResponder,
  cas: casResponder,
  hid: hidScaleResponder,
};

/** A closed link drops the answer, as a real scale's would be lost on the wire. */
function sendQuietly(link: EmulatorLink, bytes: Uint8Array): void {
  Promise.resolve()
    .then(() => link.send(bytes))
    .catch(() => undefined);
}

/**
 * zod schema for {@link createScaleEmulator} options.
 *
 * @public
 */
export const scaleEmulatorOptionsSchema = /* @__PURE__ */ z.object({
  /** Which scale to be. */
  protocol: z.enum(["mt-sics", "nci", "cas", "hid"]),
  /** Display unit; default kg. */
  unit: scaleUnitSchema.default("kg"),
  /** Display decimals; default 3 (a 1 g interval in kg). */
  decimals: z.number().int().min(0).max(6).default(3),
  /** Initial load on the platter; default 0. */
  weight: decimalInputSchema.default("0"),
  /** Initial forced state (in-motion, overload, underload); default none. */
  state: scaleStateSchema.optional(),
});

/**
 * Options of {@link createScaleEmulator}, see {@link scaleEmulatorOptionsSchema}.
 *
 * @public
 */
export type ScaleEmulatorOptions = z.input<typeof scaleEmulatorOptionsSchema>;

/**
 * A virtual scale on the device end of a transport.
 *
 * @public
 */
export interface ScaleEmulator {
  /** Puts a load on the platter (gross, in the display unit). */
  setWeight(weight: DecimalInput): void;
  /** Forces in-motion, overload or underload; "stable", "zero" or undefined lets the weight decide. */
  setState(state: ScaleState | undefined): void;
  /** Sends one unsolicited reading, as streaming scales (CAS, HID) do. */
  push(): Promise<void>;
  /** Stops answering. */
  detach(): void;
}

/**
 * Emulates an MT-SICS, NCI, CAS or HID scale on the device end of a link (typically the device end of
 * an in-memory link): it answers commands with a settable weight and state, exactly as bytes.
 *
 * @param link - the device end of the link (the in-memory link's device end, or
 *   {@link emulatorLinkFromTransport})
 * @param options - protocol, unit, decimals, initial weight and state
 * @returns the emulator
 * @throws TillError INVALID_INPUT for bad options; QUANTITY_PRECISION for a weight finer than the display
 * @example
 * ```ts
 * const { host, device } = createMemoryLink("scale");
 * const emulator = createScaleEmulator(device, { protocol: "mt-sics", weight: "0.350" });
 * const reading = await createScale(host, mtSicsProtocol).weigh(); // stable, 0.35 kg
 * ```
 * @public
 */
export function createScaleEmulator(link: EmulatorLink, options: ScaleEmulatorOptions): ScaleEmulator {
  const settings = parseWith(scaleEmulatorOptionsSchema, options, ["options"]);
  const responder = RESPONDERS[settings.protocol];
  const scale = makeEmulatedScale(settings.unit, settings.decimals, settings.weight);
  scale.setState(settings.state);
  let buffer: Uint8Array = new Uint8Array(0);
  const stop = link.onData((chunk) => {
    const joined = new Uint8Array(buffer.length + chunk.length);
    joined.set(buffer);
    joined.set(chunk, buffer.length);
    const { frames, rest } = responder.split(joined);
    buffer = rest;
    for (const frame of frames) {
      const answer = responder.respond(frame, scale);
      if (answer !== undefined) sendQuietly(link, answer);
    }
  });
  return {
    setWeight: (weight) => scale.setWeight(weight),
    setState: (state) => scale.setState(state),
    push: async () => {
      await link.send(responder.report(scale));
    },
    detach: stop,
  };
}
