import { z } from "zod";
import { parseWith } from "../errors/from-zod";
import { TillError } from "../errors/till-error";
import { moneyInputSchema } from "../payments/money-input";
import { idSchema } from "../sale/value-schemas";
import { type Tender, tenderSchema } from "./tender";

/**
 * zod codec for the tender state of one sale: its id, exact total, number of lines, and tenders.
 *
 * @public
 */
export const tenderStateSchema = /* @__PURE__ */ z.object({
  saleId: idSchema,
  due: moneyInputSchema,
  lineCount: z.number().int().min(0),
  tenders: z.array(tenderSchema),
});

/**
 * The tender state of one sale (plain data; every change returns a new state).
 *
 * @public
 */
export type TenderState = z.output<typeof tenderStateSchema>;

/**
 * Starts tendering a sale.
 *
 * @param input - sale id, total and line count (tenders default to none)
 * @returns the state
 * @throws TillError EMPTY_SALE for a sale without lines; INVALID_INPUT, MONEY_PRECISION, UNKNOWN_CURRENCY
 * @public
 */
export function startTendering(
  input: z.input<typeof tenderStateSchema> | Omit<z.input<typeof tenderStateSchema>, "tenders">,
): TenderState {
  const state = parseWith(tenderStateSchema, { tenders: [], ...input });
  if (state.lineCount === 0) throw new TillError("EMPTY_SALE", { path: ["lineCount"] });
  return state;
}

/**
 * The tender with an id.
 *
 * @param state - the tender state
 * @param tenderId - the id
 * @returns the tender and its index
 * @throws TillError TENDER_NOT_FOUND
 * @internal
 */
export function findTender(state: TenderState, tenderId: string): { tender: Tender; index: number } {
  const index = state.tenders.findIndex((tender) => tender.tenderId === tenderId);
  const tender = state.tenders[index];
  if (tender === undefined)
    throw new TillError("TENDER_NOT_FOUND", { path: ["tenderId"], details: { tenderId } });
  return { tender, index };
}
