import type { SqlTransaction } from "../sql-client";

/**
 * Reads an integer column: node-postgres gives bigint as text, PGlite as bigint or number.
 *
 * @internal
 */
export function toBigint(value: unknown): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" || typeof value === "string") return BigInt(value);
  return 0n;
}

/**
 * Reads an integer column that fits a safe integer (sequence numbers, counts, versions).
 *
 * @internal
 */
export function toSafeNumber(value: unknown): number {
  return Number(toBigint(value));
}

/**
 * Reads a timestamptz column as ISO 8601 UTC text.
 *
 * @internal
 */
export function toIsoText(value: unknown): string {
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}

/**
 * Inserts rows with one multi-row statement, so a commit costs one round trip per table, not per row.
 *
 * @param transaction - where to write
 * @param table - table name (a constant of this adapter, never input)
 * @param columns - column names
 * @param rows - one array of values per row, in column order
 * @param suffix - SQL appended to the statement (e.g. "on conflict do nothing")
 * @internal
 */
export async function insertRows(
  transaction: SqlTransaction,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  suffix = "",
): Promise<void> {
  // PostgreSQL takes at most 65,535 parameters a statement; 500 rows of up to 12 columns stay far below.
  for (let start = 0; start < rows.length; start += 500)
    await insertChunk(transaction, table, columns, rows.slice(start, start + 500), suffix);
}

async function insertChunk(
  transaction: SqlTransaction,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  suffix: string,
): Promise<void> {
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const holders = row.map((value) => {
      params.push(value);
      return `$${params.length}`;
    });
    return `(${holders.join(", ")})`;
  });
  await transaction.query(
    `insert into ${table} (${columns.join(", ")}) values ${tuples.join(", ")} ${suffix}`,
    params,
  );
}

/**
 * True when a driver error is a unique-constraint violation (SQLSTATE 23505).
 *
 * @internal
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";
}
