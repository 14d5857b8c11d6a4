import { describe, expect, it } from "vitest";
import { findGs1Ai, GS1_AI_TABLE, gs1AiDefinitionSchema, listGs1Ais } from "../../../src/devices/barcode";

describe("GS1 application identifier table", () => {
  it.each(GS1_AI_TABLE.map((row) => [row.ai, row]))("row %s matches its schema", (_ai, row) => {
    expect(gs1AiDefinitionSchema.safeParse(row).success).toBe(true);
  });

  it("is prefix-free, so reading two, three, then four digits finds at most one AI", () => {
    const ais = listGs1Ais().map((match) => match.ai);
    const clashes = ais.filter((ai) => ais.some((other) => other !== ai && other.startsWith(ai)));
    expect(clashes).toEqual([]);
  });

  it.each([
    ["01", "01", undefined],
    ["3103", "3103", 3],
    ["3925", "3925", 5],
    ["8200", "8200", undefined],
    ["99", "99", undefined],
  ])("finds %s as AI %s with %s decimals", (data, ai, decimals) => {
    const match = findGs1Ai(`${data}123`);
    expect([match?.ai, match?.decimals]).toEqual([ai, decimals]);
  });

  it.each([["23"], ["3106"], ["AB"], ["1"]])("finds no AI at the start of %s", (data) => {
    expect(findGs1Ai(data)).toBeUndefined();
  });

  it("marks exactly the GS1 predefined-length prefixes (00-04, 11-20, 31-36, 41) as needing no FNC1", () => {
    const predefined = /^(0[0-4]|1[1-9]|20|3[1-6]|41)/;
    for (const row of GS1_AI_TABLE)
      expect([row.ai, row.predefinedLength]).toEqual([row.ai, predefined.test(row.ai)]);
  });
});
