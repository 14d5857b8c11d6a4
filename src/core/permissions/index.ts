export * from "./check-permission";
export * from "./permission";
