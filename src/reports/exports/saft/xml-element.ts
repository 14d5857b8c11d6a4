/**
 * An XML element as data: a name and either text or children. Optional children may be `undefined` and
 * are skipped, so builders can write `isX ? element(...) : undefined` in a sequence.
 *
 * @internal
 */
export interface XmlElement {
  readonly name: string;
  readonly text?: string;
  readonly children?: readonly (XmlElement | undefined)[];
  readonly attributes?: Readonly<Record<string, string>>;
}

const XML_SPECIAL = /[&<>"']/;

/**
 * Escapes text for XML content and attribute values (&, <, >, " and ').
 *
 * @param text - raw text
 * @returns escaped text
 * @internal
 */
export function escapeXml(text: string): string {
  // Most SAF-T text is digits and codes: skip the five passes when there is nothing to escape.
  if (!XML_SPECIAL.test(text)) return text;
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/**
 * Builds an element with text content.
 *
 * @param name - element name
 * @param text - its text
 * @returns the element
 * @internal
 */
export function textElement(name: string, text: string): XmlElement {
  return { name, text };
}

/**
 * Builds an element with child elements.
 *
 * @param name - element name
 * @param children - child elements in schema order (undefined ones are skipped)
 * @returns the element
 * @internal
 */
export function parentElement(name: string, children: readonly (XmlElement | undefined)[]): XmlElement {
  return { name, children };
}

function attributesText(attributes: Readonly<Record<string, string>> | undefined): string {
  if (attributes === undefined) return "";
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join("");
}

function writeInto(element: XmlElement, depth: number, out: string[]): void {
  const indent = "  ".repeat(depth);
  const open = `${element.name}${attributesText(element.attributes)}`;
  if (element.children === undefined) {
    out.push(`${indent}<${open}>${escapeXml(element.text ?? "")}</${element.name}>\n`);
    return;
  }
  const present = element.children.filter((child): child is XmlElement => child !== undefined);
  if (present.length === 0) {
    out.push(`${indent}<${open}/>\n`);
    return;
  }
  out.push(`${indent}<${open}>\n`);
  for (const child of present) writeInto(child, depth + 1, out);
  out.push(`${indent}</${element.name}>\n`);
}

/**
 * Writes an element tree as indented XML (two spaces per level, "\n" line ends): deterministic text.
 * Pieces are collected and joined once, so a 30 MB SAF-T file is not copied level by level.
 *
 * @param element - the root
 * @param depth - indentation level of the root
 * @returns the XML text of the element
 * @internal
 */
export function writeXml(element: XmlElement, depth = 0): string {
  const out: string[] = [];
  writeInto(element, depth, out);
  return out.join("");
}
