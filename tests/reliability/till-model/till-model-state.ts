/** A sale line as the model sees it: the catalog price and the quantity, nothing derived. */
export interface ModelLine {
  readonly lineId: string;
  readonly sku: string;
  readonly unitMinor: bigint;
  quantity: bigint;
}

/** A returned line: the figures its original sale line had (positive), refunded with the sign flipped. */
export interface ModelReturnLine {
  readonly key: string;
  readonly quantity: bigint;
  readonly gross: bigint;
  readonly net: bigint;
  readonly tax: bigint;
}

export interface ModelTender {
  readonly kind: "cash" | "card";
  readonly amountMinor: bigint;
  /** Approved (cash, an approved card) rather than declined. */
  readonly isCounted: boolean;
}

/** A sale in progress or parked. */
export interface ModelSale {
  readonly saleId: string;
  lines: ModelLine[];
  lineDiscounts: { readonly lineId: string; readonly percent: bigint }[];
  basketDiscounts: bigint[];
  returnLines: ModelReturnLine[];
  tenders: ModelTender[];
}

/** A completed sale or return: what must survive any crash. */
export interface ModelCompletedSale {
  readonly saleId: string;
  readonly receiptNumber: string;
  readonly total: bigint;
  /** The returnable lines of a sale (none for a return), keyed `saleId/lineId`. */
  readonly lines: readonly ModelReturnLine[];
}

/** The reference model of one register over its whole life, across till restarts. */
export interface TillModel {
  current: ModelSale | undefined;
  suspended: ModelSale[];
  completed: ModelCompletedSale[];
  /** Keys (`saleId/lineId`) of lines already returned by a completed return. */
  returned: Set<string>;
  isManagerGranting: boolean;
  approvalsGranted: number;
  boots: number;
}

export function initialModel(): TillModel {
  return {
    current: undefined,
    suspended: [],
    completed: [],
    returned: new Set(),
    isManagerGranting: true,
    approvalsGranted: 0,
    boots: 0,
  };
}

/** A sale without lines, returns, discounts or tenders. */
export function emptySale(saleId: string): ModelSale {
  return { saleId, lines: [], lineDiscounts: [], basketDiscounts: [], returnLines: [], tenders: [] };
}

export function isReturnSale(sale: ModelSale): boolean {
  return sale.returnLines.length > 0;
}

/** Line edits and discounts need an open sale: no tender entered yet, and no return lines. */
export function isEditable(sale: ModelSale | undefined): sale is ModelSale {
  return sale !== undefined && sale.tenders.length === 0 && !isReturnSale(sale);
}
