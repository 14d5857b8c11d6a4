export { createPgliteClient, type PgliteClientOptions } from "./drivers/pglite-client";
export { createPostgresClient, type PostgresClientOptions } from "./drivers/postgres-client";
export type { Migration } from "./migrations/migration";
export { MIGRATIONS } from "./migrations/migrations";
export { type MigrationResult, runMigrations } from "./migrations/run-migrations";
export type { SqlClient, SqlTransaction } from "./sql-client";
