import { parentElement, textElement, writeXml, type XmlElement } from "../exports/saft/xml-element";

/**
 * An SVG element with attributes (numbers are written as integers) and children or text.
 *
 * @param name - element name ("rect", "text", "g", ...)
 * @param attributes - attribute values
 * @param content - child elements, or text (escaped on writing)
 * @returns the element
 * @internal
 */
export function svgElement(
  name: string,
  attributes: Readonly<Record<string, string | number>>,
  content: string | readonly (XmlElement | undefined)[] = [],
): XmlElement {
  const text: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) text[key] = String(value);
  const base = typeof content === "string" ? textElement(name, content) : parentElement(name, content);
  return { ...base, attributes: text };
}

/**
 * Wraps chart parts in an `svg` root with a viewBox, a title for screen readers and a font, and writes it.
 *
 * @param title - chart title (also the accessible name)
 * @param width - width in pixels
 * @param height - height in pixels
 * @param parts - the drawing
 * @returns SVG text, deterministic
 * @internal
 */
export function writeSvg(
  title: string,
  width: number,
  height: number,
  parts: readonly (XmlElement | undefined)[],
): string {
  const root = svgElement(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "font-family": "system-ui, sans-serif",
      "font-size": 11,
    },
    [
      svgElement("title", {}, title),
      svgElement(
        "text",
        { x: Math.floor(width / 2), y: 18, "text-anchor": "middle", "font-size": 14, "font-weight": "bold" },
        title,
      ),
      ...parts,
    ],
  );
  return writeXml(root);
}
