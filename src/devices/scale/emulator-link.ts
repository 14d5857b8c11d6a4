import type { ByteTransport } from "../transport/byte-transport";

/**
 * The device end of a link, as an emulator sees it: bytes the host wrote come in, bytes the device sends
 * go out. The in-memory link's device end has exactly this shape.
 *
 * @public
 */
export interface EmulatorLink {
  /** Subscribes to bytes the host wrote; returns the unsubscribe function. */
  onData(listener: (chunk: Uint8Array) => void): () => void;
  /** Sends bytes to the host. */
  send(bytes: Uint8Array): void | Promise<void>;
}

/**
 * Lets an emulator drive any byte transport, e.g. a real serial port looped to a host under test.
 *
 * @param transport - an open transport whose far end is the host
 * @returns the link
 * @public
 */
export function emulatorLinkFromTransport(transport: ByteTransport): EmulatorLink {
  return {
    onData: (listener) => transport.on("data", listener),
    send: (bytes) => transport.write(bytes),
  };
}
