import { TillError } from "../../core/errors/till-error";
import type { ByteTransport } from "../transport/byte-transport";

/**
 * How a status query waits: the timeout for an answer and an injectable timer (tests pass a manual one).
 *
 * @public
 */
export interface StatusWaitOptions {
  /** How long to wait for an answer (default 1000 ms). */
  readonly timeoutMs?: number;
  /** Starts a timer and returns its cancel function (default: setTimeout). */
  readonly setTimer?: (callback: () => void, ms: number) => () => void;
}

const systemTimer = (callback: () => void, ms: number): (() => void) => {
  const handle = setTimeout(callback, ms);
  return () => clearTimeout(handle);
};

/**
 * The error every status query raises when the printer stays silent.
 *
 * @internal
 */
export function statusTimeout(): TillError {
  return new TillError("DEVICE_FAILURE", { message: "The printer did not answer the status request." });
}

/**
 * Starts the wait of a status query: calls `onTimeout` after the configured time unless cancelled.
 *
 * @internal
 */
export function startStatusTimer(options: StatusWaitOptions, onTimeout: () => void): () => void {
  return (options.setTimer ?? systemTimer)(onTimeout, options.timeoutMs ?? 1000);
}

/**
 * Runs one status exchange with the transport's replies collected from before the request is written,
 * so a fast printer's answer is never missed; the listener is removed afterwards whatever happens.
 *
 * @param transport - an open transport
 * @param options - timeout and timer for each awaited byte
 * @param exchange - writes the request(s) and reads reply bytes one at a time
 * @returns what the exchange returns
 * @internal
 */
export async function withStatusReplies<T>(
  transport: ByteTransport,
  options: StatusWaitOptions,
  exchange: (nextByte: () => Promise<number>) => Promise<T>,
): Promise<T> {
  const replies: number[] = [];
  const waiters: (() => void)[] = [];
  const stop = transport.on("data", (chunk) => {
    replies.push(...chunk);
    for (const wake of waiters.splice(0)) wake();
  });
  const nextByte = () =>
    new Promise<number>((resolve, reject) => {
      const cancel = startStatusTimer(options, () => reject(statusTimeout()));
      const wake = (): void => {
        const byte = replies.shift();
        if (byte === undefined) waiters.push(wake);
        else {
          cancel();
          resolve(byte);
        }
      };
      wake();
    });
  try {
    return await exchange(nextByte);
  } finally {
    stop();
  }
}
