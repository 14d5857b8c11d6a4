import type { LoyaltyProgram } from "../../../pricing/loyalty/loyalty-program";
import type { StoragePorts } from "../../storage-ports";
import type { SqlClient } from "../sql-client";
import { createSqlCatalog, type SqlCatalog } from "./sql-catalog";
import { createSqlCommitStore } from "./sql-commit-store";
import {
  createSqlCouponRegistry,
  type SqlCouponOptions,
  type SqlCouponRegistry,
} from "./sql-coupon-registry";
import { createSqlCustomerDirectory } from "./sql-customer-directory";
import { createSqlJournalStore } from "./sql-journal-store";
import { createSqlLoyaltyLedger } from "./sql-loyalty-ledger";
import { createSqlOutbox } from "./sql-outbox";
import { createSqlQueries, type SqlQueries } from "./sql-queries";
import { createSqlSaleStore } from "./sql-sale-store";
import { createSqlSessionStore } from "./sql-session-store";
import { createSqlSnapshotStore } from "./sql-snapshot-store";
import { createSqlStock } from "./sql-stock";
import { createSqlStoredValue, type SqlStoredValue } from "./sql-stored-value";

/**
 * Options of {@link createSqlStore}.
 *
 * @public
 */
export interface SqlStoreOptions {
  /** Store id for stock movements of commit records without a sale (default "default"). */
  readonly storeId?: string;
  /** The loyalty program's negative-balance policy (default "forbid"). */
  readonly loyalty?: Pick<LoyaltyProgram, "negativeBalance">;
  /** Clock and time zone of coupon schedules. */
  readonly coupons?: SqlCouponOptions;
}

/**
 * Every storage port over one SQL database. `commit`, `saleStore` and `journal` plug into
 * `createTill({ ports })`; the rest serve the host and the sync.
 *
 * @public
 */
export interface SqlStore extends StoragePorts {
  readonly client: SqlClient;
  readonly catalog: SqlCatalog;
  readonly storedValue: SqlStoredValue;
  readonly coupons: SqlCouponRegistry;
  readonly queries: SqlQueries;
}

/**
 * Builds the storage ports over a client whose schema is current (run {@link runMigrations} first, or
 * use {@link openPgliteStore}).
 *
 * @param client - the SQL client
 * @param options - store id, loyalty policy, coupon clock
 * @returns the store
 * @example
 * ```ts
 * const client = await createPgliteClient();
 * await runMigrations(client);
 * const store = createSqlStore(client);
 * ```
 * @public
 */
export function createSqlStore(client: SqlClient, options: SqlStoreOptions = {}): SqlStore {
  return {
    client,
    commit: createSqlCommitStore(client, {
      ...(options.storeId === undefined ? {} : { storeId: options.storeId }),
      ...(options.loyalty === undefined ? {} : { loyalty: options.loyalty }),
    }),
    saleStore: createSqlSaleStore(client),
    journal: createSqlJournalStore(client),
    catalog: createSqlCatalog(client),
    snapshots: createSqlSnapshotStore(client),
    outbox: createSqlOutbox(client),
    stock: createSqlStock(client),
    customers: createSqlCustomerDirectory(client),
    sessions: createSqlSessionStore(client),
    loyalty: createSqlLoyaltyLedger(client, options.loyalty),
    storedValue: createSqlStoredValue(client),
    coupons: createSqlCouponRegistry(client, options.coupons),
    queries: createSqlQueries(client),
  };
}
