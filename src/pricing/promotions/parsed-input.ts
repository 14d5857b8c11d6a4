import { isPlainObject } from "../../core/is-plain-object";
import { Money } from "../../core/money/money";
import { Quantity } from "../../core/quantity/quantity";
import { ROUNDING_MODES } from "../../core/rounding/rounding-mode";
import type {
  PromotionContext,
  PromotionContextInput,
  PromotionLine,
  PromotionLineInput,
} from "./promotion-input";

function isOptionalText(value: unknown): boolean {
  return value === undefined || typeof value === "string";
}

function isText(value: unknown): boolean {
  return typeof value === "string" && value.length > 0;
}

function isTextList(value: unknown): boolean {
  return Array.isArray(value) && value.every((entry) => typeof entry === "string");
}

function isCount(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A plain object whose keys are all ordinary strings: the records the parse copies key by key without
 * question (a symbol key fails it, a "__proto__" key is skipped by it, an own "constructor" can make it
 * refuse the object).
 */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  return (
    isPlainObject(value) &&
    Object.getOwnPropertySymbols(value).length === 0 &&
    !Object.hasOwn(value, "__proto__") &&
    !Object.hasOwn(value, "constructor")
  );
}

/**
 * True when a line already has the parsed form (what the promotion stages build from a priced sale): it is
 * then used as it is, since parsing would only copy it. 100 line parses were about 8% of the item stage.
 *
 * @param line - a line as the caller passed it
 * @returns whether parsing would accept it and change nothing the engine reads
 * @internal
 */
export function isParsedLine(line: PromotionLineInput): line is PromotionLine {
  return (
    typeof line === "object" &&
    line !== null &&
    isText(line.lineId) &&
    isText(line.sku) &&
    isOptionalText(line.category) &&
    isOptionalText(line.brand) &&
    isTextList(line.tags) &&
    line.unitPrice instanceof Money &&
    line.quantity instanceof Quantity &&
    line.net instanceof Money &&
    typeof line.isPriceOverridden === "boolean"
  );
}

function isParsedCustomer(customer: unknown): boolean {
  if (!isObject(customer)) return false;
  const { id, groups, tier, isFirstPurchase } = customer;
  return isText(id) && isTextList(groups) && isOptionalText(tier) && typeof isFirstPurchase === "boolean";
}

function isParsedUsage(usage: unknown): boolean {
  if (!isPlainRecord(usage)) return false;
  return Object.values(usage).every((entry) => {
    if (!isObject(entry)) return false;
    const { uses, customerUses, spentMinor } = entry;
    return isCount(uses) && isCount(customerUses) && typeof spentMinor === "bigint" && spentMinor >= 0n;
  });
}

/**
 * True when a context already has the parsed form, every default filled in (what the promotion stages
 * build from the pricing context and the validated snapshots): it is then used as it is. Parsing it was
 * about 3% of the promotion phase of a 100-line basket, for a copy the engine reads the same way.
 *
 * @param context - a context as the caller passed it
 * @returns whether parsing would accept it and change nothing the engine reads
 * @internal
 */
export function isParsedContext(context: PromotionContextInput): context is PromotionContext {
  return (
    isObject(context) &&
    Number.isSafeInteger(context.atMs) &&
    isText(context.timeZone) &&
    isOptionalText(context.storeId) &&
    isOptionalText(context.channel) &&
    (context.customer === undefined || isParsedCustomer(context.customer)) &&
    isTextList(context.couponCodes) &&
    isParsedUsage(context.usage) &&
    (ROUNDING_MODES as readonly unknown[]).includes(context.roundingMode)
  );
}
