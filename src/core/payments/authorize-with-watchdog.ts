import type { PaymentEvent } from "./payment-event";
import type { PaymentTerminal, TerminalRequest, TerminalResponse } from "./payment-terminal";
import type { WatchdogTimer } from "./watchdog-timer";

/**
 * Sends a request to the terminal and races it against the watchdog. Silence longer than the delay, or a
 * transport error (which says nothing about what the card holder's bank did), becomes `watchdog.expired`.
 *
 * @param terminal - the payment terminal
 * @param request - the request
 * @param timer - the watchdog's timer
 * @param milliseconds - how long silence may last
 * @returns the reducer event for the outcome
 * @internal
 */
export async function authorizeWithWatchdog(
  terminal: PaymentTerminal,
  request: TerminalRequest,
  timer: WatchdogTimer,
  milliseconds: number,
): Promise<PaymentEvent> {
  const delay = timer.after(milliseconds);
  const silence = delay.elapsed.then((): PaymentEvent => ({ type: "watchdog.expired" }));
  const answer = terminal
    .authorize(request)
    .then((response: TerminalResponse): PaymentEvent => ({ type: "terminal.responded", response }))
    .catch((): PaymentEvent => ({ type: "watchdog.expired" }));
  const event = await Promise.race([answer, silence]);
  delay.cancel();
  return event;
}
