import { TillError } from "../../core/errors/till-error";
import { BaseTransport } from "./base-transport";

interface SocketLike {
  connect(port: number, host: string): unknown;
  write(data: Uint8Array, callback: (error?: Error | null) => void): boolean;
  destroy(): void;
  setNoDelay(value: boolean): unknown;
  once(event: "connect", listener: () => void): unknown;
  once(event: "error", listener: (error: Error) => void): unknown;
  on(event: "data", listener: (chunk: Uint8Array) => void): unknown;
  on(event: "close", listener: () => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  removeAllListeners(): unknown;
}

/**
 * Options for {@link TcpTransport}.
 *
 * @public
 */
export interface TcpOptions {
  readonly host: string;
  /** Raw printing port; network receipt printers listen on 9100. */
  readonly port?: number;
  /** Give up connecting after this many milliseconds (default 5000). */
  readonly connectTimeoutMs?: number;
}

/**
 * A byte transport over a raw TCP socket (port 9100 on network printers). `node:net` is imported lazily,
 * so browser bundles never reach it. A dropped socket emits `disconnect`; `open()` again reconnects.
 *
 * @public
 */
export class TcpTransport extends BaseTransport {
  readonly kind = "tcp";
  readonly #options: TcpOptions;
  #socket: SocketLike | undefined;

  /** @param options - host, port and connect timeout */
  constructor(options: TcpOptions) {
    super(`tcp:${options.host}:${options.port ?? 9100}`);
    this.#options = options;
  }

  protected async connect(): Promise<void> {
    const specifier = "node:net";
    const net = (await import(/* @vite-ignore */ specifier)) as { Socket: new () => SocketLike };
    const socket = new net.Socket();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new TillError("DEVICE_NOT_CONNECTED", { message: `Timed out connecting to ${this.id}.` }));
      }, this.#options.connectTimeoutMs ?? 5000);
      socket.once("connect", () => {
        clearTimeout(timer);
        resolve();
      });
      socket.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.connect(this.#options.port ?? 9100, this.#options.host);
    });
    socket.setNoDelay(true);
    socket.on("data", (chunk) => this.receive(new Uint8Array(chunk)));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      if (this.#socket === socket) this.markDisconnected("socket closed");
    });
    this.#socket = socket;
  }

  protected async disconnectLink(): Promise<void> {
    const socket = this.#socket;
    this.#socket = undefined;
    socket?.removeAllListeners();
    socket?.destroy();
  }

  protected async send(bytes: Uint8Array): Promise<void> {
    const socket = this.#socket;
    if (socket === undefined)
      throw new TillError("DEVICE_NOT_CONNECTED", { details: { transportId: this.id } });
    await new Promise<void>((resolve, reject) => {
      socket.write(bytes, (error) => (error ? reject(error) : resolve()));
    });
  }
}
