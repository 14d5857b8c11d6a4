import { afterEach, describe, expect, it, vi } from "vitest";
import type { Scan } from "../../../src/devices/barcode";
import {
  attachKeyboardWedge,
  encodeScanAsKeys,
  type KeyboardEventLike,
  type KeydownTarget,
} from "../../../src/devices/scanner";

/** A minimal DOM event target that records which events had their default prevented. */
function fakeTarget() {
  const listeners = new Set<(event: KeyboardEventLike) => void>();
  const prevented: string[] = [];
  const target: KeydownTarget = {
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const press = (key: string, timeStamp: number, ctrlKey = false) => {
    const event: KeyboardEventLike = { key, timeStamp, ctrlKey, preventDefault: () => prevented.push(key) };
    for (const listener of [...listeners]) listener(event);
  };
  return { target, press, prevented, listenerCount: () => listeners.size };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("attachKeyboardWedge", () => {
  it("reports a scan and prevents only its Enter", () => {
    const { target, press, prevented } = fakeTarget();
    const scans: Scan[] = [];
    attachKeyboardWedge(target).onScan((scan) => scans.push(scan));
    press("a", 0);
    press("Enter", 300);
    for (const event of encodeScanAsKeys("]E04006381333931", { startAt: 1000 }))
      press(event.key, event.timestamp, event.ctrlKey);
    expect(scans.map((scan) => scan.parsed)).toEqual([
      { kind: "gtin", gtin14: "04006381333931", gtinKind: "gtin-13" },
    ]);
    expect(prevented).toEqual(["Enter"]);
  });

  it("passes bad scans to onError", () => {
    const { target, press } = fakeTarget();
    const codes: string[] = [];
    attachKeyboardWedge(target).onError((error) => codes.push(error.code));
    for (const event of encodeScanAsKeys("4006381333932")) press(event.key, event.timestamp);
    expect(codes).toEqual(["INVALID_BARCODE"]);
  });

  it("ends a suffix-less scan on its timer", () => {
    vi.useFakeTimers();
    const { target, press } = fakeTarget();
    const values: string[] = [];
    attachKeyboardWedge(target, { policy: { suffix: [] } }).onScan((scan) => values.push(scan.value));
    for (const event of encodeScanAsKeys("96385074", { suffix: "" })) press(event.key, event.timestamp);
    expect(values).toEqual([]);
    vi.runAllTimers();
    expect(values).toEqual(["96385074"]);
  });

  it("detaches its listener", () => {
    const { target, listenerCount } = fakeTarget();
    const wedge = attachKeyboardWedge(target);
    expect(listenerCount()).toBe(1);
    wedge.detach();
    expect(listenerCount()).toBe(0);
  });
});
