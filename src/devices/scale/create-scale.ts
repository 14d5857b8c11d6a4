import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";
import type { ByteTransport } from "../transport/byte-transport";
import { makeScaleExchange } from "./scale-exchange";
import type { ScaleCommand, ScaleMessage, ScaleProtocol, ScaleReading } from "./scale-reading";

/**
 * zod schema for {@link createScale} options.
 *
 * @public
 */
export const scaleOptionsSchema = /* @__PURE__ */ z.object({
  /** How long to wait for the scale's answer before failing, in milliseconds; default 2000. */
  timeoutMs: z.number().int().min(1).max(600_000).default(2000),
});

/**
 * Options of {@link createScale}, see {@link scaleOptionsSchema}.
 *
 * @public
 */
export type ScaleOptions = z.input<typeof scaleOptionsSchema>;

/**
 * A scale driver: commands in, readings out, over any byte transport.
 *
 * @public
 */
export interface Scale {
  /** Protocol name. */
  readonly protocol: string;
  /** Asks for the next stable weight (streaming scales: waits for the next reading). */
  weigh(): Promise<ScaleReading>;
  /** Asks for the current weight, stable or not. */
  weighImmediately(): Promise<ScaleReading>;
  /** Sets the zero point. */
  zero(): Promise<void>;
  /** Tares the load on the platter. */
  tare(): Promise<void>;
  /** Clears the tare. */
  clearTare(): Promise<void>;
  /** The last reading received, requested or streamed. */
  latest(): ScaleReading | undefined;
  /** Subscribes to every reading; returns the unsubscribe function. */
  onReading(listener: (reading: ScaleReading) => void): () => void;
  /** Stops listening to the transport and fails a pending request with DEVICE_NOT_CONNECTED. */
  detach(): void;
}

function concat(left: Uint8Array, right: Uint8Array): Uint8Array {
  const joined = new Uint8Array(left.length + right.length);
  joined.set(left);
  joined.set(right, left.length);
  return joined;
}

/** Blank frames (a stray CR or LF between CR LF framed lines) carry nothing. */
function isBlank(frame: Uint8Array): boolean {
  return frame.every((byte) => byte === 0x0d || byte === 0x0a || byte === 0x20);
}

/**
 * Drives a scale over a byte transport with a protocol record (MT-SICS, NCI, CAS, HID, or a host's own).
 * Requests run one at a time; each either gets its answer or fails after the timeout, so a silent scale
 * never hangs the till.
 *
 * @param transport - an open transport to the scale
 * @param protocol - the protocol record, e.g. {@link mtSicsProtocol}
 * @param options - answer timeout
 * @returns the driver
 * @throws TillError INVALID_INPUT for bad options. Requests reject with DEVICE_FAILURE (timeout, refusal,
 *   unreadable answer), DEVICE_UNSUPPORTED (a command the protocol lacks) or DEVICE_NOT_CONNECTED.
 * @example
 * ```ts
 * const scale = createScale(transport, mtSicsProtocol, { timeoutMs: 1000 });
 * const weight = weightForPricing(await scale.weigh(), { capacity: "15" });
 * ```
 * @public
 */
export function createScale(
  transport: ByteTransport,
  protocol: ScaleProtocol,
  options: ScaleOptions = {},
): Scale {
  const { timeoutMs } = parseWith(scaleOptionsSchema, options, ["options"]);
  const exchange = makeScaleExchange(timeoutMs);
  const listeners = new Set<(reading: ScaleReading) => void>();
  let buffer: Uint8Array = new Uint8Array(0);
  let latest: ScaleReading | undefined;
  const receive = (chunk: Uint8Array): void => {
    const { frames, rest } = protocol.split(concat(buffer, chunk));
    buffer = rest;
    for (const frame of frames.filter((candidate) => !isBlank(candidate))) {
      try {
        const message = protocol.decode(frame);
        if (message.type === "reading") {
          latest = message.reading;
          for (const listener of listeners) listener(message.reading);
        }
        exchange.offer(message);
      } catch (error) {
        exchange.fail(error);
      }
    }
  };
  const unsubscribe = [
    transport.on("data", receive),
    transport.on("disconnect", () => exchange.fail(new TillError("DEVICE_NOT_CONNECTED"))),
  ];
  const request = (command: ScaleCommand): Promise<ScaleMessage> =>
    exchange.run(command, () => {
      const bytes = protocol.encode(command);
      if (bytes !== undefined) transport.write(bytes).catch((error: unknown) => exchange.fail(error));
    });
  const weighWith = async (command: ScaleCommand): Promise<ScaleReading> => {
    const message = await request(command);
    if (message.type === "reading") return message.reading;
    throw new TillError("DEVICE_FAILURE", { details: { reason: "unexpected-response", command } });
  };

  return {
    protocol: protocol.name,
    weigh: () => weighWith("weigh"),
    weighImmediately: () => weighWith("weigh-immediately"),
    zero: async () => void (await request("zero")),
    tare: async () => void (await request("tare")),
    clearTare: async () => void (await request("clear-tare")),
    latest: () => latest,
    onReading: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    detach: () => {
      for (const stop of unsubscribe) stop();
      exchange.fail(new TillError("DEVICE_NOT_CONNECTED"));
    },
  };
}
