import { TillError } from "../../../core/errors/till-error";
import { parentElement, textElement, type XmlElement } from "./xml-element";

/**
 * The company's own codes (`basics`) a SAF-T file refers to: every event type, line type, payment type
 * and article group used must be declared once, with the predefined code it stands for. basicID is a key
 * across all types, so a clash is refused.
 *
 * @internal
 */
export interface SaftBasics {
  /** Declares (once) and returns the basicID. */
  use(type: string, id: string, predefined: string | undefined, description: string): string;
  /** The `basics` element, in order of first use. */
  element(): XmlElement | undefined;
}

/**
 * Makes an empty registry of basics for one export run.
 *
 * @returns the registry
 * @internal
 */
export function makeSaftBasics(): SaftBasics {
  const declared = new Map<string, { type: string; predefined: string | undefined; description: string }>();
  return {
    use(type, id, predefined, description) {
      if (id.length > 35)
        throw new TillError("INVALID_INPUT", { message: `SAF-T basicID longer than 35: ${id}` });
      const found = declared.get(id);
      if (found === undefined) declared.set(id, { type, predefined, description });
      else if (found.type !== type) {
        throw new TillError("INVALID_INPUT", {
          message: `SAF-T basicID ${id} is used for basic types ${found.type} and ${type}`,
          details: { basicID: id },
        });
      }
      return id;
    },
    element() {
      if (declared.size === 0) return undefined;
      return parentElement(
        "basics",
        [...declared].map(([id, basic]) =>
          parentElement("basic", [
            textElement("basicType", basic.type),
            textElement("basicID", id),
            basic.predefined === undefined ? undefined : textElement("predefinedBasicID", basic.predefined),
            textElement("basicDesc", basic.description),
          ]),
        ),
      );
    },
  };
}
