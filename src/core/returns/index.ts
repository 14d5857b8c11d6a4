export * from "./build-return-lines";
export * from "./compute-clawback";
export * from "./plan-return";
export * from "./redeemed-points";
export * from "./return-points";
export * from "./return-request";
export * from "./returned-quantities";
