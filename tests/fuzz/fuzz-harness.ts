/**
 * Shared machinery of the fuzz suite: run counts, adversarial values, input mutation and the one check
 * every public entry point must pass (only TillError escapes, the input is never changed).
 */
import fc from "fast-check";
import { expect } from "vitest";
import { isTillError } from "../../src/core";

/** Cases per entry point: 5,000 in CI, `FUZZ_RUNS=100000` for the long run. */
export const FUZZ_RUNS = fuzzRuns(process.env.FUZZ_RUNS);

function fuzzRuns(text: string | undefined): number {
  if (text === undefined || !/^\d+$/.test(text)) return 5_000;
  return Number.parseInt(text, 10);
}

/** fast-check options of one fuzzed entry point. */
export const FUZZ_OPTIONS = { numRuns: FUZZ_RUNS };

/** Keys that break naive object handling. */
export const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
];

/** Strings a parser should refuse politely: unicode digits, control bytes, huge numbers, exponents. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "-",
    ".",
    "1e400",
    "-0",
    "NaN",
    "Infinity",
    "0x1F",
    "١٢٣",
    "１２３",
    "12.3.4",
    "9".repeat(400),
    `0.${"0".repeat(300)}1`,
    "\u0000",
    "\u001d01",
    "\ud800",
    "🧾",
    ...PROTOTYPE_KEYS,
  ),
  fc.bigInt().map((value) => value.toString()),
);

/** Any value at all: primitives, bigint, boxed values, null-prototype and deep objects, prototype keys. */
export const adversarialValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 4,
    withBigInt: true,
    withBoxedValues: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withUnicodeString: true,
    key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...PROTOTYPE_KEYS)),
  }),
  nastyString,
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e308, 10n ** 400n),
  deepNesting(),
);

function deepNesting(): fc.Arbitrary<unknown> {
  return fc.integer({ min: 50, max: 300 }).map((depth) => {
    let value: unknown = "x";
    for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { value };
    return value;
  });
}

type Path = readonly (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (typeof value !== "object" || value === null || prefix.length > 6) return out;
  for (const key of Object.keys(value))
    pathsOf((value as Record<string, unknown>)[key], [...prefix, key], out);
  return out;
}

function replaceAt(
  value: unknown,
  path: Path,
  replacement: unknown,
  mode: "set" | "delete" | "key",
): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return mode === "set" ? replacement : value;
  if (typeof value !== "object" || value === null) return value;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>;
  if (rest.length === 0 && mode === "delete") delete copy[head];
  else if (rest.length === 0 && mode === "key")
    Object.defineProperty(copy, String(replacement), {
      value: copy[head],
      enumerable: true,
      configurable: true,
      writable: true,
    });
  else copy[head] = replaceAt(copy[head], rest, replacement, mode);
  return copy;
}

/**
 * Valid inputs broken in one place: a value somewhere inside replaced by an adversarial one, a member
 * deleted, or a member copied under a prototype key. Shallow copies only, so the valid original is kept.
 */
export function mutatedFrom<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return valid.chain((input) => {
    const paths = pathsOf(input);
    return fc
      .record({
        path: fc.constantFrom(...paths),
        mode: fc.constantFrom("set" as const, "set" as const, "delete" as const, "key" as const),
        value: adversarialValue,
        key: fc.constantFrom(...PROTOTYPE_KEYS),
      })
      .map(({ path, mode, value, key }) => replaceAt(input, path, mode === "key" ? key : value, mode));
  });
}

/**
 * A fixed, seeded pool of values from an expensive arbitrary (sales, baskets, tax documents): the fuzz
 * budget goes to breaking inputs, not to building valid ones.
 */
export function sampled<T>(valid: fc.Arbitrary<T>, count = 200): fc.Arbitrary<T> {
  return fc.constantFrom(...fc.sample(valid, { numRuns: count, seed: 20_261_115 }));
}

/** Adversarial values, and valid inputs broken in one place, in equal measure. */
export function fuzzInputs<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(adversarialValue, mutatedFrom(valid), valid);
}

function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return;
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  Object.freeze(value);
}

/** A structural fingerprint that also sees typed-array bytes, which cannot be frozen. */
export function fingerprint(value: unknown, seen = new Set<unknown>()): string {
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "symbol" || typeof value === "function") return String(value);
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? String(value);
  if (seen.has(value)) return "[cycle]";
  seen.add(value);
  if (ArrayBuffer.isView(value))
    return `bytes(${Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)).join(",")})`;
  const keys = Reflect.ownKeys(value).map(String).sort();
  const proto =
    Object.getPrototypeOf(value) === null ? "null" : (Object.getPrototypeOf(value).constructor?.name ?? "?");
  return `${proto}{${keys.map((key) => `${key}:${fingerprint((value as Record<string, unknown>)[key], seen)}`).join(",")}}`;
}

/**
 * Calls an entry point on frozen inputs and asserts the only possible failure is a TillError and the
 * inputs come back unchanged. A foreign exception fails with the input that caused it.
 *
 * @param run - calls the entry point on the inputs
 * @param inputs - the untrusted inputs
 */
export function expectOnlyTillError(run: (...inputs: unknown[]) => unknown, ...inputs: unknown[]): void {
  const before = inputs.map((input) => fingerprint(input));
  for (const input of inputs) deepFreeze(input);
  try {
    run(...inputs);
  } catch (error) {
    if (!isTillError(error)) {
      const shown =
        error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error);
      expect.fail(`non-TillError escaped: ${shown}`);
    }
  }
  expect(inputs.map((input) => fingerprint(input))).toEqual(before);
}
