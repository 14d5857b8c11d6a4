export * from "./accounting";
export * from "./charts";
export * from "./csv";
export * from "./exports";
