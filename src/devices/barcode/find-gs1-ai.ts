import type { Gs1AiDefinition } from "./gs1-ai-definition";
import { GS1_AI_TABLE } from "./gs1-ai-table";

/**
 * An application identifier as it appears in data: the full AI digits, its table row, and for a decimal
 * AI the number of decimals its last digit names.
 *
 * @public
 */
export interface Gs1AiMatch {
  /** The AI as written, e.g. "3103". */
  readonly ai: string;
  /** Its table row. */
  readonly definition: Gs1AiDefinition;
  /** Decimal places for decimal AIs (3 in 3103); absent otherwise. */
  readonly decimals?: number;
}

let index: Map<string, Gs1AiMatch> | undefined;

/** Expands decimal rows (310 → 3100..3105) into exact four-digit AIs once, on first use. */
function aiIndex(): Map<string, Gs1AiMatch> {
  if (index !== undefined) return index;
  const built = new Map<string, Gs1AiMatch>();
  for (const definition of GS1_AI_TABLE) {
    if (definition.maxDecimals === undefined) {
      built.set(definition.ai, { ai: definition.ai, definition });
      continue;
    }
    for (let decimals = 0; decimals <= definition.maxDecimals; decimals += 1) {
      const ai = `${definition.ai}${decimals}`;
      built.set(ai, { ai, definition, decimals });
    }
  }
  index = built;
  return built;
}

/**
 * Finds the application identifier at the start of some data. GS1 AIs are prefix-free, so trying two,
 * three, then four digits finds at most one.
 *
 * @param data - text that starts with an AI
 * @returns the match, or undefined when no known AI starts the text
 * @example
 * ```ts
 * findGs1Ai("3103000350")?.decimals; // 3
 * ```
 * @public
 */
export function findGs1Ai(data: string): Gs1AiMatch | undefined {
  const table = aiIndex();
  for (let length = 2; length <= 4; length += 1) {
    const candidate = data.slice(0, length);
    if (candidate.length < length || !/^\d+$/.test(candidate)) return undefined;
    const match = table.get(candidate);
    if (match !== undefined) return match;
  }
  return undefined;
}

/**
 * Every exact AI tillkit knows, decimal AIs expanded (3100, 3101, ...), for generators and documentation.
 *
 * @returns the AI matches in table order
 * @public
 */
export function listGs1Ais(): readonly Gs1AiMatch[] {
  return [...aiIndex().values()];
}
