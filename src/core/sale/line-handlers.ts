import type { Draft } from "immer";
import { TillError } from "../errors/till-error";
import type { Sale } from "./sale";
import type { SaleActionOf } from "./sale-action";
import {
  assertLineQuantity,
  assertSaleCurrency,
  assertStatus,
  findLiveLine,
  isReturnLine,
} from "./sale-guards";

const EDITABLE = ["open"] as const;

/**
 * Adds a line; a line id may appear once, voided or not.
 *
 * @internal
 */
export function addLine(draft: Draft<Sale>, action: SaleActionOf<"addLine">): void {
  assertStatus(draft, EDITABLE);
  const { line } = action;
  if (draft.lines.some((existing) => existing.lineId === line.lineId)) {
    throw new TillError("INVALID_INPUT", {
      message: `Line id ${line.lineId} is taken`,
      path: ["line", "lineId"],
    });
  }
  if (line.voided !== undefined) throw new TillError("INVALID_INPUT", { path: ["line", "voided"] });
  assertSaleCurrency(draft, line.unitPrice, ["line", "unitPrice"]);
  line.modifiers.forEach((modifier, index) => {
    assertSaleCurrency(draft, modifier.unitPrice, ["line", "modifiers", index, "unitPrice"]);
  });
  if (line.unitPrice.minor < 0n) throw new TillError("INVALID_INPUT", { path: ["line", "unitPrice"] });
  if (line.priceSource.kind !== "clawback")
    assertLineQuantity(line.quantity, isReturnLine(line), ["line", "quantity"]);
  draft.lines.push(line);
}

/**
 * Changes the quantity of a sold line (same unit, positive, precise enough).
 *
 * @internal
 */
export function changeQuantity(draft: Draft<Sale>, action: SaleActionOf<"changeQuantity">): void {
  assertStatus(draft, EDITABLE);
  const { line, index } = findLiveLine(draft, action.lineId);
  if (isReturnLine(line)) {
    throw new TillError("RETURN_NOT_ALLOWED", {
      message: "Void a return line and return again",
      path: ["lineId"],
    });
  }
  if (action.quantity.unit !== line.quantity.unit) {
    throw new TillError("UNIT_MISMATCH", {
      path: ["quantity", "unit"],
      details: { expected: line.quantity.unit },
    });
  }
  assertLineQuantity(action.quantity, false, ["quantity"]);
  const target = draft.lines[index];
  if (target !== undefined) target.quantity = action.quantity;
}

/**
 * Voids a line: it stays on the sale with who, when, why and who approved.
 *
 * @internal
 */
export function voidLine(draft: Draft<Sale>, action: SaleActionOf<"voidLine">): void {
  assertStatus(draft, EDITABLE);
  const { index } = findLiveLine(draft, action.lineId);
  const target = draft.lines[index];
  if (target === undefined) return;
  target.voided = recordOf(action);
  // Discounts on a voided line have nothing left to apply to.
  draft.manualDiscounts = draft.manualDiscounts.filter(
    (discount) => discount.scope.kind !== "line" || discount.scope.lineId !== action.lineId,
  );
}

/**
 * Overrides a unit price, keeping the previous price, the reason and the approver.
 *
 * @internal
 */
export function overridePrice(draft: Draft<Sale>, action: SaleActionOf<"overridePrice">): void {
  assertStatus(draft, EDITABLE);
  const { line, index } = findLiveLine(draft, action.lineId);
  if (line.locked !== undefined || line.returnOf !== undefined) {
    throw new TillError("RETURN_NOT_ALLOWED", {
      message: "A returned line keeps its sale price",
      path: ["lineId"],
    });
  }
  assertSaleCurrency(draft, action.unitPrice, ["unitPrice"]);
  if (action.unitPrice.minor < 0n)
    throw new TillError("INVALID_INPUT", { message: "Negative price", path: ["unitPrice"] });
  const target = draft.lines[index];
  if (target === undefined) return;
  target.override = { ...recordOf(action), previousPrice: line.override?.previousPrice ?? line.unitPrice };
  target.unitPrice = action.unitPrice;
  target.priceSource = { kind: "override" };
}

/**
 * Who, when, approver and reason of an action, without undefined fields.
 *
 * @internal
 */
export function recordOf(action: {
  by: string;
  at: string;
  approvedBy?: string | undefined;
  reason?: string | undefined;
}) {
  return {
    by: action.by,
    at: action.at,
    ...(action.approvedBy === undefined ? {} : { approvedBy: action.approvedBy }),
    ...(action.reason === undefined ? {} : { reason: action.reason }),
  };
}
