/**
 * Predefined basic codes of the Norwegian SAF-T Cash Register format (Skatteetaten's code lists, basic
 * types 11, 12 and 13, and the article-group list 04) that tillkit uses or lets a mapping choose from.
 * Every own code in the file (`basicID`) points at one of these through `predefinedBasicID`.
 *
 * @public
 */
export const SAFT_PREDEFINED_CODES = {
  transaction: {
    cashSale: "11001",
    creditSale: "11002",
    returnPayment: "11006",
    cashDifference: "11008",
    outPayment: "11010",
    inPayment: "11011",
    other: "11999",
  },
  payment: {
    cash: "12001",
    debitCard: "12002",
    creditCard: "12003",
    bankAccount: "12004",
    giftToken: "12005",
    customerCard: "12006",
    loyalty: "12007",
    bottleDeposit: "12008",
    check: "12009",
    creditNote: "12010",
    mobileApp: "12011",
    other: "12999",
  },
  event: {
    posStart: "13001",
    posShutDown: "13002",
    openCashDrawer: "13005",
    xReport: "13008",
    zReport: "13009",
    salesReceipt: "13012",
    returnReceipt: "13013",
    copyReceipt: "13014",
    cashWithdrawal: "13019",
    other: "13999",
  },
  raise: { tip: "10001", other: "10999" },
  articleGroup: { food: "04006", otherGoods: "04014", other: "04999" },
} as const;

/**
 * SAF-T basic types (the first two digits of a predefined code).
 *
 * @public
 */
export const SAFT_BASIC_TYPES = {
  articleGroup: "04",
  lineType: "05",
  discount: "08",
  raise: "10",
  transaction: "11",
  payment: "12",
  event: "13",
} as const;

/**
 * Default payment code for common tillkit tender types; anything else is "other" (12999) unless mapped.
 *
 * @public
 */
export const DEFAULT_SAFT_TENDER_CODES: Readonly<Record<string, string>> = {
  cash: "12001",
  "debit-card": "12002",
  card: "12003",
  "credit-card": "12003",
  bank: "12004",
  mobile: "12011",
  check: "12009",
};
