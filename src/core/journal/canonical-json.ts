import { z } from "zod";
import { TillError, type TillErrorPath } from "../errors/till-error";
import { isPlainObject } from "../is-plain-object";

/**
 * A JSON value the journal can hash: null, booleans, safe integers, strings, arrays and plain objects.
 * No fractions, no bigint, no undefined: money, rates and quantities travel as decimal strings.
 *
 * @public
 */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * zod schema for {@link JsonValue}: numbers must be safe integers.
 *
 * @public
 */
export const jsonValueSchema: z.ZodType<JsonValue> = /* @__PURE__ */ z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number().int().refine(Number.isSafeInteger, { message: "Expected a safe integer" }),
    z.string(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);

/**
 * The path of the value being written, as one stack shared by the whole walk: a member or element pushes
 * its key before it is written and pops it after, and only an error copies it. (A fresh path array per
 * key cost about as much as the writing itself on a journal payload.)
 */
type PathStack = (string | number)[];

function reject(path: PathStack, why: string): TillError {
  return new TillError("INVALID_INPUT", {
    message: `Not canonical JSON (${why}) at ${path.join(".")}`,
    path: [...path],
  });
}

function writeNumber(value: number, path: PathStack): string {
  if (!Number.isSafeInteger(value)) throw reject(path, "numbers must be safe integers; use decimal strings");
  // -0 and 0 are the same integer; both are written "0".
  return value === 0 ? "0" : String(value);
}

function writeObject(value: object, path: PathStack): string {
  if (!isPlainObject(value)) throw reject(path, "only plain objects");
  const record = value as Record<string, unknown>;
  // Default sort compares UTF-16 code units, the order RFC 8785 uses for member names.
  const keys = Object.keys(record).sort();
  let text = "{";
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    path.push(key);
    text += `${index === 0 ? "" : ","}${JSON.stringify(key)}:${writeValue(record[key], path)}`;
    path.pop();
  }
  return `${text}}`;
}

function writeArray(value: readonly unknown[], path: PathStack): string {
  let text = "[";
  for (let index = 0; index < value.length; index++) {
    path.push(index);
    text += `${index === 0 ? "" : ","}${writeValue(value[index], path)}`;
    path.pop();
  }
  return `${text}]`;
}

function writeValue(value: unknown, path: PathStack): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      return writeNumber(value, path);
    case "string":
      return JSON.stringify(value);
    case "object":
      return Array.isArray(value) ? writeArray(value, path) : writeObject(value, path);
    default:
      throw reject(path, `${typeof value} is not JSON`);
  }
}

/**
 * The canonical serialisation tillkit hashes. Rules (documented in docs/journal.md):
 * no whitespace; object members sorted by UTF-16 code units of their names; strings escaped exactly as
 * ECMAScript `JSON.stringify` does; numbers only as safe integers in plain decimal ("-0" is "0");
 * `null`, `true`, `false` literal; anything else (undefined, bigint, fractions, NaN, class instances)
 * is rejected rather than silently changed.
 *
 * @param value - a {@link JsonValue}
 * @param path - path prefix for errors
 * @returns the canonical text
 * @throws TillError INVALID_INPUT naming the offending path
 * @example
 * ```ts
 * canonicalJson({ b: [1, "x"], a: null }); // '{"a":null,"b":[1,"x"]}'
 * ```
 * @public
 */
export function canonicalJson(value: unknown, path: TillErrorPath = []): string {
  return writeValue(value, [...path]);
}

/**
 * Turns a typed value (holding Money, Quantity, Rate) into a {@link JsonValue} through the values' own
 * `toJSON`, the way `JSON.stringify` would, and checks the result is canonicalisable.
 *
 * @param value - any JSON-serialisable value
 * @param path - path prefix for errors
 * @returns the plain JSON value
 * @throws TillError INVALID_INPUT for bigint, fractions, or values JSON cannot hold
 * @public
 */
export function toJournalJson(value: unknown, path: TillErrorPath = []): JsonValue {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (cause) {
    throw new TillError("INVALID_INPUT", {
      message: "The value is not JSON-serialisable (bigint?)",
      path,
      cause,
    });
  }
  if (text === undefined) throw reject([...path], "undefined is not JSON");
  const json = JSON.parse(text) as JsonValue;
  canonicalJson(json, path);
  return json;
}
