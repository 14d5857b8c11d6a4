import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import { backoffDelay, type DeviceStateChange, makeDeviceManager } from "../../../src/devices/manager";
import { BaseTransport, createMemoryLink } from "../../../src/devices/transport";
import { ManualScheduler } from "./manual-scheduler";

const policy = { initialMs: 500, factor: 2, maxMs: 30_000 };

/** A link that, like a TCP socket, never announces its own return: only open() finds it back. */
class SilentLink extends BaseTransport {
  readonly kind = "silent";
  isUp = true;
  constructor() {
    super("silent");
  }
  drop(): void {
    this.isUp = false;
    this.markDisconnected("socket closed");
  }
  protected async connect(): Promise<void> {
    if (!this.isUp) throw new Error("ECONNREFUSED");
  }
  protected async disconnectLink(): Promise<void> {}
  protected async send(): Promise<void> {}
}

describe("backoffDelay", () => {
  it.each([
    [0, 500],
    [1, 1000],
    [2, 2000],
    [5, 16_000],
    [6, 30_000],
    [40, 30_000],
  ])("retry %i waits %i ms (500 × 2ⁿ, capped at 30 s)", (attempt, expected) => {
    expect(backoffDelay(policy, attempt)).toBe(expected);
  });

  it("never decreases and never exceeds the cap (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 60 }),
        (initialMs, factor, maxMs, attempt) => {
          const value = { initialMs, factor, maxMs };
          expect(backoffDelay(value, attempt + 1)).toBeGreaterThanOrEqual(backoffDelay(value, attempt));
          expect(backoffDelay(value, attempt)).toBeLessThanOrEqual(Math.max(maxMs, 0));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("makeDeviceManager", () => {
  it("retries an unplugged device on the backoff schedule until it returns", async () => {
    const scheduler = new ManualScheduler();
    const manager = makeDeviceManager({ backoff: policy, scheduler });
    const { host, device } = createMemoryLink("printer");
    const changes: DeviceStateChange[] = [];
    manager.onStateChange((change) => changes.push(change));
    manager.register({ id: "printer", role: "printer", transport: host });
    await manager.connectAll();
    device.disconnect("cable");
    // While it stays away, each retry fails and the next waits twice as long.
    for (let retry = 0; retry < 4; retry += 1) await scheduler.runNext();
    // It comes back (the host side was closed by nothing, so the next open() succeeds).
    device.reconnect();
    expect(scheduler.delays).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(changes.map((change) => change.state)).toEqual([
      "connected",
      "disconnected",
      "reconnecting",
      "reconnecting",
      "reconnecting",
      "reconnecting",
      "reconnecting",
      "connected",
    ]);
    expect(scheduler.pendingCount).toBe(0);
    expect(manager.list()).toEqual([{ id: "printer", role: "printer", state: "connected" }]);
  });

  it("reconnects through open() when a retry fires after the device is back", async () => {
    const scheduler = new ManualScheduler();
    const manager = makeDeviceManager({ backoff: policy, scheduler });
    const transport = new SilentLink();
    manager.register({ id: "tcp-printer", role: "printer", transport });
    await manager.connectAll();
    transport.drop();
    await scheduler.runNext();
    transport.isUp = true;
    await scheduler.runNext();
    expect(scheduler.delays).toEqual([500, 1000]);
    expect([transport.state, manager.list()[0]?.state]).toEqual(["open", "connected"]);
  });

  it("gives up after maxAttempts failed retries", async () => {
    const scheduler = new ManualScheduler();
    const manager = makeDeviceManager({ backoff: { ...policy, maxAttempts: 2 }, scheduler });
    const { host, device } = createMemoryLink("display");
    manager.register({ id: "display", role: "display", transport: host });
    device.disconnect();
    await manager.connectAll();
    while (await scheduler.runNext()) {
      // each retry fails while the device stays away
    }
    expect(scheduler.delays).toEqual([500, 1000]);
    expect(manager.list()[0]?.state).toBe("given-up");
  });

  it("rejects a duplicate id and an unknown lookup", () => {
    const manager = makeDeviceManager({ scheduler: new ManualScheduler() });
    const { host } = createMemoryLink();
    manager.register({ id: "a", role: "other", transport: host });
    const codes: unknown[] = [];
    for (const act of [
      () => manager.register({ id: "a", role: "other", transport: host }),
      () => manager.transport("b"),
    ]) {
      try {
        act();
      } catch (error) {
        codes.push(isTillError(error) && error.code);
      }
    }
    expect(codes).toEqual(["INVALID_INPUT", "NOT_FOUND"]);
  });
});
