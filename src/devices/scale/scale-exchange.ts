import { isTillError, TillError } from "../../core/errors/till-error";
import type { ScaleCommand, ScaleMessage } from "./scale-reading";

/**
 * Pairs scale commands with their answers: one request at a time, each settled by its answer, a refusal,
 * a failure, or the timeout.
 *
 * @internal
 */
export interface ScaleExchange {
  /** Sends a command through `send` and resolves with its answer. */
  run(command: ScaleCommand, send: () => void): Promise<ScaleMessage>;
  /** Offers a decoded message to the pending request. */
  offer(message: ScaleMessage): void;
  /** Fails the pending request. */
  fail(error: unknown): void;
}

interface Waiter {
  readonly command: ScaleCommand;
  readonly resolve: (message: ScaleMessage) => void;
  readonly reject: (error: TillError) => void;
}

/**
 * Wraps anything thrown below the driver as a TillError.
 *
 * @param error - what was thrown
 * @returns the TillError itself, or DEVICE_FAILURE with the error as cause
 * @internal
 */
export function asTillError(error: unknown): TillError {
  if (isTillError(error)) return error;
  return new TillError("DEVICE_FAILURE", { message: "The scale transport failed", cause: error });
}

/** Weighing waits for a reading; zero and tare accept an acknowledgement or a status reading (NCI). */
function answers(command: ScaleCommand, message: ScaleMessage): boolean {
  if (message.type !== "ack") return true;
  return command !== "weigh" && command !== "weigh-immediately" && message.command === command;
}

function refusal(command: ScaleCommand, message: ScaleMessage & { type: "error" }): TillError {
  return new TillError("DEVICE_FAILURE", {
    message: `The scale refused ${command}: ${message.reason}`,
    details: { command, reason: message.reason, response: message.response },
  });
}

function timeout(command: ScaleCommand, timeoutMs: number): TillError {
  return new TillError("DEVICE_FAILURE", {
    message: `The scale did not answer ${command} within ${timeoutMs} ms`,
    details: { reason: "timeout", command, timeoutMs },
  });
}

/**
 * Makes the request/answer pairing of a scale driver.
 *
 * @param timeoutMs - how long a request waits for its answer
 * @returns the exchange
 * @internal
 */
export function makeScaleExchange(timeoutMs: number): ScaleExchange {
  let waiter: Waiter | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let inFlight = 0;
  const settle = (action: (current: Waiter) => void): void => {
    const current = waiter;
    waiter = undefined;
    if (current !== undefined) action(current);
  };
  const once = (command: ScaleCommand, send: () => void): Promise<ScaleMessage> =>
    new Promise<ScaleMessage>((resolve, reject) => {
      const timer = setTimeout(
        () => settle((current) => current.reject(timeout(command, timeoutMs))),
        timeoutMs,
      );
      const done =
        <T>(action: (value: T) => void) =>
        (value: T) => {
          clearTimeout(timer);
          action(value);
        };
      waiter = { command, resolve: done(resolve), reject: done(reject) };
      try {
        send();
      } catch (error) {
        settle((current) => current.reject(asTillError(error)));
      }
    });
  return {
    // An idle driver sends at once (a streaming scale's next line must not slip past); a busy one queues.
    run: (command, send) => {
      inFlight += 1;
      const run = () => once(command, send).finally(() => (inFlight -= 1));
      const next = inFlight === 1 ? run() : queue.then(run);
      queue = next.catch(() => undefined);
      return next;
    },
    offer: (message) => {
      if (waiter === undefined || !answers(waiter.command, message)) return;
      settle((current) =>
        message.type === "error"
          ? current.reject(refusal(current.command, message))
          : current.resolve(message),
      );
    },
    fail: (error) => settle((current) => current.reject(asTillError(error))),
  };
}
