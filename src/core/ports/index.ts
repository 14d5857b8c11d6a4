export * from "./approval-port";
export * from "./catalog-port";
export * from "./memory-approvals";
export * from "./memory-catalog";
export * from "./memory-sale-store";
export * from "./sale-store-port";
