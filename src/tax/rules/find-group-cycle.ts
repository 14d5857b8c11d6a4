import type { CompiledTax } from "./tax-rules";

/**
 * Finds a cycle among group taxes (a group that, through its children, contains itself).
 *
 * @param taxes - every compiled tax by id (references already checked)
 * @returns the ids along the first cycle found, or undefined
 * @internal
 */
export function findGroupCycle(taxes: ReadonlyMap<string, CompiledTax>): string[] | undefined {
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (id: string): string[] | undefined => {
    const start = onPath.indexOf(id);
    if (start >= 0) return [...onPath.slice(start), id];
    if (done.has(id)) return undefined;
    const calculation = taxes.get(id)?.calculation;
    onPath.push(id);
    const children = calculation?.type === "group" ? calculation.childIds : [];
    for (const child of children) {
      const cycle = visit(child);
      if (cycle !== undefined) return cycle;
    }
    onPath.pop();
    done.add(id);
    return undefined;
  };
  for (const id of taxes.keys()) {
    const cycle = visit(id);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}
