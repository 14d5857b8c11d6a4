import { SerialPortMock } from "serialport";
import { afterEach, describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import { SerialPortTransport } from "../../../src/devices/transport";
import { settle } from "./fake-navigator";

interface MockPortHandle {
  port?: { emitData(data: Buffer): void; recording: Buffer };
}

const MockBinding = SerialPortMock.binding;

afterEach(() => MockBinding.reset());

describe("SerialPortTransport (binding-mock)", () => {
  it("loads serialport lazily, opens the mock port, writes and reads", async () => {
    MockBinding.createPort("/dev/ttyPRINTER", { record: true });
    const transport = new SerialPortTransport({ path: "/dev/ttyPRINTER", binding: "mock" });
    const chunks: number[][] = [];
    transport.on("data", (chunk) => chunks.push([...chunk]));
    await transport.open();
    await transport.write(new Uint8Array([0x1b, 0x40, 0x0a]));
    await settle();
    expect(transport.state).toBe("open");
    await transport.close();
    expect(transport.state).toBe("closed");
    expect(chunks).toEqual([]);
  });

  it("records the exact bytes through a port factory and hears device data", async () => {
    MockBinding.createPort("/dev/ttyDISPLAY", { record: true });
    let created: (InstanceType<typeof SerialPortMock> & MockPortHandle) | undefined;
    const transport = new SerialPortTransport({
      path: "/dev/ttyDISPLAY",
      portFactory: async (options) => {
        created = new SerialPortMock({ ...options, autoOpen: false }) as InstanceType<typeof SerialPortMock> &
          MockPortHandle;
        return created;
      },
    });
    const chunks: number[][] = [];
    transport.on("data", (chunk) => chunks.push([...chunk]));
    await transport.open();
    await transport.write(new Uint8Array([0x0c, 0x41]));
    await settle();
    const binding = created?.port;
    expect([...(binding?.recording ?? Buffer.alloc(0))]).toEqual([0x0c, 0x41]);
    binding?.emitData(Buffer.from([0x06]));
    await settle();
    expect(chunks).toEqual([[0x06]]);
    await transport.close();
  });

  it("fails to open a path the binding does not have", async () => {
    const transport = new SerialPortTransport({ path: "/dev/absent", binding: "mock" });
    const error = await transport.open().catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("DEVICE_NOT_CONNECTED");
  });

  it("treats an unexpected close as a disconnect; writes then reject at once", async () => {
    MockBinding.createPort("/dev/ttyDRAWER", {});
    let created: InstanceType<typeof SerialPortMock> | undefined;
    const transport = new SerialPortTransport({
      path: "/dev/ttyDRAWER",
      portFactory: async (options) => {
        created = new SerialPortMock({ ...options, autoOpen: false });
        return created;
      },
    });
    const events: string[] = [];
    transport.on("disconnect", () => events.push("disconnect"));
    await transport.open();
    await new Promise<void>((resolve) => created?.close(() => resolve()));
    await settle();
    const error = await transport.write(new Uint8Array([1])).catch((caught: unknown) => caught);
    expect(events).toEqual(["disconnect"]);
    expect(isTillError(error) && error.code).toBe("DEVICE_NOT_CONNECTED");
  });
});
