import { TillError } from "../../core/errors/till-error";
import { BaseTransport } from "./base-transport";

/**
 * The device end of an in-memory link: what an emulator (virtual printer, drawer, display) holds.
 *
 * @public
 */
export interface MemoryDeviceEnd {
  /** Sends bytes to the host side (a status reply, a scan, a weight). */
  send(bytes: Uint8Array): void;
  /** Subscribes to bytes the host wrote; returns the unsubscribe function. */
  onData(listener: (chunk: Uint8Array) => void): () => void;
  /** Everything the host has written so far, concatenated. */
  received(): Uint8Array;
  /** Forgets the bytes received so far. */
  clear(): void;
  /** Simulates unplugging the device: the host sees `disconnect`, its writes reject. */
  disconnect(reason?: string): void;
  /** Simulates plugging it back in: the host sees `reconnect` (if it was open). */
  reconnect(): void;
  /** Whether the device is plugged in. */
  readonly isPresent: boolean;
}

/**
 * The host end of an in-memory link.
 *
 * @public
 */
export class MemoryTransport extends BaseTransport {
  readonly kind = "memory";
  readonly #peer: { deliver: (chunk: Uint8Array) => void; isPresent: () => boolean };

  /** @internal */
  constructor(id: string, peer: { deliver: (chunk: Uint8Array) => void; isPresent: () => boolean }) {
    super(id);
    this.#peer = peer;
  }

  protected async connect(): Promise<void> {
    if (!this.#peer.isPresent()) {
      throw new TillError("DEVICE_NOT_CONNECTED", { details: { transportId: this.id } });
    }
  }

  protected async disconnectLink(): Promise<void> {}

  protected async send(bytes: Uint8Array): Promise<void> {
    this.#peer.deliver(bytes.slice());
  }

  /** @internal Device side pushes bytes. */
  deliverFromDevice(chunk: Uint8Array): void {
    if (this.state === "open") this.receive(chunk);
  }

  /** @internal */
  deviceGone(reason: string): void {
    this.markDisconnected(reason);
  }

  /** @internal */
  deviceBack(): void {
    this.markReconnected();
  }
}

/**
 * Creates a linked pair: a host-side {@link MemoryTransport} and the device end an emulator drives.
 *
 * @param id - transport id (default "memory")
 * @returns the two ends
 * @example
 * ```ts
 * const { host, device } = createMemoryLink("printer-1");
 * await host.open();
 * await host.write(new Uint8Array([0x1b, 0x40]));
 * device.received(); // Uint8Array [27, 64]
 * ```
 * @public
 */
export function createMemoryLink(id = "memory"): { host: MemoryTransport; device: MemoryDeviceEnd } {
  const chunks: Uint8Array[] = [];
  const listeners: ((chunk: Uint8Array) => void)[] = [];
  let present = true;
  const host = new MemoryTransport(id, {
    deliver: (chunk) => {
      chunks.push(chunk);
      for (const listener of [...listeners]) listener(chunk);
    },
    isPresent: () => present,
  });
  const device: MemoryDeviceEnd = {
    send: (bytes) => host.deliverFromDevice(bytes.slice()),
    onData: (listener) => {
      listeners.push(listener);
      return () => {
        const index = listeners.indexOf(listener);
        if (index >= 0) listeners.splice(index, 1);
      };
    },
    received: () => concatBytes(chunks),
    clear: () => {
      chunks.length = 0;
    },
    disconnect: (reason = "unplugged") => {
      present = false;
      host.deviceGone(reason);
    },
    reconnect: () => {
      present = true;
      host.deviceBack();
    },
    get isPresent() {
      return present;
    },
  };
  return { host, device };
}

/**
 * Concatenates byte chunks.
 *
 * @param chunks - the chunks in order
 * @returns one array
 * @public
 */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
