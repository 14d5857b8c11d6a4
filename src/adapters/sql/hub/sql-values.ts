import { TillError } from "../../../core/errors/till-error";

/**
 * Reads a bigint column: node-postgres returns int8 as text, PGlite as a number (or a bigint past 2^53).
 *
 * @param value - the column value
 * @returns the exact integer
 * @throws TillError STORAGE_FAILURE for a value that is not an integer
 * @internal
 */
export function toBigint(value: unknown): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === "string" && /^-?\d+$/.test(value)) return BigInt(value);
  throw new TillError("STORAGE_FAILURE", { message: `Expected an integer column, got ${String(value)}` });
}
