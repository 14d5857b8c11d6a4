/**
 * Connection states a transport reports.
 *
 * @public
 */
export type TransportState = "closed" | "opening" | "open" | "disconnected";

/**
 * Events a transport emits. `data` carries raw chunks as they arrive; `disconnect` and `reconnect` let a
 * device manager and the host UI follow the link.
 *
 * @public
 */
export interface ByteTransportEvents {
  data: (chunk: Uint8Array) => void;
  open: () => void;
  close: () => void;
  disconnect: (reason: string) => void;
  reconnect: () => void;
  error: (error: Error) => void;
}

/**
 * One byte-transport interface for every link (WebSerial, WebHID, WebUSB, Node serialport, TCP 9100,
 * in-memory). A device protocol (printer, scanner, scale, display) speaks bytes over it and never knows
 * which link carries them.
 *
 * Contract: `write` on a transport that is not open rejects with a TillError DEVICE_NOT_CONNECTED at once,
 * never hangs; `readable` yields every chunk received after it is obtained.
 *
 * @public
 */
export interface ByteTransport {
  /** A stable identity, persisted by hosts so a browser can reconnect silently later. */
  readonly id: string;
  /** Link kind, e.g. "memory", "webserial", "webhid", "webusb", "serialport", "tcp". */
  readonly kind: string;
  /** Current state. */
  readonly state: TransportState;
  /** Opens the link. */
  open(): Promise<void>;
  /** Closes the link; idempotent. */
  close(): Promise<void>;
  /** Sends bytes; rejects with TillError DEVICE_NOT_CONNECTED when not open. */
  write(bytes: Uint8Array): Promise<void>;
  /** A stream of received chunks. */
  readable(): ReadableStream<Uint8Array>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends keyof ByteTransportEvents>(event: E, listener: ByteTransportEvents[E]): () => void;
}
