export { casProtocol, parseCasLine } from "./cas-protocol";
export { casResponder } from "./cas-responder";
export { createScale, type Scale, type ScaleOptions, scaleOptionsSchema } from "./create-scale";
export {
  createScaleEmulator,
  type ScaleEmulator,
  type ScaleEmulatorOptions,
  scaleEmulatorOptionsSchema,
} from "./create-scale-emulator";
export type { EmulatedScale } from "./emulated-scale";
export { type EmulatorLink, emulatorLinkFromTransport } from "./emulator-link";
export {
  decodeHidScaleReport,
  encodeHidScaleCommand,
  HID_SCALE_CONTROL_REPORT_ID,
  HID_SCALE_DATA_REPORT_ID,
  hidScaleProtocol,
} from "./hid-scale-protocol";
export { hidScaleResponder } from "./hid-scale-responder";
export { encodeMtSicsCommand, mtSicsProtocol, parseMtSicsResponse } from "./mt-sics-protocol";
export { mtSicsResponder } from "./mt-sics-responder";
export { encodeNciCommand, type NciStatus, nciProtocol, parseNciResponse } from "./nci-protocol";
export { nciResponder } from "./nci-responder";
export {
  SCALE_COMMANDS,
  SCALE_STATES,
  SCALE_UNITS,
  type ScaleCommand,
  type ScaleMessage,
  type ScaleProtocol,
  type ScaleReading,
  type ScaleState,
  type ScaleUnit,
  scaleReadingSchema,
  scaleStateSchema,
  scaleUnitSchema,
} from "./scale-reading";
export type { ScaleResponder } from "./scale-responder";
export { type LegalForTradeLimits, legalForTradeSchema, weightForPricing } from "./weight-for-pricing";
