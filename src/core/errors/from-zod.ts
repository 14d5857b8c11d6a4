import type { z } from "zod";
import type { TillErrorCode } from "./error-codes";
import { TillError, type TillErrorPath } from "./till-error";

/** Issues raised by our own refinements carry the TillError code they stand for in `params.tillCode`. */
function codeOfIssue(issue: z.core.$ZodIssue, fallback: TillErrorCode): TillErrorCode {
  if (issue.code === "custom") {
    const params = (issue as { params?: { tillCode?: TillErrorCode } }).params;
    if (params?.tillCode !== undefined) return params.tillCode;
  }
  return fallback;
}

/**
 * Turns a zod failure into a {@link TillError}, keeping the first issue's path (prefixed by `basePath`)
 * and listing every issue in `details.issues`.
 *
 * @param error - the zod error
 * @param basePath - where the validated value sits inside the caller's input
 * @param fallback - code for issues that do not name one (default INVALID_INPUT)
 * @returns the TillError to throw
 * @public
 */
export function tillErrorFromZod(
  error: z.core.$ZodError,
  basePath: TillErrorPath = [],
  fallback: TillErrorCode = "INVALID_INPUT",
): TillError {
  const [first] = error.issues;
  const path = [...basePath, ...((first?.path ?? []) as (string | number)[])];
  const code = first === undefined ? fallback : codeOfIssue(first, fallback);
  const issues = error.issues.map((issue) => ({
    code: issue.code,
    path: [...basePath, ...(issue.path as (string | number)[])],
    message: issue.message,
  }));
  const where = path.length === 0 ? "" : ` at ${path.join(".")}`;
  return new TillError(code, {
    message: `${first?.message ?? "Invalid input"}${where}`,
    path,
    details: { issues },
  });
}

/**
 * Validates input with a schema: the safe shell of every public entry point.
 *
 * @param schema - the exported zod schema of the entry point
 * @param input - untrusted input
 * @param basePath - path prefix for errors
 * @returns the parsed (output-typed) value
 * @throws TillError INVALID_INPUT (or the code a refinement names) with the offending field's path
 * @public
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  basePath: TillErrorPath = [],
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw tillErrorFromZod(result.error, basePath);
}
