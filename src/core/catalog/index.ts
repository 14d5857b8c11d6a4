export * from "./catalog-item";
export * from "./catalog-item-of";
export * from "./catalog-snapshot";
