import type { AccountingDocument } from "../../accounting/accounting-document";
import type { PostingRole } from "../../accounting/posting";
import type { SaftBasics } from "./saft-basics";
import type { SaftSettings } from "./saft-options";
import type { SaftSummary } from "./saft-summary";
import { textElement, type XmlElement } from "./xml-element";

/**
 * Finds the ledger account a journal line of this receipt went to.
 *
 * @internal
 */
export type AccountOf = (role: PostingRole, key: string) => string | undefined;

/**
 * What the builders of one SAF-T transaction share while it is written.
 *
 * @internal
 */
export interface SaftTransactionContext {
  readonly document: AccountingDocument;
  readonly accountOf: AccountOf;
  readonly settings: SaftSettings;
  readonly basics: SaftBasics;
  readonly summary: SaftSummary;
  /** Running totals of the lines written, including and excluding tax (signed minor units). */
  readonly totals: { amountIn: bigint; amountEx: bigint };
}

/**
 * An element for an optional value: undefined (skipped on writing) when the value is.
 *
 * @param name - element name
 * @param value - its text, if any
 * @returns the element or undefined
 * @internal
 */
export function optionalElement(name: string, value: string | undefined): XmlElement | undefined {
  return value === undefined ? undefined : textElement(name, value);
}
