export {
  type CustomerDisplay,
  type CustomerDisplayOptions,
  customerDisplayOptionsSchema,
  type DisplayResult,
  makeCustomerDisplay,
} from "./customer-display";
export {
  DISPLAY_DIALECTS,
  type DisplayDialect,
  displayDialectSchema,
  resolveDisplayDialect,
} from "./display-dialect";
export { displayPair, fitDisplayLine, toDisplayText } from "./display-text";
export { encodeDisplayFrame } from "./encode-display-frame";
export { decodeDisplay, VirtualDisplay } from "./virtual-display";
