export type {
  CommitPort,
  CommitRecord,
  CouponRedemptionRecord,
  LoyaltyLedgerDelta,
  OutboxRecord,
  StockDelta,
  StoredValueDelta,
} from "./commit-port";
export { createMemoryCommitStore, type MemoryCommitStore } from "./memory-commit-store";
export { isSameCommitRecord } from "./same-commit-record";
