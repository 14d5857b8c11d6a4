import { isTillError, type TillError } from "../../src/core";

/**
 * Runs `run` and returns the TillError it throws, so a test can assert its code, path and details.
 * Any other exception is rethrown; no exception at all fails the test.
 *
 * @param run - the call expected to fail
 * @returns the TillError
 */
export function tillErrorOf(run: () => unknown): TillError {
  try {
    run();
  } catch (error) {
    if (isTillError(error)) return error;
    throw error;
  }
  throw new Error("expected a TillError");
}
