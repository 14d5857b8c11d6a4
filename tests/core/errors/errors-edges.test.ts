import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createFixedClock } from "../../../src/core/clock/clock-port";
import { tillErrorFromZod } from "../../../src/core/errors/from-zod";
import { assertTill, TillError } from "../../../src/core/errors/till-error";
import { isPlainObject } from "../../../src/core/is-plain-object";
import { tillErrorOf } from "../../support/till-error-of";

// Host apps log TillErrors and send them over the wire: these pin the fields they read.
describe("TillError", () => {
  it("takes the code's message by default and reads as a TillError", () => {
    const error = new TillError("EMPTY_SALE");
    expect([error.name, error.code, error.path, error.details]).toEqual([
      "TillError",
      "EMPTY_SALE",
      [],
      undefined,
    ]);
    expect(error.message.length).toBeGreaterThan(0);
    expect(String(error)).toBe(`TillError: ${error.message}`);
  });

  it("keeps a wrapped cause, and has none when none is given", () => {
    const cause = new Error("disk full");
    expect(new TillError("INTERNAL", { cause }).cause).toBe(cause);
    expect("cause" in new TillError("INTERNAL")).toBe(false);
  });

  it("writes JSON with details only when there are some", () => {
    const plain = new TillError("INVALID_INPUT", { message: "Bad", path: ["lines", 0] });
    expect(JSON.parse(JSON.stringify(plain))).toEqual({
      name: "TillError",
      code: "INVALID_INPUT",
      message: "Bad",
      path: ["lines", 0],
    });
    const detailed = new TillError("NOT_FULLY_PAID", { message: "Due", details: { due: "1.00" } });
    expect(detailed.toJSON()).toEqual({
      name: "TillError",
      code: "NOT_FULLY_PAID",
      message: "Due",
      path: [],
      details: { due: "1.00" },
    });
  });

  it("assertTill passes a truthy condition and throws its code, path and details for a falsy one", () => {
    expect(() => assertTill(1, "INVALID_INPUT")).not.toThrow();
    for (const falsy of [false, 0, "", null, undefined]) {
      const error = tillErrorOf(() =>
        assertTill(falsy, "SALE_NOT_OPEN", { path: ["status"], details: { s: 1 } }),
      );
      expect([error.code, error.path, error.details]).toEqual(["SALE_NOT_OPEN", ["status"], { s: 1 }]);
    }
  });
});

describe("tillErrorFromZod", () => {
  it("names the first issue's path under the base path, in the message too", () => {
    const result = z
      .object({ lines: z.array(z.object({ sku: z.string() })) })
      .safeParse({ lines: [{ sku: 1 }] });
    if (result.success) throw new Error("expected a failure");
    const error = tillErrorFromZod(result.error, ["basket"]);
    expect([error.code, error.path]).toEqual(["INVALID_INPUT", ["basket", "lines", 0, "sku"]]);
    expect(error.message).toMatch(/ at basket\.lines\.0\.sku$/);
    expect(error.details).toEqual({
      issues: [{ code: "invalid_type", path: ["basket", "lines", 0, "sku"], message: expect.any(String) }],
    });
  });

  it("adds no location for a value refused as a whole", () => {
    const result = z.string().safeParse(7);
    if (result.success) throw new Error("expected a failure");
    const error = tillErrorFromZod(result.error);
    expect(error.path).toEqual([]);
    expect(error.message).toBe(result.error.issues[0]?.message);
  });

  it("takes the code a refinement names, and the fallback otherwise", () => {
    const named = z
      .string()
      .refine(() => false, { params: { tillCode: "MONEY_PRECISION" } })
      .safeParse("1.005");
    const unnamed = z
      .string()
      .refine(() => false)
      .safeParse("x");
    if (named.success || unnamed.success) throw new Error("expected failures");
    expect(tillErrorFromZod(named.error).code).toBe("MONEY_PRECISION");
    expect(tillErrorFromZod(unnamed.error, [], "INVALID_RULE").code).toBe("INVALID_RULE");
  });

  it("gives the fallback code and a plain message for an error without issues", () => {
    const error = tillErrorFromZod(new z.ZodError([]), [], "INVALID_RULE");
    expect([error.code, error.path, error.message, error.details]).toEqual([
      "INVALID_RULE",
      [],
      "Invalid input",
      { issues: [] },
    ]);
  });
});

describe("createFixedClock", () => {
  it("refuses an unreadable start before any reading", () => {
    const error = tillErrorOf(() => createFixedClock("23 Nov, noonish"));
    expect([error.code, error.message]).toEqual(["INVALID_INPUT", "Not a timestamp: 23 Nov, noonish"]);
  });

  it("moves one second per reading by default and stands still with a step of 0", () => {
    const ticking = createFixedClock("2026-11-23T12:00:00Z");
    expect([ticking.now(), ticking.now()]).toEqual(["2026-11-23T12:00:00.000Z", "2026-11-23T12:00:01.000Z"]);
    const frozen = createFixedClock("2026-11-23T12:00:00Z", 0);
    expect([frozen.now(), frozen.now()]).toEqual(["2026-11-23T12:00:00.000Z", "2026-11-23T12:00:00.000Z"]);
  });
});

describe("isPlainObject", () => {
  it.each([
    ["an object literal", {}, true],
    ["an object without a prototype", Object.create(null) as object, true],
    ["an array", [], false],
    ["a date", new Date(0), false],
    ["a class instance", new TillError("INTERNAL"), false],
  ])("%s: %s", (_label, value, plain) => {
    expect(isPlainObject(value)).toBe(plain);
  });
});
