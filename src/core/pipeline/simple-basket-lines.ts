import { DECIMAL_PATTERN } from "../numbers/decimal-input";

/** Fields of a basket line that hold a non-empty id. */
const ID_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set(["sku", "lineId", "partnerId"]);
/** Fields of a basket line that hold a decimal string. */
const DECIMAL_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set(["quantity", "scaleWeight"]);
/** Fields of a basket line that hold any string. */
const TEXT_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set(["serial", "lot", "note"]);

function isSimpleField(key: string, value: unknown): boolean {
  if (typeof value !== "string") return false;
  if (ID_FIELDS.has(key)) return value.length > 0;
  if (DECIMAL_FIELDS.has(key)) return DECIMAL_PATTERN.test(value);
  return TEXT_FIELDS.has(key);
}

function isSimpleLine(entry: unknown): boolean {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return false;
  if (Object.getPrototypeOf(entry) !== Object.prototype) return false;
  const fields = entry as Record<string, unknown>;
  if (typeof fields.sku !== "string") return false;
  for (const key of Object.keys(fields)) if (!isSimpleField(key, fields[key])) return false;
  return true;
}

/**
 * True when every basket line is in the simple form a scanner or a host usually sends: a plain object of
 * string fields only (`sku`, and any of `lineId`, `quantity`, `scaleWeight`, `serial`, `lot`, `note`,
 * `partnerId`), each valid under the basket schema. Such lines are exactly what the schema would output
 * (it would only copy them), so they are used as they are; any other line (a price override, an embedded
 * value, modifiers, a seat, an unknown field) goes through the schema. Checking 100 lines this way takes
 * a few microseconds instead of the schema's tens.
 *
 * @param lines - the `lines` of a basket input
 * @returns whether the lines can be used without the schema
 * @internal
 */
export function areSimpleBasketLines(lines: unknown): lines is readonly Record<string, string>[] {
  if (!Array.isArray(lines) || Object.getPrototypeOf(lines) !== Array.prototype) return false;
  // An index loop, not every(): a hole in a sparse array is no line (every() would skip it).
  for (let index = 0; index < lines.length; index++) if (!isSimpleLine(lines[index])) return false;
  return true;
}
