export {
  attachKeyboardWedge,
  type KeyboardEventLike,
  type KeyboardWedgeOptions,
  type KeydownTarget,
  keyboardWedgeOptionsSchema,
} from "./attach-keyboard-wedge";
export { createHidScanner, type HidScannerOptions, hidScannerOptionsSchema } from "./create-hid-scanner";
export {
  createScannerEmulator,
  type ScannerEmulator,
  type ScannerEmulatorOptions,
  scannerEmulatorOptionsSchema,
} from "./create-scanner-emulator";
export {
  createSerialScanner,
  type SerialScannerOptions,
  serialScannerOptionsSchema,
} from "./create-serial-scanner";
export { decodeHidPosReport, type HidPosReport } from "./decode-hid-pos-report";
export {
  encodeScanAsHidReports,
  encodeScanAsKeys,
  encodeScanAsSerial,
  keyScanEncodingSchema,
} from "./encode-scan";
export {
  type HidPosReportLayout,
  type HidPosReportLayoutInput,
  hidPosReportLayoutSchema,
} from "./hid-pos-report-layout";
export {
  type KeyboardWedgeDetector,
  type KeyboardWedgePolicy,
  keyboardWedgePolicySchema,
  makeKeyboardWedgeDetector,
  type WedgeKeyEvent,
  type WedgeState,
  type WedgeStep,
  wedgeKeyEventSchema,
} from "./keyboard-wedge-detector";
export type { ScanSource } from "./scan-dispatcher";
