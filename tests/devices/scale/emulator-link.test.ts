import { describe, expect, it, vi } from "vitest";
import { createScaleEmulator, emulatorLinkFromTransport } from "../../../src/devices/scale";
import { createMemoryLink } from "../../../src/devices/transport/memory-transport";

describe("emulatorLinkFromTransport", () => {
  it("lets an emulator answer over any byte transport", async () => {
    // Arrange: the emulator sits on a transport; the far end plays the host.
    const { host, device: farEnd } = createMemoryLink("looped-scale");
    await host.open();
    createScaleEmulator(emulatorLinkFromTransport(host), { protocol: "mt-sics", weight: "1.5" });
    // Act
    farEnd.send(new TextEncoder().encode("S\r\n"));
    // Assert
    await vi.waitFor(() => expect(new TextDecoder().decode(farEnd.received())).toBe("S S      1.500 kg\r\n"));
  });
});
