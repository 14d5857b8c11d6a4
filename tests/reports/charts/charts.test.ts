import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderBarChart, renderHeatmap, renderPartnerPerformanceChart } from "../../../src/reports";

interface SvgNode {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: SvgNode[];
}

type Raw = Record<string, unknown>;

function toNode(raw: Raw): SvgNode | undefined {
  const name = Object.keys(raw).find((key) => key !== ":@");
  if (name === undefined || name === "#text") return undefined;
  const content = (raw[name] as Raw[]) ?? [];
  const attributes = Object.fromEntries(
    Object.entries((raw[":@"] as Raw | undefined) ?? {}).map(([key, value]) => [
      key.replace(/^@_/, ""),
      String(value),
    ]),
  );
  const text = content.map((child) => (child["#text"] === undefined ? "" : String(child["#text"]))).join("");
  return {
    name,
    attributes,
    text,
    children: content.map(toNode).filter((node): node is SvgNode => node !== undefined),
  };
}

function parseSvg(svg: string): SvgNode {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
  });
  const [root] = (parser.parse(svg) as Raw[])
    .map(toNode)
    .filter((node): node is SvgNode => node !== undefined);
  if (root?.name !== "svg") throw new Error("not an svg root");
  return root;
}

function all(node: SvgNode, predicate: (node: SvgNode) => boolean): SvgNode[] {
  const found: SvgNode[] = [];
  const walk = (current: SvgNode) => {
    if (predicate(current)) found.push(current);
    current.children.forEach(walk);
  };
  walk(node);
  return found;
}

const byClass = (root: SvgNode, name: string, cls: string) =>
  all(root, (node) => node.name === name && node.attributes.class === cls);

describe("bar chart", () => {
  const svg = renderBarChart({
    title: "Sales by hour",
    bars: [
      { label: "09", value: "120.50" },
      { label: "10", value: "60.25" },
      { label: "11", value: "-10" },
    ],
  });
  const root = parseSvg(svg);

  it.each([
    ["rect.bar", () => byClass(root, "rect", "bar").length, 3],
    ["text.label", () => byClass(root, "text", "label").map((node) => node.text), ["09", "10", "11"]],
    [
      "text.value",
      () => byClass(root, "text", "value").map((node) => node.text),
      ["120.50", "60.25", "-10.00"],
    ],
    [
      "the tallest bar's height",
      () => byClass(root, "rect", "bar").map((node) => Number(node.attributes.height)),
      [225, 112, 19],
    ],
  ])("draws %s", (_name, read, expected) => {
    expect(read()).toEqual(expected);
  });

  it("escapes label text and renders the same input to the same bytes", () => {
    const input = { title: "A & B <script>", bars: [{ label: `<b>"x"</b>`, value: "1" }] };
    const text = renderBarChart(input);
    expect(text).toContain("A &amp; B &lt;script&gt;");
    expect(text).not.toContain("<script>");
    expect(byClass(parseSvg(text), "text", "label")[0]?.text).toBe(`<b>"x"</b>`);
    expect(renderBarChart(input)).toBe(text);
  });

  it("rejects a float-looking value with its path", () => {
    expect(() => renderBarChart({ title: "t", bars: [{ label: "x", value: "1e3" }] })).toThrowError(
      expect.objectContaining({ code: "INVALID_INPUT", path: ["bars", 0, "value"] }),
    );
  });
});

describe("hour-of-week heatmap", () => {
  const svg = renderHeatmap({
    title: "Sales by hour of week",
    cells: [
      { day: 0, hour: 9, value: "100.00" },
      { day: 0, hour: 9, value: "20.00" },
      { day: 5, hour: 14, value: "24.00" },
    ],
  });
  const root = parseSvg(svg);

  it.each([
    ["168 cells", () => byClass(root, "rect", "cell").length, 168],
    [
      "7 day labels",
      () => byClass(root, "text", "day").map((node) => node.text),
      ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    ],
    [
      "the busiest cell in the darkest colour",
      () => byClass(root, "rect", "cell")[9]?.attributes.fill,
      "#154c94",
    ],
    [
      "a fifth of the peak in the first step",
      () => byClass(root, "rect", "cell")[5 * 24 + 14]?.attributes.fill,
      "#d6e4f5",
    ],
    [
      "summed duplicate cells in the tooltip",
      () => byClass(root, "rect", "cell")[9]?.children[0]?.text,
      "Mon 09:00 120.00",
    ],
  ])("draws %s", (_name, read, expected) => {
    expect(read()).toEqual(expected);
  });
});

describe("partner performance chart", () => {
  it("draws a sales and a commission bar per partner with escaped names", () => {
    const root = parseSvg(
      renderPartnerPerformanceChart({
        title: "Partners",
        partners: [
          { partner: "Ann & Co", sales: "1000.00", commission: "50.00" },
          { partner: "Bo", sales: "400.00", commission: "-20.00" },
        ],
      }),
    );
    expect(byClass(root, "rect", "bar sales").length).toBe(2);
    expect(byClass(root, "rect", "bar commission").length).toBe(2);
    expect(byClass(root, "text", "label").map((node) => node.text)).toEqual(["Ann & Co", "Bo"]);
  });
});

describe("chart properties", () => {
  it("should draw one bar per value inside the canvas, deterministically", () => {
    const value = fc.bigInt({ min: -1_000_000n, max: 1_000_000n }).map((minor) => {
      const negative = minor < 0n;
      const digits = (negative ? -minor : minor).toString().padStart(3, "0");
      return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
    });
    fc.assert(
      fc.property(
        fc.array(fc.record({ label: fc.string({ maxLength: 8 }), value }), { maxLength: 30 }),
        (bars) => {
          const svg = renderBarChart({ title: "p", bars });
          const root = parseSvg(svg);
          const rects = byClass(root, "rect", "bar");
          expect(rects.length).toBe(bars.length);
          for (const rect of rects) {
            const y = Number(rect.attributes.y);
            const height = Number(rect.attributes.height);
            expect(Number.isInteger(y) && Number.isInteger(height)).toBe(true);
            expect(y >= 0 && y + height <= 320).toBe(true);
          }
          expect(renderBarChart({ title: "p", bars })).toBe(svg);
        },
      ),
      { numRuns: 200 },
    );
  });
});
