import { TillError } from "../../core/errors/till-error";

const BIGINT_KEY = "$bigint";

/**
 * Serialises a value for the sync wire. JSON has no bigint, so a bigint travels as
 * `{"$bigint":"12345678901234567890"}` and comes back exact; everything else is plain JSON.
 *
 * @param value - the value
 * @returns JSON text
 * @public
 */
export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) =>
    typeof member === "bigint" ? { [BIGINT_KEY]: member.toString() } : member,
  );
}

/**
 * Parses sync wire text, turning `{"$bigint":"…"}` back into bigint.
 *
 * @param text - JSON text
 * @returns the value
 * @throws TillError INVALID_INPUT for text that is not JSON
 * @public
 */
export function decodeWire(text: string): unknown {
  try {
    return JSON.parse(text, (_key, member: unknown) => {
      if (typeof member !== "object" || member === null || Array.isArray(member)) return member;
      const keys = Object.keys(member);
      const digits = (member as Record<string, unknown>)[BIGINT_KEY];
      return keys.length === 1 && typeof digits === "string" && /^-?\d+$/.test(digits)
        ? BigInt(digits)
        : member;
    });
  } catch (cause) {
    throw new TillError("INVALID_INPUT", { message: "The body is not JSON", cause });
  }
}
