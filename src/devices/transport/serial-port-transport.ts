import { TillError } from "../../core/errors/till-error";
import { BaseTransport } from "./base-transport";

/**
 * The part of a Node `serialport` port the transport uses (structural, so the package stays optional).
 *
 * @public
 */
export interface NodeSerialPortLike {
  readonly isOpen: boolean;
  open(callback: (error: Error | null) => void): void;
  close(callback: (error: Error | null) => void): void;
  write(data: Uint8Array, callback: (error: Error | null | undefined) => void): boolean;
  on(event: "data", listener: (chunk: Uint8Array) => void): unknown;
  on(event: "close" | "error", listener: (error?: Error | null) => void): unknown;
  removeAllListeners(): unknown;
}

/**
 * Options for {@link SerialPortTransport}.
 *
 * @public
 */
export interface SerialPortOptions {
  /** OS path such as `/dev/ttyUSB0` or `COM3`. */
  readonly path: string;
  readonly baudRate?: number;
  /** "native" (default) uses `SerialPort`; "mock" uses `SerialPortMock` with `@serialport/binding-mock`. */
  readonly binding?: "native" | "mock";
  /** Builds the port object; defaults to loading the `serialport` package on first open. */
  readonly portFactory?: (options: { path: string; baudRate: number }) => Promise<NodeSerialPortLike>;
}

/**
 * A byte transport over a Node serial port. The `serialport` package is imported lazily on the first
 * `open()`, so bundles for browsers never reach it; hosts install it themselves.
 *
 * @public
 */
export class SerialPortTransport extends BaseTransport {
  readonly kind = "serialport";
  readonly #options: SerialPortOptions;
  #port: NodeSerialPortLike | undefined;
  #closing = false;

  /** @param options - path, baud rate, binding */
  constructor(options: SerialPortOptions) {
    super(`serialport:${options.path}`);
    this.#options = options;
  }

  protected async connect(): Promise<void> {
    const factory =
      this.#options.portFactory ?? ((options) => loadSerialPort(options, this.#options.binding));
    const port = await factory({ path: this.#options.path, baudRate: this.#options.baudRate ?? 9600 });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    this.#closing = false;
    port.on("data", (chunk: Uint8Array) => this.receive(new Uint8Array(chunk)));
    port.on("close", () => {
      if (!this.#closing) this.markDisconnected("serial port closed");
    });
    port.on("error", () => this.markDisconnected("serial port error"));
    this.#port = port;
  }

  protected async disconnectLink(): Promise<void> {
    const port = this.#port;
    this.#port = undefined;
    this.#closing = true;
    if (port?.isOpen !== true) return;
    await new Promise<void>((resolve) => port.close(() => resolve()));
    port.removeAllListeners();
  }

  protected async send(bytes: Uint8Array): Promise<void> {
    const port = this.#port;
    if (port === undefined)
      throw new TillError("DEVICE_NOT_CONNECTED", { details: { transportId: this.id } });
    await new Promise<void>((resolve, reject) => {
      port.write(bytes, (error) => (error ? reject(error) : resolve()));
    });
  }
}

interface SerialPortModule {
  SerialPort: new (options: { path: string; baudRate: number; autoOpen: boolean }) => NodeSerialPortLike;
  SerialPortMock: new (options: { path: string; baudRate: number; autoOpen: boolean }) => NodeSerialPortLike;
}

async function loadSerialPort(
  options: { path: string; baudRate: number },
  binding: "native" | "mock" = "native",
): Promise<NodeSerialPortLike> {
  let module: SerialPortModule;
  try {
    // A computed specifier keeps bundlers from pulling the Node-only package into browser builds.
    const specifier = "serialport";
    module = (await import(/* @vite-ignore */ specifier)) as SerialPortModule;
  } catch (cause) {
    throw new TillError("DEVICE_UNSUPPORTED", { message: "The serialport package is not installed.", cause });
  }
  const Port = binding === "mock" ? module.SerialPortMock : module.SerialPort;
  return new Port({ ...options, autoOpen: false });
}
