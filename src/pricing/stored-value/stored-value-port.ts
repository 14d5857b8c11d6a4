import type { StoredValuePort } from "../../core/tenders/stored-value-port";

export type {
  StoredValueKind,
  StoredValueRejectionReason,
  StoredValueResult,
} from "../../core/tenders/stored-value-port";

/**
 * The stored-value ledger (gift cards and store credit): the one core {@link StoredValuePort}, under the
 * name pricing has always exported.
 *
 * @public
 */
export type StoredValue = StoredValuePort;
