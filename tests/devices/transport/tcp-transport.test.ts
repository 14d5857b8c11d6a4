import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isTillError } from "../../../src/core";
import { TcpTransport } from "../../../src/devices/transport";

let server: Server | undefined;

async function listen(onSocket: (socket: Socket) => void): Promise<number> {
  server = createServer(onSocket);
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe("TcpTransport", () => {
  it("writes raw bytes to a 9100-style listener and hears its replies", async () => {
    const received: number[] = [];
    const port = await listen((socket) => {
      socket.on("data", (chunk) => {
        received.push(...chunk);
        socket.write(Buffer.from([0x12]));
      });
    });
    const transport = new TcpTransport({ host: "127.0.0.1", port });
    const reply = new Promise<number[]>((resolve) => transport.on("data", (chunk) => resolve([...chunk])));
    await transport.open();
    await transport.write(new Uint8Array([0x10, 0x04, 0x01]));
    expect(await reply).toEqual([0x12]);
    expect(received).toEqual([0x10, 0x04, 0x01]);
    expect(transport.id).toBe(`tcp:127.0.0.1:${port}`);
    await transport.close();
  });

  it("surfaces a dropped socket as disconnect; writes reject at once; open() reconnects", async () => {
    const sockets: Socket[] = [];
    const port = await listen((socket) => sockets.push(socket));
    const transport = new TcpTransport({ host: "127.0.0.1", port });
    const dropped = new Promise<void>((resolve) => transport.on("disconnect", () => resolve()));
    const reconnected = new Promise<void>((resolve) => transport.on("reconnect", () => resolve()));
    await transport.open();
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const socket of sockets) socket.destroy();
    await dropped;
    const error = await transport.write(new Uint8Array([1])).catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("DEVICE_NOT_CONNECTED");
    await transport.open();
    await reconnected;
    expect(transport.state).toBe("open");
    await transport.close();
  });

  it("fails to open when nothing listens", async () => {
    const port = await listen(() => undefined);
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    const transport = new TcpTransport({ host: "127.0.0.1", port });
    const error = await transport.open().catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("DEVICE_NOT_CONNECTED");
  });
});
