export * from "./catalog-item";
export * from "./catalog-snapshot";
