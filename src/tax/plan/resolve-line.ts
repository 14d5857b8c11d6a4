import type { TaxRules } from "../rules/tax-rules";
import type { TaxAddress } from "../schema/jurisdiction-schema";
import { checkLinePlan } from "./check-line-plan";
import { resolveLineTaxes } from "./resolve-line-taxes";
import type { LineFacts } from "./skip-reason";
import type { TaxDocument, TaxLine } from "./tax-document";
import type { AppliedRule, PlannedStep, SkippedTax } from "./tax-plan";

function sourcedAddress(
  document: TaxDocument,
  line: TaxLine,
): { address: TaxAddress | undefined; sourcing: AppliedRule["sourcing"] } {
  const context = document.context;
  if (context === undefined) return { address: undefined, sourcing: "unsourced" };
  const sourcing = line.sourcing ?? context.sourcing;
  // Over the counter there is no ship-to: the store's address is the destination too.
  const address = sourcing === "origin" ? context.store : (line.shipTo ?? context.shipTo ?? context.store);
  return address === undefined ? { address: undefined, sourcing: "unsourced" } : { address, sourcing };
}

/**
 * The applicability of one kind of line: its steps, its skipped taxes and what it was resolved for.
 *
 * @internal
 */
export interface Resolution {
  readonly steps: PlannedStep[];
  readonly skipped: SkippedTax[];
  readonly kind: TaxLine["kind"];
  readonly sourcing: AppliedRule["sourcing"];
  /** Whether a price-included fixed tax applies (it needs a non-zero price on every line). */
  readonly hasIncludedFixed: boolean;
  /** The step list's number in the document, in order of first use (see {@link PlannedLine}). */
  readonly stepListIndex: number;
}

/**
 * Lines that share address, category, kind and sourcing resolve alike (date and customer are the
 * document's), unless a unit-price threshold covers their category: those resolve one by one.
 *
 * @internal
 */
export interface ResolutionCache {
  readonly sets: Map<TaxAddress, ReadonlySet<string>>;
  readonly resolutions: Map<TaxAddress | undefined, Map<string, Resolution[]>>;
  /** How many step lists the document has so far. */
  stepListCount: number;
  /** Whether some line has a document charge (the whole document is then computed together). */
  hasDocumentCharges: boolean;
  /** The address looked up last and its resolutions. */
  last?: { readonly address: TaxAddress | undefined; readonly byCategory: Map<string, Resolution[]> };
}

function jurisdictionsOf(
  address: TaxAddress | undefined,
  cache: ResolutionCache,
): ReadonlySet<string> | undefined {
  if (address === undefined) return undefined;
  let set = cache.sets.get(address);
  if (set === undefined) {
    set = new Set(address.jurisdictions);
    cache.sets.set(address, set);
  }
  return set;
}

/**
 * The remembered resolutions at an address. Lines of a document mostly share one address (often none), so
 * the last one is kept at hand: the lookup by address was a twentieth of planning and computing.
 */
function categoriesAt(
  cache: ResolutionCache,
  address: TaxAddress | undefined,
): Map<string, Resolution[]> | undefined {
  if (cache.last !== undefined && cache.last.address === address) return cache.last.byCategory;
  const byCategory = cache.resolutions.get(address);
  if (byCategory !== undefined) cache.last = { address, byCategory };
  return byCategory;
}

function cachedResolution(
  cache: ResolutionCache,
  address: TaxAddress | undefined,
  line: TaxLine,
  sourcing: AppliedRule["sourcing"],
): Resolution | undefined {
  const known = categoriesAt(cache, address)?.get(line.taxCategory);
  if (known === undefined) return undefined;
  for (const resolution of known)
    if (resolution.kind === line.kind && resolution.sourcing === sourcing) return resolution;
  return undefined;
}

function remember(
  cache: ResolutionCache,
  address: TaxAddress | undefined,
  category: string,
  resolution: Resolution,
): void {
  let byCategory = cache.resolutions.get(address);
  if (byCategory === undefined) {
    byCategory = new Map();
    cache.resolutions.set(address, byCategory);
  }
  const known = byCategory.get(category);
  if (known === undefined) byCategory.set(category, [resolution]);
  else known.push(resolution);
}

/**
 * Resolves one line's applicability, reusing the resolution of an earlier line of the same kind.
 *
 * @param rules - the compiled rules
 * @param document - the document
 * @param line - the line
 * @param grossMicros - its amount after store discounts, in millionths (for unit-price thresholds)
 * @param index - its position, for error paths
 * @param cache - the document's resolution cache
 * @returns the resolution
 * @throws TillError INVALID_TAX_CONFIGURATION when its included taxes cannot be extracted
 * @internal
 */
export function resolveLine(
  rules: TaxRules,
  document: TaxDocument,
  line: TaxLine,
  grossMicros: bigint,
  index: number,
  cache: ResolutionCache,
): Resolution {
  const { address, sourcing } = sourcedAddress(document, line);
  // Threshold-sensitive categories are never remembered, so a cache hit needs no threshold check.
  const known = cachedResolution(cache, address, line, sourcing);
  if (known !== undefined) return known;
  const sensitive = rules.thresholdCategories.has(line.taxCategory);
  const facts: LineFacts = {
    date: document.date,
    category: line.taxCategory,
    kind: line.kind,
    jurisdictions: jurisdictionsOf(address, cache),
    exemption: document.customer?.exemption,
    exemptionRules: rules.exemptionRules,
    grossMicros,
    quantityMicros: line.quantity.millionths,
    unitPriceMinor: line.unitPrice.minor,
  };
  const { steps, skipped } = resolveLineTaxes(rules, facts, {
    category: line.taxCategory,
    jurisdictionId: "",
    sourcing,
  });
  checkLinePlan(steps, ["lines", index]);
  const hasIncludedFixed = steps.some(
    (step) => step.calculation.type === "fixed" && step.calculation.pricing === "included",
  );
  if (steps.some((step) => step.calculation.type === "document-charge")) cache.hasDocumentCharges = true;
  const resolution: Resolution = {
    steps,
    skipped,
    kind: line.kind,
    sourcing,
    hasIncludedFixed,
    stepListIndex: cache.stepListCount++,
  };
  if (!sensitive) remember(cache, address, line.taxCategory, resolution);
  return resolution;
}
