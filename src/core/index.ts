export * from "./allocation";
export * from "./currency";
export * from "./errors";
export * from "./money";
export * from "./numbers";
export * from "./quantity";
export * from "./rate";
export * from "./rounding";
