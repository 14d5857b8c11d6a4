export {
  type AimSplit,
  aimForSymbology,
  isGs1Symbology,
  SYMBOLOGIES,
  type Symbology,
  splitAim,
  symbologyOfAim,
} from "./aim-symbology";
export { computeGs1CheckDigit, digitStringSchema, hasValidGs1CheckDigit } from "./check-digit";
export {
  encodeGs1ElementString,
  formatGs1HumanReadable,
  type Gs1ElementInput,
  gs1ElementInputSchema,
} from "./encode-gs1-element-string";
export { findGs1Ai, type Gs1AiMatch, listGs1Ais } from "./find-gs1-ai";
export { GS1_AI_MEANINGS, type Gs1AiDefinition, gs1AiDefinitionSchema } from "./gs1-ai-definition";
export { GS1_AI_TABLE } from "./gs1-ai-table";
export { type Gs1Date, parseGs1Date } from "./gs1-date";
export {
  buildGs1DigitalLink,
  type Gs1DigitalLink,
  gs1DigitalLinkOptionsSchema,
  parseGs1DigitalLink,
} from "./gs1-digital-link";
export { type Gs1Element, type Gs1ParseOptions, type Gs1Value, gs1ParseOptionsSchema } from "./gs1-element";
export { GROUP_SEPARATOR } from "./gs1-syntax";
export {
  GTIN_KINDS,
  type GtinKind,
  gtinKindOf,
  gtinTextSchema,
  normalizeToGtin14,
  validateGtin,
} from "./gtin";
export {
  type InStoreConfigInput,
  type InStoreTemplate,
  inStoreConfigSchema,
  inStoreTemplateSchema,
} from "./in-store-template";
export { type InStoreBarcode, type InStoreDecoder, makeInStoreDecoder } from "./make-in-store-decoder";
export {
  interpretScan,
  makeScanInterpreter,
  type ScanInterpreter,
  type ScanInterpreterOptions,
  scanInterpreterOptionsSchema,
} from "./make-scan-interpreter";
export { gs1ElementStringSchema, parseGs1ElementString } from "./parse-gs1-element-string";
export { computePriceVerifier, priceVerifierInputSchema } from "./price-verifier";
export type { ParsedBarcode, Scan } from "./scan";
export { compressToUpcE, expandUpcE, upcETextSchema } from "./upc-e";
