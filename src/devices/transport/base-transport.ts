import { isTillError } from "../../core/errors/till-error";
import type { ByteTransport, ByteTransportEvents, TransportState } from "./byte-transport";
import { linkFailure, notConnected } from "./not-connected";

type Listener = (...args: never[]) => void;

/**
 * The shared shell of every transport: state, events, readable streams, and the rule that a write while
 * the link is down rejects at once. A concrete link only implements `connect`, `disconnectLink` and `send`
 * and calls `receive`, `markDisconnected` and `markReconnected` as its device comes and goes.
 *
 * A write that is in flight when the link drops rejects too: `send` races the link's loss, so a host never
 * waits on a printer that was unplugged mid-receipt.
 *
 * @public
 */
export abstract class BaseTransport implements ByteTransport {
  abstract readonly kind: string;
  readonly id: string;
  #state: TransportState = "closed";
  readonly #listeners: Partial<Record<keyof ByteTransportEvents, Listener[]>> = {};
  readonly #readers: ReadableStreamDefaultController<Uint8Array>[] = [];
  #lost: { promise: Promise<never>; reject: (error: Error) => void } = BaseTransport.#deferLoss();

  protected constructor(id: string) {
    this.id = id;
  }

  /** Current connection state. */
  get state(): TransportState {
    return this.#state;
  }

  /** Opens the link (or re-opens a disconnected one, emitting `reconnect`). */
  async open(): Promise<void> {
    if (this.#state === "open" || this.#state === "opening") return;
    const wasDisconnected = this.#state === "disconnected";
    this.#state = "opening";
    try {
      await this.connect();
    } catch (error) {
      this.#state = wasDisconnected ? "disconnected" : "closed";
      throw linkFailure(this.id, error, "DEVICE_NOT_CONNECTED");
    }
    this.#becomeOpen(wasDisconnected);
  }

  /** Closes the link; idempotent. Readable streams end. */
  async close(): Promise<void> {
    if (this.#state === "closed") return;
    this.#state = "closed";
    this.#lost.reject(notConnected(this.id, "closed"));
    try {
      await this.disconnectLink();
    } finally {
      for (const reader of this.#readers.splice(0)) safely(() => reader.close());
      this.emit("close");
    }
  }

  /** Sends bytes; rejects with TillError DEVICE_NOT_CONNECTED at once when the link is not open. */
  async write(bytes: Uint8Array): Promise<void> {
    if (this.#state !== "open") throw notConnected(this.id, this.#state);
    try {
      await Promise.race([this.send(bytes), this.#lost.promise]);
    } catch (error) {
      if (isTillError(error)) throw error;
      throw linkFailure(this.id, error);
    }
  }

  /** A stream of every chunk received from now on; it ends when the transport closes. */
  readable(): ReadableStream<Uint8Array> {
    let own: ReadableStreamDefaultController<Uint8Array> | undefined;
    return new ReadableStream<Uint8Array>({
      start: (controller) => {
        own = controller;
        this.#readers.push(controller);
      },
      cancel: () => {
        const index = own === undefined ? -1 : this.#readers.indexOf(own);
        if (index >= 0) this.#readers.splice(index, 1);
      },
    });
  }

  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends keyof ByteTransportEvents>(event: E, listener: ByteTransportEvents[E]): () => void {
    const list: Listener[] = this.#listeners[event] ?? [];
    this.#listeners[event] = list;
    list.push(listener as Listener);
    return () => {
      const index = list.indexOf(listener as Listener);
      if (index >= 0) list.splice(index, 1);
    };
  }

  /** Opens the underlying link. */
  protected abstract connect(): Promise<void>;
  /** Closes the underlying link. */
  protected abstract disconnectLink(): Promise<void>;
  /** Sends bytes over the open link. */
  protected abstract send(bytes: Uint8Array): Promise<void>;

  /** Delivers a received chunk to listeners and readable streams. */
  protected receive(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    for (const reader of this.#readers) safely(() => reader.enqueue(chunk.slice()));
    this.emit("data", chunk);
  }

  /** Records that the device went away; writes reject from now until it returns. */
  protected markDisconnected(reason: string): void {
    if (this.#state !== "open" && this.#state !== "opening") return;
    this.#state = "disconnected";
    this.#lost.reject(notConnected(this.id, "disconnected"));
    this.emit("disconnect", reason);
  }

  /** Records that the device is back without a new `open()` call (the link re-established itself). */
  protected markReconnected(): void {
    if (this.#state !== "disconnected") return;
    this.#becomeOpen(true);
  }

  /** Emits an event to its listeners; a throwing listener never breaks the link. */
  protected emit<E extends keyof ByteTransportEvents>(
    event: E,
    ...args: Parameters<ByteTransportEvents[E]>
  ): void {
    for (const listener of [...(this.#listeners[event] ?? [])]) {
      safely(() => (listener as (...values: Parameters<ByteTransportEvents[E]>) => void)(...args));
    }
  }

  #becomeOpen(wasDisconnected: boolean): void {
    this.#lost = BaseTransport.#deferLoss();
    this.#state = "open";
    this.emit("open");
    if (wasDisconnected) this.emit("reconnect");
  }

  static #deferLoss(): { promise: Promise<never>; reject: (error: Error) => void } {
    let reject: (error: Error) => void = () => undefined;
    const promise = new Promise<never>((_resolve, rejectLoss) => {
      reject = rejectLoss;
    });
    // The loss promise is only observed by writes in flight; an unobserved loss is not an error.
    promise.catch(() => undefined);
    return { promise, reject };
  }
}

function safely(action: () => void): void {
  try {
    action();
  } catch {
    // A listener or a cancelled stream must not break the transport; the link stays usable.
  }
}
