import type { TillErrorCode } from "./error-codes";
import { TILL_ERROR_MESSAGES } from "./error-messages";

/**
 * A path to the offending field: object keys and array indices, as zod reports them.
 *
 * @public
 */
export type TillErrorPath = readonly (string | number)[];

/**
 * Options for {@link TillError}.
 *
 * @public
 */
export interface TillErrorOptions {
  /** Human text; defaults to the code's entry in the message table. */
  readonly message?: string;
  /** Path of the offending field inside the input. */
  readonly path?: TillErrorPath;
  /** Machine-readable facts about the failure (limits, ids, the state seen). */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The underlying error, when one was caught and wrapped. */
  readonly cause?: unknown;
}

/**
 * The one error type tillkit throws. Switch on {@link TillError.code}; the message is for people.
 *
 * @example
 * ```ts
 * try { parseMoney("1.005", "EUR"); } catch (e) { if (isTillError(e)) console.log(e.code); } // MONEY_PRECISION
 * ```
 * @public
 */
export class TillError extends Error {
  /** Stable machine-readable code. */
  readonly code: TillErrorCode;
  /** Path to the offending field (empty when the whole input is at fault). */
  readonly path: TillErrorPath;
  /** Extra facts about the failure. */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: TillErrorCode, options: TillErrorOptions = {}) {
    super(
      options.message ?? TILL_ERROR_MESSAGES[code],
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = "TillError";
    this.code = code;
    this.path = options.path ?? [];
    this.details = options.details;
  }

  /** A plain object for logs and wire formats. */
  toJSON(): { name: string; code: TillErrorCode; message: string; path: TillErrorPath; details?: unknown } {
    return this.details === undefined
      ? { name: this.name, code: this.code, message: this.message, path: this.path }
      : { name: this.name, code: this.code, message: this.message, path: this.path, details: this.details };
  }
}

/**
 * Narrows an unknown caught value to a {@link TillError}.
 *
 * @param value - anything caught
 * @returns true when the value is a TillError
 * @public
 */
export function isTillError(value: unknown): value is TillError {
  return value instanceof TillError;
}

/**
 * Throws a {@link TillError} unless the condition holds. The one assertion helper of the kernel.
 *
 * @param condition - what must be true
 * @param code - the code to throw otherwise
 * @param options - message, path and details
 * @throws TillError with the given code
 * @internal
 */
export function assertTill(
  condition: unknown,
  code: TillErrorCode,
  options?: TillErrorOptions,
): asserts condition {
  if (!condition) throw new TillError(code, options);
}
