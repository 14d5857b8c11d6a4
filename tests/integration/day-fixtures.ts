import {
  type CommitPort,
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
  getCashRoundingPreset,
} from "../../src/index";
import { EU_NETHERLANDS_VAT, taxRulesFromConfiguration } from "../../src/tax";

const eur = (amount: string) => ({ amount, currency: "EUR" });
const LINE_POLICY = { id: "nl-line", version: 1, scope: "line", mode: "half-up" } as const;

/** A till from the package entry point with memory ports, NL VAT, SK cash rounding and the simulator. */
export function setUpDay(options: { failCommits?: "before-write" | "after-write" } = {}) {
  const journal = createMemoryJournalStore();
  const saleStore = createMemorySaleStore();
  const commits = createMemoryCommitStore({ journal, saleStore });
  let failures = options.failCommits === undefined ? 0 : 1;
  const commit: CommitPort = {
    find: (commitId) => commits.find(commitId),
    async commit(record) {
      if (failures > 0 && options.failCommits === "before-write") {
        failures -= 1;
        throw new Error("the disk is full");
      }
      const stored = await commits.commit(record);
      if (failures > 0) {
        failures -= 1;
        throw new Error("the connection dropped after the write");
      }
      return stored;
    },
  };
  const terminal = createPaymentTerminalSimulator("T1");
  const timer = createManualTimer();
  const till = createTill({
    storeId: "store-1",
    registerId: "reg-1",
    currency: "EUR",
    rules: { tax: taxRulesFromConfiguration(EU_NETHERLANDS_VAT, LINE_POLICY) },
    tenderPolicy: { cashRounding: getCashRoundingPreset("SK") },
    ports: {
      catalog: createMemoryCatalog([
        { sku: "COFFEE", description: "Coffee", unitPrice: eur("12.99") },
        { sku: "MILK", description: "Milk", unitPrice: eur("7.49"), taxCategory: "reduced" },
      ]),
      saleStore,
      approvals: createMemoryApprovals(() => ({ isGranted: true, approvedBy: "mgr-1" })),
      clock: createFixedClock("2026-11-23T12:00:00.000Z"),
      ids: createSequentialIds(),
      journal,
      commit,
      paymentTerminal: terminal,
      timer,
    },
  });
  till.signIn({ employeeId: "emp-1", role: "cashier" });
  return { till, journal, saleStore, commits, terminal, timer };
}
