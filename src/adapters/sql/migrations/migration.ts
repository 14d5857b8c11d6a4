/**
 * One forward migration: applied once, in version order, inside a transaction.
 *
 * @public
 */
export interface Migration {
  /** Consecutive from 1. */
  readonly version: number;
  /** What it changes, recorded in the version table. */
  readonly name: string;
  /** PostgreSQL statements (also valid on PGlite). */
  readonly sql: string;
}
