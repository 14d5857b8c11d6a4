// The ledger entry is part of the core loyalty-ledger port; pricing keeps this path for its own modules.
export {
  balanceOf,
  LOYALTY_ENTRY_KINDS,
  type LoyaltyLedgerEntry,
  loyaltyLedgerEntrySchema,
} from "../../core/ports/loyalty-ledger-port";
