export * from "./create-pipeline";
export * from "./json-of";
export * from "./price-basket";
export * from "./price-sale";
export * from "./priced-line-helpers";
export * from "./priced-sale";
export * from "./pricing-context";
export * from "./pricing-stage";
