import {
  createMemoryApprovals,
  createMemoryCatalog,
  createPaymentTerminalSimulator,
  createTill,
  getCashRoundingPreset,
  type JournalEntry,
  type SaleStorePort,
  type Till,
} from "tillkit";
import { CATALOG, CURRENCY, RULES } from "./catalog";
import type { WebTillStore } from "./store";

/** The register this browser is. */
export const REGISTER_ID = "web-1";

/** The till and the simulated card terminal it pays through. */
export interface WebTill {
  readonly till: Till;
  readonly catalog: ReturnType<typeof createMemoryCatalog>;
  /** Completed and suspended sales, for reprints. */
  readonly saleStore: SaleStorePort;
}

/**
 * Creates the till over the store: Dutch VAT, NL cash rounding (to 0.05), the card terminal simulator
 * (it approves every payment), and a manager who approves what a cashier may not do alone.
 *
 * @param store - the storage ports
 * @returns the till, signed in, with its register session open
 */
export async function openWebTill(store: WebTillStore): Promise<WebTill> {
  const catalog = createMemoryCatalog(CATALOG);
  const till = createTill({
    storeId: "corner-shop",
    registerId: REGISTER_ID,
    currency: CURRENCY,
    rules: RULES,
    tenderPolicy: { cashRounding: getCashRoundingPreset("NL") },
    ports: {
      catalog,
      saleStore: store.saleStore,
      journal: store.journal,
      commit: store.commit,
      approvals: createMemoryApprovals(() => ({ isGranted: true, approvedBy: "manager-1" })),
      paymentTerminal: createPaymentTerminalSimulator("T1"),
    },
  });
  till.signIn({ employeeId: "emp-1", role: "cashier" });
  if (!isSessionOpen(await till.journal())) {
    await till.openSession({ currency: CURRENCY, counts: [{ denomination: "10.00", count: 10 }] });
  }
  return { till, catalog, saleStore: store.saleStore };
}

/** The register session is open when the last session entry in the journal opened one. */
function isSessionOpen(entries: readonly JournalEntry[]): boolean {
  const last = [...entries].reverse().find((entry) => entry.type.startsWith("session."));
  return last?.type === "session.opened";
}
