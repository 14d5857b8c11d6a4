// The memory ledger lives in core (src/core/ports); this path stays for existing imports.
export { createMemoryLoyaltyLedger } from "../../core/ports/memory-loyalty-ledger";
