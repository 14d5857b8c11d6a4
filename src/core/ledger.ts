export * from "./cash-session";
export * from "./journal";
export * from "./payments";
export * from "./tenders";
