import { describe, expect, it } from "vitest";
import { canonicalJson, sha256Hex, toJournalJson } from "../../../src/core/journal";
import { parseMoney } from "../../../src/core/money";

describe("canonicalJson", () => {
  it.each([
    ["sorts members by name", { b: 1, a: 2 }, '{"a":2,"b":1}'],
    ["sorts nested members", { z: { y: true, x: null } }, '{"z":{"x":null,"y":true}}'],
    ["keeps array order", [3, 1, 2], "[3,1,2]"],
    ["writes -0 as 0", { n: -0 }, '{"n":0}'],
    ["escapes like JSON.stringify", { s: 'a"b\n' }, '{"s":"a\\"b\\n"}'],
    ["sorts by UTF-16 code units (upper case first)", { a: 1, B: 2 }, '{"B":2,"a":1}'],
    ["keeps non-ASCII text literal", { s: "€ñ" }, '{"s":"€ñ"}'],
  ])("%s", (_title, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it.each([
    ["a fraction", { amount: 12.3 }, ["amount"]],
    ["a bigint", { minor: 1230n }, ["minor"]],
    ["undefined", { note: undefined }, ["note"]],
    ["a class instance", { at: new Date(0) }, ["at"]],
    ["NaN", [Number.NaN], [0]],
  ])("rejects %s with INVALID_INPUT at its path", (_title, value, path) => {
    expect(() => canonicalJson(value)).toThrowError(expect.objectContaining({ code: "INVALID_INPUT", path }));
  });

  it("names the path of a bad value after well-formed siblings, under the caller's prefix", () => {
    const prefix = ["entries", 3];
    const value = { a: [1, { ok: 1 }], b: { c: [true, 12.5], d: "x" } };
    expect(() => canonicalJson(value, prefix)).toThrowError(
      expect.objectContaining({
        code: "INVALID_INPUT",
        path: ["entries", 3, "b", "c", 1],
        message: expect.stringContaining("at entries.3.b.c.1"),
      }),
    );
    expect(prefix).toEqual(["entries", 3]);
  });

  it("rejects a hole in an array (JSON has none) at its index", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the input under test
    const sparse = [1, , 2];
    expect(() => canonicalJson(sparse)).toThrowError(expect.objectContaining({ path: [1] }));
  });

  it.each([
    [
      "Money becomes its JSON form",
      { total: parseMoney("12.3", "EUR") },
      { total: { amount: "12.30", currency: "EUR" } },
    ],
    ["undefined members are dropped as JSON does", { a: 1, b: undefined }, { a: 1 }],
  ])("toJournalJson: %s", (_title, value, expected) => {
    expect(toJournalJson(value)).toEqual(expected);
  });

  it("toJournalJson rejects bigint with INVALID_INPUT", () => {
    expect(() => toJournalJson({ a: 1n })).toThrowError(expect.objectContaining({ code: "INVALID_INPUT" }));
  });
});

describe("sha256Hex", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  ])("hashes %j (FIPS 180-2 vectors)", async (text, expected) => {
    expect(await sha256Hex(text)).toBe(expected);
  });
});
