import { expect } from "vitest";
import { isTillError, type TillErrorCode, type TillErrorPath } from "../../src/core";

/**
 * Runs `action` and asserts it throws a TillError with `code` (and `path`, when given). Tests assert the
 * code and path, never the wording.
 *
 * @param action - the call expected to fail
 * @param code - the expected stable code
 * @param path - the expected path of the offending field
 */
export function expectTillError(action: () => unknown, code: TillErrorCode, path?: TillErrorPath): void {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(isTillError(caught), `expected a TillError ${code}, got ${String(caught)}`).toBe(true);
  if (!isTillError(caught)) return;
  expect(caught.code).toBe(code);
  if (path !== undefined) expect(caught.path).toEqual(path);
}
