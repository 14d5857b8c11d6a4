export * from "./split-plan";
export * from "./split-sale";
