// The port lives in core (src/core/ports); this path stays for pricing's modules and existing imports.
export type { LoyaltyLedger, LoyaltyLedgerPort } from "../../core/ports/loyalty-ledger-port";
