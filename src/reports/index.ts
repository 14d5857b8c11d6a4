export * from "./accounting";
export * from "./analytics";
export * from "./backoffice";
export * from "./charts";
export * from "./csv";
export * from "./exports";
export * from "./projections";
