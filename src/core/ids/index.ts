export * from "./id-port";
