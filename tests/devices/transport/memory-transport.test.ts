import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import { BaseTransport, concatBytes, createMemoryLink } from "../../../src/devices/transport";

describe("createMemoryLink", () => {
  it("delivers host writes to the device end and device bytes to the host", async () => {
    const { host, device } = createMemoryLink("m1");
    const seen: number[][] = [];
    host.on("data", (chunk) => seen.push([...chunk]));
    await host.open();
    await host.write(new Uint8Array([0x1b, 0x40]));
    device.send(new Uint8Array([0x12]));
    expect([...device.received()]).toEqual([0x1b, 0x40]);
    expect(seen).toEqual([[0x12]]);
  });

  it.each([
    ["closed", async () => createMemoryLink().host],
    [
      "disconnected",
      async () => {
        const { host, device } = createMemoryLink();
        await host.open();
        device.disconnect();
        return host;
      },
    ],
  ])("rejects a write at once with DEVICE_NOT_CONNECTED when %s", async (state, make) => {
    const host = await make();
    expect(host.state).toBe(state);
    const error = await host.write(new Uint8Array([1])).catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("DEVICE_NOT_CONNECTED");
  });

  it("emits disconnect and reconnect as the device comes and goes", async () => {
    const { host, device } = createMemoryLink();
    const events: string[] = [];
    host.on("disconnect", (reason) => events.push(`disconnect:${reason}`));
    host.on("reconnect", () => events.push("reconnect"));
    await host.open();
    device.disconnect("cable");
    device.reconnect();
    await host.write(new Uint8Array([7]));
    expect(events).toEqual(["disconnect:cable", "reconnect"]);
    expect([...device.received()]).toEqual([7]);
  });

  it("fails to open while the device is absent and reopens after it returns", async () => {
    const { host, device } = createMemoryLink();
    device.disconnect();
    const error = await host.open().catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("DEVICE_NOT_CONNECTED");
    device.reconnect();
    await host.open();
    expect(host.state).toBe("open");
  });

  it("streams received chunks through readable() and ends the stream on close", async () => {
    const { host, device } = createMemoryLink();
    await host.open();
    const reader = host.readable().getReader();
    device.send(new Uint8Array([1, 2]));
    device.send(new Uint8Array([3]));
    await host.close();
    const chunks: Uint8Array[] = [];
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
    expect([...concatBytes(chunks)]).toEqual([1, 2, 3]);
  });

  it("keeps every byte in order for any sequence of writes (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 32 }), { maxLength: 20 }), async (writes) => {
        // Arrange
        const { host, device } = createMemoryLink();
        await host.open();
        // Act
        for (const bytes of writes) await host.write(bytes);
        // Assert
        expect([...device.received()]).toEqual([...concatBytes(writes)]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("BaseTransport writes in flight", () => {
  it("rejects a write that is still pending when the link drops, instead of hanging", async () => {
    // Arrange: a link whose send never completes, like a printer that stopped reading.
    class StuckLink extends BaseTransport {
      readonly kind = "stuck";
      constructor() {
        super("stuck");
      }
      drop(): void {
        this.markDisconnected("cable pulled");
      }
      protected async connect(): Promise<void> {}
      protected async disconnectLink(): Promise<void> {}
      protected send(): Promise<void> {
        return new Promise(() => undefined);
      }
    }
    const link = new StuckLink();
    await link.open();
    // Act
    const pending = link.write(new Uint8Array([1])).catch((caught: unknown) => caught);
    link.drop();
    // Assert
    const error = await pending;
    expect(isTillError(error) && [error.code, error.details?.state]).toEqual([
      "DEVICE_NOT_CONNECTED",
      "disconnected",
    ]);
  });
});
