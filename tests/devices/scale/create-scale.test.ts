import { describe, expect, it } from "vitest";
import { parseQuantity, TillError } from "../../../src/core";
import {
  casProtocol,
  createScale,
  createScaleEmulator,
  hidScaleProtocol,
  mtSicsProtocol,
  nciProtocol,
  type Scale,
  type ScaleProtocol,
  type ScaleState,
} from "../../../src/devices/scale";
import { createMemoryLink } from "../../../src/devices/transport/memory-transport";

const PROTOCOLS: Record<"mt-sics" | "nci" | "cas" | "hid", ScaleProtocol> = {
  "mt-sics": mtSicsProtocol,
  nci: nciProtocol,
  cas: casProtocol,
  hid: hidScaleProtocol,
};

type Name = keyof typeof PROTOCOLS;

async function rig(protocol: Name, weight: string, state?: ScaleState) {
  const { host, device } = createMemoryLink(`scale-${protocol}`);
  await host.open();
  const emulator = createScaleEmulator(device, {
    protocol,
    weight,
    ...(state === undefined ? {} : { state }),
  });
  const scale = createScale(host, PROTOCOLS[protocol], { timeoutMs: 200 });
  // Streaming scales (CAS, HID) send by themselves: the emulator pushes right after the request.
  const weigh = async () => {
    const pending = scale.weighImmediately();
    if (protocol === "cas" || protocol === "hid") await emulator.push();
    return pending;
  };
  return { host, device, emulator, scale, weigh };
}

async function failureOf(promise: Promise<unknown>): Promise<TillError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TillError) return error;
    throw error;
  }
  throw new Error("expected a TillError");
}

describe("createScale over each emulator", () => {
  const cases: [Name, string, ScaleState | undefined, ScaleState, string | undefined][] = [];
  for (const name of Object.keys(PROTOCOLS) as Name[]) {
    cases.push([name, "0.350", undefined, "stable", "0.35"]);
    cases.push([name, "0", undefined, "zero", "0"]);
    cases.push([name, "1.250", "in-motion", "in-motion", "1.25"]);
    cases.push([name, "2", "overload", "overload", undefined]);
    cases.push([name, "0", "underload", "underload", undefined]);
  }
  it.each(cases)(
    "%s with %s kg forced %s reads %s (%s kg)",
    async (name, weight, forced, state, expected) => {
      const { weigh } = await rig(name, weight, forced);
      const reading = await weigh();
      expect(reading.state).toBe(state);
      expect(reading.weight?.millionths).toBe(
        expected === undefined ? undefined : parseQuantity(expected, "kg").millionths,
      );
    },
  );
});

describe("createScale commands", () => {
  it.each([["mt-sics"], ["nci"]] as const)("%s: tare then zero change what the scale reads", async (name) => {
    const { emulator, scale, weigh } = await rig(name, "0.100");
    await scale.tare();
    emulator.setWeight("0.450");
    expect((await weigh()).weight?.millionths).toBe(350_000n);
    await scale.zero();
    expect((await weigh()).state).toBe("zero");
  });

  it("mt-sics: clear-tare restores the gross weight", async () => {
    const { emulator, scale, weigh } = await rig("mt-sics", "0.100");
    await scale.tare();
    emulator.setWeight("0.300");
    await scale.clearTare();
    expect((await weigh()).weight?.millionths).toBe(300_000n);
  });

  it("hid: zero goes out as the control report and the next report reads zero", async () => {
    const { device, scale } = await rig("hid", "0.250");
    await scale.zero();
    expect([...device.received()]).toEqual([1]);
    expect(scale.latest()?.state).toBe("zero");
  });

  it("queues requests and answers each in turn", async () => {
    const { scale, emulator } = await rig("mt-sics", "0.200");
    const first = scale.weigh();
    const tared = scale.tare();
    const second = scale.weighImmediately();
    expect((await first).weight?.millionths).toBe(200_000n);
    await tared;
    expect((await second).state).toBe("zero");
    emulator.setWeight("0.500");
    expect((await scale.weigh()).weight?.millionths).toBe(300_000n);
  });

  it("streams readings to listeners", async () => {
    const { scale, emulator } = await rig("cas", "0.800");
    const seen: string[] = [];
    scale.onReading((reading) => seen.push(`${reading.state} ${reading.weight?.toString()}`));
    await emulator.push();
    emulator.setState("in-motion");
    await emulator.push();
    expect(seen).toEqual(["stable 0.8", "in-motion 0.8"]);
  });
});

describe("createScale failures are TillErrors, never hangs", () => {
  it.each([
    [
      "mt-sics S while in motion",
      "mt-sics",
      "in-motion",
      (s: Scale) => s.weigh(),
      "DEVICE_FAILURE",
      "not-executable",
    ],
    [
      "mt-sics zero while in motion",
      "mt-sics",
      "in-motion",
      (s: Scale) => s.zero(),
      "DEVICE_FAILURE",
      "not-executable",
    ],
    ["nci clear-tare", "nci", undefined, (s: Scale) => s.clearTare(), "DEVICE_UNSUPPORTED", undefined],
    ["cas tare", "cas", undefined, (s: Scale) => s.tare(), "DEVICE_UNSUPPORTED", undefined],
    ["hid tare", "hid", undefined, (s: Scale) => s.tare(), "DEVICE_UNSUPPORTED", undefined],
    ["silent streaming scale", "cas", undefined, (s: Scale) => s.weigh(), "DEVICE_FAILURE", "timeout"],
  ] as const)("%s → %s %s", async (_title, name, state, act, code, reason) => {
    const { scale } = await rig(name, "0.500", state);
    const error = await failureOf(act(scale));
    expect(error.code).toBe(code);
    expect(error.details?.reason).toBe(reason);
  });

  it("a closed transport rejects with DEVICE_NOT_CONNECTED", async () => {
    const { host, scale } = await rig("mt-sics", "0.500");
    await host.close();
    expect((await failureOf(scale.weigh())).code).toBe("DEVICE_NOT_CONNECTED");
  });

  it("an unplugged scale fails the pending request with DEVICE_NOT_CONNECTED", async () => {
    const { device, scale } = await rig("cas", "0.500");
    const pending = scale.weigh();
    device.disconnect();
    expect((await failureOf(pending)).code).toBe("DEVICE_NOT_CONNECTED");
  });

  it("an unreadable answer fails the request with DEVICE_FAILURE", async () => {
    const { host, device } = createMemoryLink("scale-garbage");
    await host.open();
    const scale = createScale(host, mtSicsProtocol, { timeoutMs: 200 });
    device.onData(() => device.send(new TextEncoder().encode("S S 0.350 ct\r\n")));
    const error = await failureOf(scale.weigh());
    expect(error.code).toBe("DEVICE_FAILURE");
    expect(error.details?.reason).toBe("unreadable-response");
  });

  it("detach fails the pending request and stops listening", async () => {
    const { scale } = await rig("cas", "0.500");
    const pending = scale.weigh();
    scale.detach();
    expect((await failureOf(pending)).code).toBe("DEVICE_NOT_CONNECTED");
  });

  it("rejects bad options with INVALID_INPUT", async () => {
    const { host } = createMemoryLink("scale-options");
    expect(() => createScale(host, mtSicsProtocol, { timeoutMs: 0 })).toThrowError(TillError);
  });
});
