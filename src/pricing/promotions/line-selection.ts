import { type ItemSelector, matchesSelector, type SelectableItem } from "../rules/item-selector";

/**
 * Which of a list of items each selector picks, answered from indexes by SKU, category, brand and tag
 * instead of by matching every item against every selector.
 *
 * @internal
 */
export interface LineSelection {
  /**
   * The positions of the items the selector picks ({@link matchesSelector}), ascending.
   *
   * @param selector - the selector
   * @returns item positions
   */
  readonly select: (selector: ItemSelector | undefined) => number[];
}

type Index = Map<string, number[]>;

function indexBy(
  items: readonly SelectableItem[],
  keysOf: (item: SelectableItem) => readonly string[],
): Index {
  const index: Index = new Map();
  items.forEach((item, position) => {
    for (const key of keysOf(item)) {
      const list = index.get(key);
      if (list === undefined) index.set(key, [position]);
      // An item listing a key twice (a repeated tag) is recorded once.
      else if (list[list.length - 1] !== position) list.push(position);
    }
  });
  return index;
}

/** The selector fields that pick items, each with the item's keys it reads, in the order they are read. */
const CRITERIA = [
  { field: "skus", keysOf: (item: SelectableItem): readonly string[] => [item.sku] },
  {
    field: "categories",
    keysOf: (item: SelectableItem): readonly string[] => (item.category === undefined ? [] : [item.category]),
  },
  {
    field: "brands",
    keysOf: (item: SelectableItem): readonly string[] => (item.brand === undefined ? [] : [item.brand]),
  },
  { field: "tags", keysOf: (item: SelectableItem): readonly string[] => item.tags ?? [] },
] as const;

/**
 * Indexes items for selection. Each index is built the first time a selector reads its field, so a rule
 * set selecting by category alone never indexes SKUs or tags. Matching each of ten promotions' selectors
 * against each line of a 100-line basket was about a tenth of the promotion phase; with the index it is a
 * few lookups per selector.
 *
 * @param items - the items, in the order positions refer to
 * @returns the selection
 * @internal
 */
export function lineSelection(items: readonly SelectableItem[]): LineSelection {
  const indexes: (Index | undefined)[] = CRITERIA.map(() => undefined);
  const all = (): number[] => items.map((_, position) => position);
  const select = (selector: ItemSelector | undefined): number[] => {
    if (selector === undefined) return all();
    const lists: (readonly number[])[] = [];
    let hasCriteria = false;
    CRITERIA.forEach(({ field, keysOf }, criterion) => {
      const keys = selector[field];
      if (keys === undefined) return;
      hasCriteria = true;
      let index = indexes[criterion];
      if (index === undefined) {
        index = indexBy(items, keysOf);
        indexes[criterion] = index;
      }
      for (const key of keys) {
        const list = index.get(key);
        if (list !== undefined) lists.push(list);
      }
    });
    // A selector with no criteria picks every item but the excluded ones.
    const picked = hasCriteria ? union(lists, items.length) : all();
    const excluded = selector.excludeSkus;
    if (excluded === undefined) return picked;
    return picked.filter((position) => !excluded.includes((items[position] as SelectableItem).sku));
  };
  return { select };
}

/** The ascending union of ascending position lists (one list is copied as it is). */
function union(lists: readonly (readonly number[])[], size: number): number[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return (lists[0] as readonly number[]).slice();
  const isPicked = new Uint8Array(size);
  for (const list of lists) for (const position of list) isPicked[position] = 1;
  const picked: number[] = [];
  for (let position = 0; position < size; position++) if (isPicked[position] === 1) picked.push(position);
  return picked;
}

/**
 * The positions the first selector picks that every other selector also picks, ascending (the others are
 * matched one item at a time: they are bundle components, read for a few items).
 *
 * @param selection - the items' selection
 * @param items - the same items
 * @param selectors - the selectors, at least one
 * @returns item positions
 * @internal
 */
export function selectAll(
  selection: LineSelection,
  items: readonly SelectableItem[],
  selectors: readonly [ItemSelector | undefined, ...(ItemSelector | undefined)[]],
): number[] {
  const [first, ...rest] = selectors;
  const picked = selection.select(first);
  if (rest.length === 0) return picked;
  return picked.filter((position) =>
    rest.every((selector) => matchesSelector(items[position] as SelectableItem, selector)),
  );
}
