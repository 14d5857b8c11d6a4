import {
  type ApprovalDecision,
  type CouponRegistryPort,
  createFixedClock,
  createMemoryApprovals,
  createMemoryCatalog,
  createMemoryJournalStore,
  createMemorySaleStore,
  createPaymentTerminalSimulator,
  createSequentialIds,
  createTill,
  parseMoney,
  type TillConfig,
} from "../../../src/core";
import { createMemoryCommitStore } from "../../../src/core/commit";
import type { LoyaltyAccrual } from "../../../src/core/till/till-loyalty";
import { stages } from "../pipeline/test-stages";
import { catalogItems, rules } from "../sale/sale-fixtures";
import { storedValueWith } from "../tenders/tender-fixtures";

export const NOW = "2026-11-23T12:00:00.000Z";

export interface Options {
  readonly role?: string;
  readonly decide?: () => ApprovalDecision;
  readonly tenderPolicy?: TillConfig["tenderPolicy"];
  readonly loyalty?: LoyaltyAccrual;
  readonly coupons?: CouponRegistryPort;
  readonly snapshotVersions?: () => Readonly<Record<string, number>>;
}

/** A till over memory ports, the 10% / 5% test tax, a terminal and 5.00 on every gift card. */
export function setup(options: Options = {}) {
  const journal = createMemoryJournalStore();
  const saleStore = createMemorySaleStore();
  const storedValue = storedValueWith(() => parseMoney("5.00", "EUR"));
  const commits = createMemoryCommitStore({ journal, saleStore });
  const terminal = createPaymentTerminalSimulator("T1");
  const approvals = createMemoryApprovals(
    options.decide ?? (() => ({ isGranted: true, approvedBy: "mgr-1" })),
  );
  const config: TillConfig = {
    storeId: "store-1",
    registerId: "reg-1",
    currency: "EUR",
    stages: [...stages],
    rules,
    tenderPolicy: { acceptedKinds: ["cash", "card", "gift-card", "voucher"], ...options.tenderPolicy },
    ...(options.loyalty === undefined ? {} : { loyalty: options.loyalty }),
    ...(options.snapshotVersions === undefined ? {} : { snapshotVersions: options.snapshotVersions }),
    ports: {
      catalog: createMemoryCatalog(catalogItems),
      saleStore,
      approvals,
      clock: createFixedClock(NOW),
      ids: createSequentialIds(),
      journal,
      commit: commits,
      paymentTerminal: terminal,
      storedValue,
      ...(options.coupons === undefined ? {} : { coupons: options.coupons }),
    },
  };
  const till = createTill(config);
  till.signIn({ employeeId: "emp-1", role: options.role ?? "cashier" });
  return { till, journal, saleStore, commits, terminal, approvals, config };
}

/** A till built by {@link setup}, with its stores, terminal and configuration. */
export type World = ReturnType<typeof setup>;
