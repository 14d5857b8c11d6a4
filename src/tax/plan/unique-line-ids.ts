import { TillError } from "../../core/errors/till-error";
import type { TaxLine } from "./tax-document";

/**
 * Line lists whose ids are known to be unique. A document parsed from JSON is checked once when it is
 * built, so planning it does not hash every id again: the check was about a tenth of planning and
 * computing a 100-line document. The lists are readonly by contract, so a mark stays true.
 */
const checkedLineLists = /* @__PURE__ */ new WeakSet<readonly TaxLine[]>();

/**
 * Throws when two lines share an id (results are keyed by line id), and remembers the list as checked.
 *
 * @param lines - the document's lines
 * @throws TillError INVALID_INPUT with path ["lines", index, "id"] at the second line with an id
 * @internal
 */
export function assertUniqueLineIds(lines: readonly TaxLine[]): void {
  if (checkedLineLists.has(lines)) return;
  const seen = new Set<string>();
  for (let index = 0; index < lines.length; index++) {
    const id = (lines[index] as TaxLine).id;
    if (seen.has(id))
      throw new TillError("INVALID_INPUT", {
        message: `Duplicate line id: ${id}`,
        path: ["lines", index, "id"],
      });
    seen.add(id);
  }
  checkedLineLists.add(lines);
}
