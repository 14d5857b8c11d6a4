// The policy lives in core next to the loyalty-ledger port; this path stays for existing imports.
export { applyNegativeBalancePolicy } from "../../core/ports/negative-balance-policy";
