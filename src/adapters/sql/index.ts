export type { StoragePorts } from "../storage-ports";
export * from "../sync";
export { createPgliteClient, type PgliteClientOptions } from "./drivers/pglite-client";
export { createPostgresClient, type PostgresClientOptions } from "./drivers/postgres-client";
export * from "./hub";
export type { Migration } from "./migrations/migration";
export { MIGRATIONS } from "./migrations/migrations";
export { type MigrationResult, runMigrations } from "./migrations/run-migrations";
export type { SqlClient, SqlTransaction } from "./sql-client";
export { createSqlStore, type SqlStore, type SqlStoreOptions } from "./store/create-sql-store";
export { type OpenPgliteStoreOptions, openPgliteStore } from "./store/open-pglite-store";
export { createSqlCatalog, type SqlCatalog } from "./store/sql-catalog";
export { createSqlCommitStore, type SqlCommitOptions } from "./store/sql-commit-store";
export {
  createSqlCouponRegistry,
  type SqlCouponOptions,
  type SqlCouponRegistry,
} from "./store/sql-coupon-registry";
export { createSqlCustomerDirectory } from "./store/sql-customer-directory";
export { createSqlJournalStore } from "./store/sql-journal-store";
export { createSqlLoyaltyLedger } from "./store/sql-loyalty-ledger";
export { createSqlOutbox } from "./store/sql-outbox";
export {
  createSqlQueries,
  type PeriodTotals,
  type PurchaseHistoryLine,
  type SaleListing,
  type SqlQueries,
} from "./store/sql-queries";
export { createSqlSaleStore } from "./store/sql-sale-store";
export { createSqlSessionStore } from "./store/sql-session-store";
export { createSqlSnapshotStore } from "./store/sql-snapshot-store";
export { createSqlStock } from "./store/sql-stock";
export { createSqlStoredValue, type SqlStoredValue } from "./store/sql-stored-value";
