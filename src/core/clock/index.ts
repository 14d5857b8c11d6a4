export * from "./clock-port";
