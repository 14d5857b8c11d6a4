/** A real till over a store's ports, to produce the commit records a completion writes. */
import type { CommitRecord } from "../../../src/core/commit";
import {
  createFixedClock,
  createMemoryApprovals,
  createMemoryCatalog,
  createSequentialIds,
  createTill,
  type Till,
} from "../../../src/index";
import type { StorePorts } from "./store-backends";

const eur = (amount: string) => ({ amount, currency: "EUR" });

export const CATALOG = [
  { sku: "COFFEE", description: "Coffee", unitPrice: eur("12.99") },
  { sku: "MILK", description: "Milk", unitPrice: eur("7.49") },
  { sku: "TEA", description: "Tea", unitPrice: eur("3.25") },
];

export interface TillOnStore {
  readonly till: Till;
  /** Every record the till handed to the store's commit port, in order. */
  readonly records: CommitRecord[];
}

/** A till for `registerId` in `storeId` whose commit, sale store and journal are the store's. */
export function tillOnStore(
  ports: StorePorts,
  ids: { registerId: string; storeId: string; start?: string; idPrefix?: string },
): TillOnStore {
  const records: CommitRecord[] = [];
  const till = createTill({
    storeId: ids.storeId,
    registerId: ids.registerId,
    currency: "EUR",
    ports: {
      catalog: createMemoryCatalog(CATALOG),
      saleStore: ports.saleStore,
      journal: ports.journal,
      commit: {
        find: (commitId) => ports.commit.find(commitId),
        commit: (record) => {
          records.push(record);
          return ports.commit.commit(record);
        },
      },
      approvals: createMemoryApprovals(() => ({ isGranted: true, approvedBy: "mgr-1" })),
      clock: createFixedClock(ids.start ?? "2026-11-23T12:00:00.000Z"),
      ids: createSequentialIds(ids.idPrefix ?? `${ids.registerId}-`),
    },
  });
  till.signIn({ employeeId: "emp-1", role: "cashier" });
  return { till, records };
}

/** Sells `items` (sku, quantity) for cash, exact, optionally to a customer; returns the snapshot. */
export async function sell(till: Till, items: readonly (readonly [string, string])[], customerId?: string) {
  await till.startSale(customerId === undefined ? undefined : { customerId });
  for (const [sku, quantity] of items) await till.addItem({ sku, quantity });
  const due = till.current()?.priced.total.toJSON().amount ?? "0";
  await till.addTender({ kind: "cash", amount: due });
  return till.complete();
}

/** The record a till on `ports` hands its commit port for one sale, captured before anything is written. */
export async function capturedRecord(
  ports: StorePorts,
  ids: { registerId: string; storeId: string; idPrefix?: string },
  items: readonly (readonly [string, string])[],
): Promise<CommitRecord> {
  const captured: CommitRecord[] = [];
  const commit = {
    find: async () => undefined,
    commit: async (record: CommitRecord): Promise<CommitRecord> => {
      captured.push(record);
      throw new Error("captured");
    },
  };
  const { till } = tillOnStore({ ...ports, commit }, ids);
  await sell(till, items).catch(() => undefined);
  const record = captured[0];
  if (record === undefined) throw new Error("the till wrote no record");
  return record;
}
