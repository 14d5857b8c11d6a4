import { TillError } from "../../core/errors/till-error";

/**
 * The error every transport raises for a write or read while the link is down.
 *
 * @param id - transport id
 * @param state - the state the transport was in
 * @returns a TillError DEVICE_NOT_CONNECTED naming the transport
 * @internal
 */
export function notConnected(id: string, state: string): TillError {
  return new TillError("DEVICE_NOT_CONNECTED", {
    message: `The device ${id} is not connected (state: ${state}).`,
    details: { transportId: id, state },
  });
}

/**
 * Wraps a failure from the underlying link (a browser API, a socket, a serial port) as a TillError.
 *
 * @param id - transport id
 * @param cause - what the link threw
 * @param code - DEVICE_FAILURE by default; DEVICE_NOT_CONNECTED when the device is absent
 * @returns the TillError
 * @internal
 */
export function linkFailure(
  id: string,
  cause: unknown,
  code: "DEVICE_FAILURE" | "DEVICE_NOT_CONNECTED" = "DEVICE_FAILURE",
): TillError {
  if (cause instanceof TillError) return cause;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new TillError(code, {
    message: `Device ${id}: ${reason}`,
    details: { transportId: id, reason },
    cause,
  });
}
