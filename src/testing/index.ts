export { type BasketConstraints, basketArbitrary } from "./basket-arbitrary";
export { type CatalogConstraints, catalogArbitrary } from "./catalog-arbitrary";
export { assertBalancedAccounting, checkBalancedAccounting } from "./check-balanced-accounting";
export { assertJournalValid, checkJournal } from "./check-journal";
export { assertSaleInvariants, checkSaleInvariants } from "./check-sale-invariants";
export {
  assertTenderInvariants,
  checkTenderInvariants,
  type TenderCheckInput,
} from "./check-tender-invariants";
export { type CurrencyConstraints, currencyArbitrary } from "./currency-arbitrary";
export { type CustomerConstraints, customerArbitrary } from "./customer-arbitrary";
export { assertNoViolations, type InvariantViolation } from "./invariant-violation";
export { type MoneyConstraints, moneyArbitrary } from "./money-arbitrary";
export { type PromotionRulesConstraints, promotionRulesArbitrary } from "./promotion-rules-arbitrary";
export { type QuantityConstraints, quantityArbitrary } from "./quantity-arbitrary";
export { type RateConstraints, rateArbitrary } from "./rate-arbitrary";
export { GENERATED_AT, type GeneratedSale, type SaleConstraints, saleArbitrary } from "./sale-arbitrary";
export {
  type SaleScenario,
  type SaleScenarioConstraints,
  SCENARIO_STAGES,
  saleScenarioArbitrary,
} from "./sale-scenario-arbitrary";
export {
  type GeneratedTaxConfiguration,
  READY_TAX_CONFIGURATIONS,
  type TaxConfigurationConstraints,
  taxConfigurationArbitrary,
} from "./tax-configuration-arbitrary";
export { type TaxInputConstraints, taxInputArbitrary } from "./tax-input-arbitrary";
export {
  type TenderSequenceConstraints,
  type TenderSequenceMethod,
  tenderSequenceArbitrary,
} from "./tender-sequence-arbitrary";
