import { TillError } from "../../core/errors/till-error";
import type { ByteTransport } from "../transport/byte-transport";
import {
  type BackoffPolicy,
  backoffDelay,
  backoffPolicySchema,
  realScheduler,
  type Scheduler,
} from "./backoff";

/** What a device is for. @public */
export type DeviceRole = "printer" | "drawer" | "display" | "scanner" | "scale" | "other";

/** A device's connection as the manager sees it. @public */
export type DeviceConnectionState = "closed" | "connected" | "disconnected" | "reconnecting" | "given-up";

/**
 * A connection change, for the host UI and logs.
 *
 * @public
 */
export interface DeviceStateChange {
  readonly deviceId: string;
  readonly state: DeviceConnectionState;
  /** Retry number (from 0) for "reconnecting". */
  readonly attempt?: number;
  /** Wait before that retry, for "reconnecting". */
  readonly delayMs?: number;
  /** Why the link went down, for "disconnected". */
  readonly reason?: string;
}

/**
 * The registry of configured devices.
 *
 * @public
 */
export interface DeviceManager {
  /** Adds a device. @throws TillError INVALID_INPUT (path ["id"]) for a duplicate id */
  register(device: { id: string; role: DeviceRole; transport: ByteTransport }): void;
  /** Removes a device, cancelling its retries, and closes its transport. */
  unregister(id: string): Promise<void>;
  /** The devices with their states. */
  list(): { id: string; role: DeviceRole; state: DeviceConnectionState }[];
  /** A device's transport. @throws TillError NOT_FOUND */
  transport(id: string): ByteTransport;
  /** Opens every device; one that fails goes on retrying with backoff. Never throws. */
  connectAll(): Promise<void>;
  /** Subscribes to connection changes; returns the unsubscribe function. */
  onStateChange(listener: (change: DeviceStateChange) => void): () => void;
  /** Cancels every retry and listener (the transports stay as they are). */
  dispose(): void;
}

interface Entry {
  readonly id: string;
  readonly role: DeviceRole;
  readonly transport: ByteTransport;
  state: DeviceConnectionState;
  attempt: number;
  cancelRetry: (() => void) | undefined;
  readonly unsubscribe: (() => void)[];
}

/**
 * Makes a device manager. Every transport's `disconnect` starts a retry schedule with exponential backoff
 * (`open()` again after each delay); a `reconnect` from the link itself (a browser reporting the device
 * back) ends it early.
 *
 * @param options - backoff policy and scheduler (inject a manual scheduler in tests)
 * @returns the manager
 * @public
 */
export function makeDeviceManager(
  options: { backoff?: Partial<BackoffPolicy>; scheduler?: Scheduler } = {},
): DeviceManager {
  const policy = backoffPolicySchema.parse(options.backoff ?? {});
  const scheduler = options.scheduler ?? realScheduler();
  const entries = new Map<string, Entry>();
  const listeners: ((change: DeviceStateChange) => void)[] = [];

  const emit = (
    entry: Entry,
    state: DeviceConnectionState,
    extra: Omit<DeviceStateChange, "deviceId" | "state"> = {},
  ): void => {
    entry.state = state;
    for (const listener of [...listeners]) listener({ deviceId: entry.id, state, ...extra });
  };
  const connected = (entry: Entry): void => {
    entry.cancelRetry?.();
    entry.cancelRetry = undefined;
    entry.attempt = 0;
    if (entry.state !== "connected") emit(entry, "connected");
  };
  const scheduleRetry = (entry: Entry): void => {
    if (policy.maxAttempts !== undefined && entry.attempt >= policy.maxAttempts) {
      emit(entry, "given-up");
      return;
    }
    const attempt = entry.attempt;
    const delayMs = backoffDelay(policy, attempt);
    emit(entry, "reconnecting", { attempt, delayMs });
    entry.cancelRetry = scheduler.setTimer(() => {
      entry.cancelRetry = undefined;
      entry.transport.open().then(
        () => connected(entry),
        () => {
          entry.attempt = attempt + 1;
          scheduleRetry(entry);
        },
      );
    }, delayMs);
  };

  return {
    register({ id, role, transport }) {
      if (entries.has(id))
        throw new TillError("INVALID_INPUT", {
          message: `Device ${id} is already registered.`,
          path: ["id"],
        });
      const entry: Entry = {
        id,
        role,
        transport,
        state: transport.state === "open" ? "connected" : "closed",
        attempt: 0,
        cancelRetry: undefined,
        unsubscribe: [],
      };
      entry.unsubscribe.push(
        transport.on("disconnect", (reason) => {
          emit(entry, "disconnected", { reason });
          if (entry.cancelRetry === undefined) scheduleRetry(entry);
        }),
        transport.on("reconnect", () => connected(entry)),
      );
      entries.set(id, entry);
    },
    async unregister(id) {
      const entry = entries.get(id);
      if (entry === undefined) return;
      entries.delete(id);
      entry.cancelRetry?.();
      for (const stop of entry.unsubscribe) stop();
      await entry.transport.close();
    },
    list: () => [...entries.values()].map(({ id, role, state }) => ({ id, role, state })),
    transport(id) {
      const entry = entries.get(id);
      if (entry === undefined) throw new TillError("NOT_FOUND", { path: ["id"], details: { deviceId: id } });
      return entry.transport;
    },
    async connectAll() {
      await Promise.all(
        [...entries.values()].map(async (entry) => {
          if (entry.state === "connected" || entry.cancelRetry !== undefined) return;
          try {
            await entry.transport.open();
            connected(entry);
          } catch {
            emit(entry, "disconnected", { reason: "open failed" });
            scheduleRetry(entry);
          }
        }),
      );
    },
    onStateChange(listener) {
      listeners.push(listener);
      return () => {
        const index = listeners.indexOf(listener);
        if (index >= 0) listeners.splice(index, 1);
      };
    },
    dispose() {
      for (const entry of entries.values()) {
        entry.cancelRetry?.();
        for (const stop of entry.unsubscribe) stop();
      }
      listeners.length = 0;
    },
  };
}
