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

/** What a test compares of a TillError: its code, path and details. */
export interface TillErrorFacts {
  readonly code: string;
  readonly path: TillError["path"];
  readonly details: TillError["details"];
}

function factsOf(error: TillError): TillErrorFacts {
  return { code: error.code, path: error.path, details: error.details };
}

/**
 * The code, path and details of the TillError `run` throws (see {@link tillErrorOf}).
 *
 * @param run - the call expected to fail
 * @returns the error's facts
 */
export function failureOf(run: () => unknown): TillErrorFacts {
  return factsOf(tillErrorOf(run));
}

/**
 * The code, path and details of the TillError `run`'s promise rejects with. Another rejection is
 * rethrown; a promise that resolves fails the test.
 *
 * @param run - the call expected to reject
 * @returns the error's facts
 */
export async function rejectionOf(run: () => Promise<unknown>): Promise<TillErrorFacts> {
  try {
    await run();
  } catch (error) {
    if (isTillError(error)) return factsOf(error);
    throw error;
  }
  throw new Error("expected a TillError rejection");
}
