import {
  createFixedClock,
  createManualTimer,
  createMemoryApprovals,
  createMemoryCatalog,
  createMemoryCommitStore,
  createMemoryJournalStore,
  createMemorySaleStore,
  createPaymentTerminalSimulator,
  createSequentialIds,
  createTill,
  type MemoryCommitStore,
  makeTenderPolicy,
  type PaymentTerminalSimulator,
  type Till,
} from "../../../src/index";
import { TAX_PERCENT } from "./model-arithmetic";

export const REGISTER_ID = "reg-1";

/** The catalog: one tax category, prices in EUR minor units. */
export const CATALOG = [
  { sku: "COFFEE", unitMinor: 1299n },
  { sku: "MILK", unitMinor: 749n },
  { sku: "BREAD", unitMinor: 350n },
  { sku: "GUM", unitMinor: 35n },
] as const;

const TAX_RULES = {
  currency: "EUR",
  categories: [{ id: "standard" }],
  taxes: [
    {
      id: "vat",
      name: `VAT ${TAX_PERCENT}%`,
      kind: "percent",
      rate: String(TAX_PERCENT),
      priceIncluded: false,
      categories: ["standard"],
      jurisdiction: { id: "XX", level: "country", name: "Model land", code: "XX" },
    },
  ],
  exemptionRules: [],
  rounding: { id: "model-line", version: 1, scope: "line", mode: "half-up" },
};

/** The tender policy the till uses by default, for the tender checker. */
export const TENDER_POLICY = makeTenderPolicy({ currency: "EUR" });

/**
 * What outlives a till object: the stores (journal, sale store, commit store), the payment terminal, the
 * clock and the manager's answer. `till` is replaced on every restart.
 */
export interface TillWorld {
  readonly journal: ReturnType<typeof createMemoryJournalStore>;
  readonly saleStore: ReturnType<typeof createMemorySaleStore>;
  readonly commits: MemoryCommitStore;
  readonly terminal: PaymentTerminalSimulator;
  readonly manager: { isGranting: boolean };
  readonly clock: ReturnType<typeof createFixedClock>;
  till: Till;
}

/** A till over the world's stores; each boot has its own id prefix, as a host's random ids would. */
export function openTill(world: Omit<TillWorld, "till">, boot: number): Till {
  const till = createTill({
    storeId: "store-1",
    registerId: REGISTER_ID,
    currency: "EUR",
    rules: { tax: TAX_RULES },
    ports: {
      catalog: createMemoryCatalog(
        CATALOG.map(({ sku, unitMinor }) => ({
          sku,
          description: sku,
          unitPrice: {
            amount: `${unitMinor / 100n}.${String(unitMinor % 100n).padStart(2, "0")}`,
            currency: "EUR",
          },
        })),
      ),
      saleStore: world.saleStore,
      approvals: createMemoryApprovals(() =>
        world.manager.isGranting ? { isGranted: true, approvedBy: "mgr-1" } : { isGranted: false },
      ),
      clock: world.clock,
      ids: createSequentialIds(`b${boot}-`),
      journal: world.journal,
      commit: world.commits,
      paymentTerminal: world.terminal,
      timer: createManualTimer(),
    },
  });
  till.signIn({ employeeId: "emp-1", role: "cashier" });
  return till;
}

/** A fresh register: empty stores and a first till. */
export function createWorld(): TillWorld {
  const journal = createMemoryJournalStore();
  const saleStore = createMemorySaleStore();
  const parts = {
    journal,
    saleStore,
    commits: createMemoryCommitStore({ journal, saleStore }),
    terminal: createPaymentTerminalSimulator("T1"),
    manager: { isGranting: true },
    clock: createFixedClock("2026-11-23T08:00:00.000Z"),
  };
  return { ...parts, till: openTill(parts, 0) };
}
