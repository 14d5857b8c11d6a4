import { isTillError, type TillError } from "../../../src/core";

/**
 * Runs a function that must throw a TillError and returns it, so tests can assert code, path and details.
 */
export function tillErrorOf(run: () => unknown): TillError {
  try {
    run();
  } catch (error) {
    if (isTillError(error)) return error;
    throw error;
  }
  throw new Error("expected a TillError, nothing was thrown");
}

/** True when running the function either returns or throws a TillError (never anything else). */
export function throwsOnlyTillErrors(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    return isTillError(error);
  }
}
