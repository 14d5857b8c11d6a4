import { TillError } from "../../core/errors/till-error";
import { BaseTransport } from "./base-transport";
import { type DeviceIdentity, identityId, matchesIdentity } from "./device-identity";

/**
 * The part of a WebSerial `SerialPort` the transport uses (structural, so tests can fake it).
 *
 * @public
 */
export interface SerialPortLike {
  open(options: { baudRate: number }): Promise<void>;
  close(): Promise<void>;
  readonly readable: ReadableStream<Uint8Array> | null;
  readonly writable: WritableStream<Uint8Array> | null;
  getInfo(): { usbVendorId?: number; usbProductId?: number };
}

/**
 * The part of `navigator.serial` the transport uses.
 *
 * @public
 */
export interface SerialLike {
  requestPort(options?: {
    filters?: { usbVendorId?: number; usbProductId?: number }[];
  }): Promise<SerialPortLike>;
  getPorts(): Promise<SerialPortLike[]>;
  addEventListener(type: "connect" | "disconnect", listener: (event: { target: unknown }) => void): void;
  removeEventListener(type: "connect" | "disconnect", listener: (event: { target: unknown }) => void): void;
}

/**
 * Options for {@link WebSerialTransport}.
 *
 * @public
 */
export interface WebSerialOptions {
  /** The persisted identity used to find the port through `getPorts()`. */
  readonly identity: DeviceIdentity;
  /** Line speed; receipt printers and pole displays commonly use 9600 or 38400. */
  readonly baudRate?: number;
  /** `navigator.serial`, or a fake in tests. Defaults to the global one. */
  readonly serial?: SerialLike;
}

/**
 * Asks the user to pick a serial port. Browsers allow this only inside a user gesture (a click), once; the
 * returned identity is what the host persists for silent reconnection later.
 *
 * @param serial - `navigator.serial` (or a fake)
 * @param filters - optional USB vendor/product filters for the picker
 * @returns the identity of the chosen port
 * @throws TillError DEVICE_UNSUPPORTED when WebSerial is absent; DEVICE_NOT_CONNECTED when the user cancels
 * @public
 */
export async function requestSerialPort(
  serial: SerialLike | undefined = globalSerial(),
  filters: { usbVendorId?: number; usbProductId?: number }[] = [],
): Promise<DeviceIdentity> {
  if (serial === undefined)
    throw new TillError("DEVICE_UNSUPPORTED", { details: { api: "navigator.serial" } });
  try {
    const port = await serial.requestPort(filters.length === 0 ? {} : { filters });
    const info = port.getInfo();
    return { usbVendorId: info.usbVendorId ?? 0, usbProductId: info.usbProductId ?? 0 };
  } catch (cause) {
    throw new TillError("DEVICE_NOT_CONNECTED", { message: "No serial port was chosen.", cause });
  }
}

/**
 * A byte transport over WebSerial. `open()` never prompts: it finds an already-granted port through
 * `getPorts()` that matches the persisted identity, so it works on page load. Unplugging emits
 * `disconnect`; plugging the same device back in reopens it and emits `reconnect`.
 *
 * @public
 */
export class WebSerialTransport extends BaseTransport {
  readonly kind = "webserial";
  readonly #options: WebSerialOptions;
  #port: SerialPortLike | undefined;
  #reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  readonly #onConnect = (event: { target: unknown }): void => void this.#handleConnect(event.target);
  readonly #onDisconnect = (event: { target: unknown }): void => {
    if (event.target === this.#port) this.markDisconnected("serial port unplugged");
  };

  /**
   * @param options - identity, baud rate and (in tests) a fake `navigator.serial`
   */
  constructor(options: WebSerialOptions) {
    super(identityId("webserial", options.identity));
    this.#options = options;
  }

  protected async connect(): Promise<void> {
    const serial = this.#serial();
    const ports = await serial.getPorts();
    const port = ports.find((candidate) => matchesIdentity(this.#options.identity, candidate.getInfo()));
    if (port === undefined)
      throw new TillError("DEVICE_NOT_CONNECTED", { details: { transportId: this.id } });
    await this.#openPort(port);
    serial.addEventListener("connect", this.#onConnect);
    serial.addEventListener("disconnect", this.#onDisconnect);
  }

  protected async disconnectLink(): Promise<void> {
    const serial = this.#options.serial ?? globalSerial();
    serial?.removeEventListener("connect", this.#onConnect);
    serial?.removeEventListener("disconnect", this.#onDisconnect);
    await this.#closePort();
  }

  protected async send(bytes: Uint8Array): Promise<void> {
    const writer = this.#port?.writable?.getWriter();
    if (writer === undefined)
      throw new TillError("DEVICE_NOT_CONNECTED", { details: { transportId: this.id } });
    try {
      await writer.write(bytes);
    } finally {
      writer.releaseLock();
    }
  }

  async #handleConnect(target: unknown): Promise<void> {
    if (this.state !== "disconnected") return;
    const port = target as SerialPortLike;
    if (!matchesIdentity(this.#options.identity, port.getInfo())) return;
    try {
      await this.#closePort();
      await this.#openPort(port);
      this.markReconnected();
    } catch {
      // Still disconnected; a device manager's backoff will try `open()` again.
    }
  }

  async #openPort(port: SerialPortLike): Promise<void> {
    await port.open({ baudRate: this.#options.baudRate ?? 9600 });
    this.#port = port;
    void this.#readLoop(port);
  }

  async #closePort(): Promise<void> {
    const port = this.#port;
    this.#port = undefined;
    await this.#reader?.cancel().catch(() => undefined);
    this.#reader = undefined;
    await port?.close().catch(() => undefined);
  }

  async #readLoop(port: SerialPortLike): Promise<void> {
    const reader = port.readable?.getReader();
    if (reader === undefined) return;
    this.#reader = reader;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (value !== undefined) this.receive(value);
      }
    } catch {
      if (this.#port === port) this.markDisconnected("serial read failed");
    } finally {
      reader.releaseLock();
    }
  }

  #serial(): SerialLike {
    const serial = this.#options.serial ?? globalSerial();
    if (serial === undefined)
      throw new TillError("DEVICE_UNSUPPORTED", { details: { api: "navigator.serial" } });
    return serial;
  }
}

function globalSerial(): SerialLike | undefined {
  return (globalThis as { navigator?: { serial?: SerialLike } }).navigator?.serial;
}
