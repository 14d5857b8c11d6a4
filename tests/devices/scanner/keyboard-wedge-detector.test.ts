import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  encodeScanAsKeys,
  type KeyboardWedgePolicy,
  makeKeyboardWedgeDetector,
  type WedgeKeyEvent,
} from "../../../src/devices/scanner";

const RUNS = 2000;

/** Feeds events through a fresh detector and collects the scans. */
function scansOf(
  events: readonly WedgeKeyEvent[],
  policy: KeyboardWedgePolicy = {},
  flushAt?: number,
): string[] {
  const detector = makeKeyboardWedgeDetector(policy);
  const scans: string[] = [];
  let state = detector.initial;
  for (const event of events) {
    const result = detector.step(state, event);
    state = result.state;
    if (result.scan !== undefined) scans.push(result.scan);
  }
  if (flushAt !== undefined) {
    const result = detector.flush(state, flushAt);
    if (result.scan !== undefined) scans.push(result.scan);
  }
  return scans;
}

/** Keys typed with the given gaps between them (first key at `start`). */
function typed(text: string, gaps: readonly number[], start = 0): WedgeKeyEvent[] {
  let at = start;
  return [...text].map((key, index) => {
    if (index > 0) at += gaps[(index - 1) % gaps.length] ?? 0;
    return { key, timestamp: at };
  });
}

const human = (text: string, start = 0) => typed(text, [140, 95, 180, 120], start);

describe("keyboard-wedge detector: examples", () => {
  it.each([
    ["a fast EAN-13 with Enter", encodeScanAsKeys("4006381333931", { interKeyMs: 4 }), ["4006381333931"]],
    [
      "a GS1-128 with Ctrl+] as GS",
      encodeScanAsKeys("]C10109521234567882\u001d10A", { interKeyMs: 8 }),
      ["]C10109521234567882\u001d10A"],
    ],
    ["slow typing with Enter", [...human("4006381333931"), { key: "Enter", timestamp: 2000 }], []],
    [
      "fast human burst of three and Enter",
      typed("123", [20, 25]).concat({ key: "Enter", timestamp: 70 }),
      [],
    ],
    [
      "a scan whose Enter comes late",
      encodeScanAsKeys("4006381333931", { interKeyMs: 4 }).map((e) =>
        e.key === "Enter" ? { ...e, timestamp: 500 } : e,
      ),
      [],
    ],
    [
      "typing then a scan",
      [...human("abc"), ...encodeScanAsKeys("96385074", { startAt: 1000, interKeyMs: 6 })],
      ["96385074"],
    ],
    [
      "a scan then typing then Enter",
      [
        ...encodeScanAsKeys("96385074", { interKeyMs: 6 }),
        ...human("xy", 500),
        { key: "Enter", timestamp: 900 },
      ],
      ["96385074"],
    ],
    [
      "Shift between letters ignored",
      [{ key: "Shift", timestamp: 0 }, ...encodeScanAsKeys("ABC-12345", { startAt: 1, interKeyMs: 5 })],
      ["ABC-12345"],
    ],
    [
      "Backspace breaks a sequence",
      [
        ...typed("4006", [5, 5, 5]),
        { key: "Backspace", timestamp: 20 },
        ...typed("381333931", [5], 25),
        { key: "Enter", timestamp: 70 },
      ],
      ["381333931"],
    ],
    ["too short to be a scan", encodeScanAsKeys("12345", { interKeyMs: 5 }), []],
    [
      "a held key auto-repeating fast, then Enter",
      [
        { key: "a", timestamp: 0 },
        ...typed("aaaaaaaa", [20], 500).map((e) => ({ ...e, repeat: true })),
        { key: "Enter", timestamp: 660 },
      ],
      [],
    ],
  ])("%s", (_title, events, expected) => {
    expect(scansOf(events)).toEqual(expected);
  });

  it.each([
    [
      "prefix required and stripped",
      "~",
      encodeScanAsKeys("4006381333931", { prefix: "~", interKeyMs: 5 }),
      ["4006381333931"],
    ],
    ["no prefix, no scan", "~", encodeScanAsKeys("4006381333931", { interKeyMs: 5 }), []],
  ])("%s", (_title, prefix, events, expected) => {
    expect(scansOf(events, { prefix })).toEqual(expected);
  });

  it("takes a Tab suffix when configured", () => {
    expect(scansOf(encodeScanAsKeys("96385074", { suffix: "Tab" }), { suffix: ["Tab"] })).toEqual([
      "96385074",
    ]);
  });

  it.each([
    [
      "ends at the next slow key",
      [...encodeScanAsKeys("96385074", { suffix: "" }), { key: "x", timestamp: 400 }],
      undefined,
      ["96385074"],
    ],
    ["ends on flush after the gap", encodeScanAsKeys("96385074", { suffix: "" }), 400, ["96385074"]],
    ["not yet on an early flush", encodeScanAsKeys("96385074", { suffix: "" }), 36, []],
  ])("without a suffix, a scan %s", (_title, events, flushAt, expected) => {
    expect(scansOf(events, { suffix: [] }, flushAt)).toEqual(expected);
  });

  it("rejects a malformed policy and event", () => {
    expect(() => makeKeyboardWedgeDetector({ maxInterKeyMs: -1 })).toThrow(/./);
    const detector = makeKeyboardWedgeDetector();
    expect(() => detector.step(detector.initial, { key: "a", timestamp: Number.NaN })).toThrow(/./);
  });
});

describe("keyboard-wedge detector: properties", () => {
  const text = fc
    .array(fc.constantFrom(..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz-./"), {
      minLength: 1,
      maxLength: 40,
    })
    .map((chars) => chars.join(""));

  it("should never take human typing (every gap above the threshold) for a scan", () => {
    const gaps = fc.array(fc.integer({ min: 31, max: 600 }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(text, gaps, fc.integer({ min: 31, max: 600 }), (typedText, gapList, enterGap) => {
        // Arrange
        const events = typed(typedText, gapList);
        const last = events[events.length - 1]?.timestamp ?? 0;
        // Act
        const scans = scansOf([...events, { key: "Enter", timestamp: last + enterGap }]);
        // Assert
        expect(scans).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("should detect every scan typed at scanner speed, exactly", () => {
    const long = text.filter((value) => value.length >= 6);
    fc.assert(
      fc.property(
        long,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 10_000 }),
        (barcode, gap, start) => {
          expect(scansOf(encodeScanAsKeys(barcode, { interKeyMs: gap, startAt: start }))).toEqual([barcode]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("should find the scan between human typing before and after", () => {
    const long = text.filter((value) => value.length >= 6);
    fc.assert(
      fc.property(text, long, text, (before, barcode, after) => {
        // Arrange
        const start = before.length * 200 + 300;
        const events = [
          ...human(before),
          ...encodeScanAsKeys(barcode, { startAt: start, interKeyMs: 7 }),
          ...human(after, start + barcode.length * 7 + 400),
          { key: "Enter", timestamp: start + barcode.length * 7 + 400 + after.length * 200 + 300 },
        ];
        // Act / Assert
        expect(scansOf(events)).toEqual([barcode]);
      }),
      { numRuns: RUNS },
    );
  });
});
