/**
 * Every stable error code tillkit can raise. The code is the contract: hosts switch on it, tests assert it,
 * and the wording in {@link TILL_ERROR_MESSAGES} may change without breaking anyone.
 *
 * @public
 */
export const TILL_ERROR_CODES = [
  // Input and numbers
  "INVALID_INPUT",
  "INVALID_DECIMAL",
  "MONEY_PRECISION",
  "QUANTITY_PRECISION",
  "CURRENCY_MISMATCH",
  "UNKNOWN_CURRENCY",
  "INVALID_WEIGHTS",
  "INVALID_ROUNDING",
  "UNKNOWN_CASH_ROUNDING",
  "INVALID_RATE",
  "UNIT_MISMATCH",
  // Tax
  "UNKNOWN_TAX",
  "UNKNOWN_TAX_CATEGORY",
  "TAX_GROUP_CYCLE",
  "NEGATIVE_TAX_RATE",
  "INVALID_TAX_CONFIGURATION",
  // Catalog, sale and pricing
  "UNKNOWN_SKU",
  "UNKNOWN_BARCODE",
  "UNKNOWN_LINE",
  "INVALID_QUANTITY",
  "INVALID_DISCOUNT",
  "INVALID_RULE",
  "INVALID_STAGE",
  "SALE_NOT_OPEN",
  "SALE_NOT_FOUND",
  "SALE_IN_PROGRESS",
  "SALE_ALREADY_COMPLETED",
  "SALE_VOIDED",
  "EMPTY_SALE",
  "RETURN_EXCEEDS_SOLD",
  "RETURN_NOT_ALLOWED",
  "SPLIT_INVALID",
  "PERMISSION_DENIED",
  "APPROVAL_REFUSED",
  "COUPON_REJECTED",
  "COUPON_ALREADY_REDEEMED",
  "LOYALTY_REJECTED",
  "STORED_VALUE_REJECTED",
  "INSUFFICIENT_BALANCE",
  // Tenders and sessions
  "TENDER_NOT_ALLOWED",
  "TENDER_NOT_FOUND",
  "NOT_FULLY_PAID",
  "OVERPAYMENT_NOT_ALLOWED",
  "TERMINAL_BUSY",
  "PAYMENT_FAILED",
  "PAYMENT_UNKNOWN",
  "PAYMENT_INVALID_STATE",
  "CLOCK_STATE_INVALID",
  "CARD_DATA_REJECTED",
  "REFUND_EXCEEDS_PAID",
  "SESSION_NOT_OPEN",
  "SESSION_ALREADY_OPEN",
  "SESSION_CLOSED",
  // Journal and storage
  "JOURNAL_BROKEN",
  "JOURNAL_CONFLICT",
  "IDEMPOTENCY_CONFLICT",
  "STORAGE_FAILURE",
  "SCHEMA_TOO_NEW",
  "NOT_FOUND",
  "SYNC_REJECTED",
  "JOURNAL_GAP",
  "SYNC_UNAVAILABLE",
  // Devices
  "INVALID_BARCODE",
  "UNKNOWN_AI",
  "SCALE_NOT_STABLE",
  "SCALE_OUT_OF_RANGE",
  "DEVICE_NOT_CONNECTED",
  "DEVICE_FAILURE",
  "DEVICE_UNSUPPORTED",
  "ENCODING_UNSUPPORTED",
  // Reports and accounting
  "UNMAPPED_ACCOUNT",
  "UNBALANCED_JOURNAL",
  "INSUFFICIENT_HISTORY",
  // Anything a port implementation raises that has no better code
  "INTERNAL",
] as const;

/**
 * A stable error code: a closed union, so a `switch` over it is checked for exhaustiveness.
 *
 * @public
 */
export type TillErrorCode = (typeof TILL_ERROR_CODES)[number];
