import { describe, expect, it } from "vitest";
import { encodeScanAsHidReports, encodeScanAsKeys, encodeScanAsSerial } from "../../../src/devices/scanner";

describe("scanner emulator encodings", () => {
  it.each([
    [
      "]E0 + CR",
      "]E096385074",
      "\r",
      [0x5d, 0x45, 0x30, 0x39, 0x36, 0x33, 0x38, 0x35, 0x30, 0x37, 0x34, 0x0d],
    ],
    ["GS kept, CR LF", "10A\u001d17", "\r\n", [0x31, 0x30, 0x41, 0x1d, 0x31, 0x37, 0x0d, 0x0a]],
    ["UTF-8", "é", "\n", [0xc3, 0xa9, 0x0a]],
  ])("serial: %s", (_title, scanned, terminator, bytes) => {
    expect([...encodeScanAsSerial(scanned, terminator)]).toEqual(bytes);
  });

  it.each([
    ["12\u001d", { interKeyMs: 5 }, ["1@0", "2@5", "Ctrl+]@10", "Enter@15"]],
    [
      "AB",
      { prefix: "~", suffix: "Tab", startAt: 100, interKeyMs: 2 },
      ["~@100", "A@102", "B@104", "Tab@106"],
    ],
    ["9", { suffix: "" }, ["9@0"]],
  ])("keys: %j with %j", (scanned, options, keys) => {
    const events = encodeScanAsKeys(scanned, options);
    expect(events.map((e) => `${e.ctrlKey === true ? "Ctrl+" : ""}${e.key}@${e.timestamp}`)).toEqual(keys);
  });

  it.each([
    ["]E04006381333931", 1, [13]],
    [`]Q1${"x".repeat(56)}`, 1, [56]],
    [`]Q1${"x".repeat(57)}`, 2, [56, 1]],
    ["", 1, [0]],
  ])("HID: %s goes out as %i report(s) with lengths %j", (scanned, count, lengths) => {
    const reports = encodeScanAsHidReports(scanned);
    expect(reports).toHaveLength(count);
    expect(reports.map((report) => report[1])).toEqual(lengths);
    expect(reports.map((report) => report[0])).toEqual(reports.map(() => 2));
  });
});
