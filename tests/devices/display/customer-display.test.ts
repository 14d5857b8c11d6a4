import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DISPLAY_DIALECTS,
  decodeDisplay,
  encodeDisplayFrame,
  makeCustomerDisplay,
  toDisplayText,
  VirtualDisplay,
} from "../../../src/devices/display";
import { createMemoryLink } from "../../../src/devices/transport";

const AB = (upper: string, lower: string): [string, string] => [upper.padEnd(20), lower.padEnd(20)];
const text = (value: string): number[] => [...value].map((char) => char.charCodeAt(0));

describe("encodeDisplayFrame dialect bytes", () => {
  it.each([
    [
      "cd5220",
      [
        0x0c,
        0x1b,
        0x51,
        0x41,
        ...text("Hi".padEnd(20)),
        0x0d,
        0x1b,
        0x51,
        0x42,
        ...text("1.00".padEnd(20)),
        0x0d,
      ],
    ],
    [
      "escpos",
      [
        0x0c,
        0x1f,
        0x24,
        0x01,
        0x01,
        ...text("Hi".padEnd(20)),
        0x1f,
        0x24,
        0x01,
        0x02,
        ...text("1.00".padEnd(20)),
      ],
    ],
    [
      "bixolon",
      [
        0x0c,
        0x1b,
        0x6c,
        0x01,
        0x01,
        ...text("Hi".padEnd(20)),
        0x1b,
        0x6c,
        0x01,
        0x02,
        ...text("1.00".padEnd(20)),
      ],
    ],
    [
      "digipos",
      [0x1f, 0x11, 0x14, 0x10, 0x00, ...text("Hi".padEnd(20)), 0x10, 0x14, ...text("1.00".padEnd(20))],
    ],
  ])("%s writes both lines with its own commands", (dialect, expected) => {
    const found = DISPLAY_DIALECTS[dialect];
    if (found === undefined) throw new Error(dialect);
    expect([...encodeDisplayFrame(found, ["Hi", "1.00"])]).toEqual(expected);
  });

  it("encodes é as CP437 0x82", () => {
    const found = DISPLAY_DIALECTS.escpos;
    if (found === undefined) throw new Error("escpos");
    expect([...encodeDisplayFrame(found, ["é", ""])].slice(5, 6)).toEqual([0x82]);
  });
});

describe("toDisplayText", () => {
  it.each([
    ["keeps CP437 letters", "Crème brûlée", "Crème brûlée"],
    ["strips accents the page lacks (ź, ő) and replaces Ł, which has no base letter", "Łódź ő", "?ódz o"],
    ["replaces what has no base letter", "合计 €5", "?? ?5"],
    ["turns controls into spaces", "a\tb", "a b"],
  ])("%s: %s → %s", (_name, input, expected) => {
    expect(toDisplayText(input, "cp437")).toBe(expected);
  });
});

describe("makeCustomerDisplay on a VirtualDisplay", () => {
  it.each(["cd5220", "escpos", "bixolon", "digipos"])(
    "%s shows the line, total, change and idle message",
    async (dialect) => {
      const { host, device } = createMemoryLink("display");
      const screen = new VirtualDisplay(device, dialect);
      const display = makeCustomerDisplay(host, dialect, { currency: "EUR", locale: "nl-NL" });
      await display.showLine({
        description: "Coffee large oat milk extra hot",
        quantity: "2",
        unitPrice: "1.25",
        lineTotal: "2.50",
      });
      expect(screen.lines()).toEqual(AB("Coffee large oat mil", `2 x 1,25${" ".repeat(8)}2,50`));
      await display.showTotal("9.11");
      expect(screen.lines()).toEqual(AB("TOTAL", `${" ".repeat(16)}9,11`));
      await display.showChange("10.00", "0.90");
      expect(screen.lines()).toEqual(AB(`Paid${" ".repeat(11)}10,00`, `Change${" ".repeat(10)}0,90`));
      await display.showIdle("Welcome", "Corner Shop");
      expect(screen.lines()).toEqual(AB("      Welcome", "    Corner Shop"));
    },
  );

  it("groups thousands with a plain space in fr (Intl uses U+202F, which CP437 lacks)", async () => {
    const { host, device } = createMemoryLink("display");
    const screen = new VirtualDisplay(device, "escpos");
    await makeCustomerDisplay(host, "escpos", { currency: "EUR", locale: "fr-FR" }).showTotal("1234.50");
    expect(screen.lines()[1]).toBe(`${" ".repeat(12)}1 234,50`);
  });

  it("returns a failed result instead of throwing when the display is unplugged", async () => {
    const { host, device } = createMemoryLink("display");
    await host.open();
    device.disconnect();
    const result = await makeCustomerDisplay(host, "cd5220", { currency: "EUR" }).showTotal("1.00");
    expect(result.status === "failed" && result.error.code).toBe("DEVICE_NOT_CONNECTED");
  });

  it("rejects an amount with too many decimals as a failed result with MONEY_PRECISION", async () => {
    const { host } = createMemoryLink("display");
    const result = await makeCustomerDisplay(host, "cd5220", { currency: "EUR" }).showTotal("1.001");
    expect(result.status === "failed" && [result.error.code, result.error.path]).toEqual([
      "MONEY_PRECISION",
      ["total"],
    ]);
  });

  it("never shows more than 20 columns, whatever the text (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("cd5220", "escpos", "bixolon", "digipos"),
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 60 }),
        (dialect, upper, lower) => {
          // Arrange
          const found = DISPLAY_DIALECTS[dialect];
          if (found === undefined) throw new Error(dialect);
          // Act
          const lines = decodeDisplay(encodeDisplayFrame(found, [upper, lower]), found);
          // Assert
          for (const line of lines) expect([...line].length).toBe(20);
          expect(lines[0].trimEnd()).toBe([...toDisplayText(upper, "cp437")].slice(0, 20).join("").trimEnd());
        },
      ),
      { numRuns: 300 },
    );
  });
});
