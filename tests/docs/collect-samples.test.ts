import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { samplesOf } from "./collect-samples";
import { asRunnable } from "./sample-files";

const fence = "```";

describe("samplesOf", () => {
  it.each([
    {
      title: "a ts block is a runnable sample starting on the line after its fence",
      markdown: `# T\n\n${fence}ts\nconst a = 1;\n${fence}\n`,
      expected: [{ file: "x.md", line: 4, code: "const a = 1;", isRunnable: true }],
    },
    {
      title: "a typescript block counts too",
      markdown: `${fence}typescript\nlet b = 2;\n${fence}`,
      expected: [{ file: "x.md", line: 2, code: "let b = 2;", isRunnable: true }],
    },
    {
      title: "sh, json and bare blocks are not samples",
      markdown: `${fence}sh\nnpm ci\n${fence}\n${fence}json\n{}\n${fence}\n${fence}\nplain\n${fence}`,
      expected: [],
    },
    {
      title: "the no-run marker right before a block makes it type-check only",
      markdown: `<!-- sample: no-run -->\n\n${fence}ts\nnavigator;\n${fence}`,
      expected: [{ file: "x.md", line: 4, code: "navigator;", isRunnable: false }],
    },
    {
      title: "the marker before another paragraph does not reach the block",
      markdown: `<!-- sample: no-run -->\ntext\n${fence}ts\nc;\n${fence}`,
      expected: [{ file: "x.md", line: 4, code: "c;", isRunnable: true }],
    },
    {
      title: "an indented block inside a list loses its indentation",
      markdown: `- item:\n\n  ${fence}ts\n  const d = 4;\n    nested;\n  ${fence}`,
      expected: [{ file: "x.md", line: 4, code: "const d = 4;\n  nested;", isRunnable: true }],
    },
  ])("$title", ({ markdown, expected }) => {
    expect(samplesOf("x.md", markdown)).toEqual(expected);
  });
});

describe("samplesOf properties", () => {
  const codeLine = fc.string({
    unit: fc.constantFrom("a", "1", " ", "(", ")", ";", "=", '"', "<", "!", "-"),
  });

  it("should give back every fenced block's code exactly, at its line, whatever prose surrounds it", () => {
    fc.assert(
      fc.property(
        fc.array(codeLine, { maxLength: 6 }),
        fc.array(codeLine, { maxLength: 4 }),
        (code, prose) => {
          // Arrange: prose lines, then one ts block
          const markdown = [...prose, `${fence}ts`, ...code, fence].join("\n");
          // Act
          const found = samplesOf("x.md", markdown);
          // Assert
          expect(found).toHaveLength(1);
          expect(found[0]?.code).toBe(code.join("\n"));
          expect(found[0]?.line).toBe(prose.length + 2);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("asRunnable", () => {
  it.each([
    { specifier: "tillkit", target: "../../../src/index" },
    { specifier: "tillkit/tax", target: "../../../src/tax/index" },
    { specifier: "tillkit/adapters/memory", target: "../../../src/adapters/memory/index" },
  ])("rewrites $specifier to $target on the same line", ({ specifier, target }) => {
    const code = `import { x } from "${specifier}";\nx();`;
    expect(asRunnable("/repo", code).split("\n").slice(0, 2)).toEqual([
      `import { x } from "${target}";`,
      "x();",
    ]);
  });
});
