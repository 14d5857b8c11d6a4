import type { ByteTransport } from "../transport/byte-transport";
import type { PrinterStatus } from "./printer-status";
import { parseStarStatus, STAR_STATUS_REQUEST, starStatusLength } from "./star-status";
import { type StatusWaitOptions, startStatusTimer, statusTimeout } from "./status-replies";

/**
 * Options for {@link queryStarStatus}.
 *
 * @public
 */
export interface StarStatusQueryOptions extends StatusWaitOptions {
  readonly drawerOpenLevel?: "high" | "low";
}

/**
 * Asks a Star printer for its status over a bidirectional link: sends `ESC ACK SOH` and reads one status
 * frame, as long as its header announces (bytes before a header are skipped).
 *
 * @param transport - an open transport
 * @param options - timeout, drawer level and timer
 * @returns the status
 * @throws TillError DEVICE_NOT_CONNECTED when the link is down; DEVICE_FAILURE when no whole frame comes
 *   in time or the frame is not a Star status
 * @public
 */
export async function queryStarStatus(
  transport: ByteTransport,
  options: StarStatusQueryOptions = {},
): Promise<PrinterStatus> {
  let received: number[] = [];
  let settle: (frame: number[] | undefined) => void = () => undefined;
  const frame = new Promise<number[] | undefined>((resolve) => {
    settle = resolve;
  });
  const stop = transport.on("data", (chunk) => {
    received = [...received, ...chunk];
    while (received.length > 0 && starStatusLength(received[0] ?? 0) === undefined) received.shift();
    const length = starStatusLength(received[0] ?? 0);
    if (length !== undefined && received.length >= length) settle(received.slice(0, length));
  });
  const cancel = startStatusTimer(options, () => settle(undefined));
  try {
    await transport.write(new Uint8Array(STAR_STATUS_REQUEST));
    const bytes = await frame;
    if (bytes === undefined) throw statusTimeout();
    return parseStarStatus(bytes, options.drawerOpenLevel);
  } finally {
    cancel();
    stop();
  }
}
