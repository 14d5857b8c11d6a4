import type { z } from "zod";
import { tillErrorFromZod } from "../../core/errors/from-zod";
import { TillError, type TillErrorPath } from "../../core/errors/till-error";

/**
 * Validates rule data with its schema and reports any problem as a TillError INVALID_RULE carrying the
 * offending field's path, so a back office can point at the field.
 *
 * @param schema - the rule's exported zod schema
 * @param input - untrusted rule data (JSON)
 * @param basePath - where the rule sits in the caller's input
 * @returns the parsed rule
 * @throws TillError INVALID_RULE with the field path
 * @internal
 */
export function parseRule<S extends z.ZodType>(
  schema: S,
  input: unknown,
  basePath: TillErrorPath = [],
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const error = tillErrorFromZod(result.error, basePath, "INVALID_RULE");
  if (error.code === "INVALID_RULE") throw error;
  throw new TillError("INVALID_RULE", {
    message: error.message,
    path: error.path,
    details: error.details ?? {},
  });
}

/**
 * Runs a conversion that may throw a kernel TillError (MONEY_PRECISION, UNKNOWN_CURRENCY, ...) and
 * re-raises it as INVALID_RULE at the given path.
 *
 * @param path - the rule field being converted
 * @param convert - the conversion
 * @returns the converted value
 * @throws TillError INVALID_RULE
 * @internal
 */
export function convertRuleField<T>(path: TillErrorPath, convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    const message = error instanceof Error ? error.message : "Invalid rule field";
    throw new TillError("INVALID_RULE", { message, path, cause: error });
  }
}
