import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One fenced TypeScript block of a Markdown file. */
export interface CodeSample {
  /** Markdown file, relative to the repository root ("docs/tax.md"). */
  readonly file: string;
  /** 1-based line of the sample's first code line in the Markdown file. */
  readonly line: number;
  /** The code, with the fence's own indentation removed. */
  readonly code: string;
  /** False when the block is preceded by `<!-- sample: no-run -->`: type-checked only. */
  readonly isRunnable: boolean;
}

const SAMPLE_LANGUAGES = new Set(["ts", "typescript"]);
const NO_RUN_MARKER = "<!-- sample: no-run -->";
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;

function previousNonBlank(lines: readonly string[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i -= 1) {
    const text = lines[i]?.trim() ?? "";
    if (text !== "") return text;
  }
  return undefined;
}

/**
 * Finds every ```ts / ```typescript block of one Markdown text. Other languages (sh, json, text, none) are
 * skipped; a fence closes only on the same fence characters, so a ``` inside a ```` block stays code.
 */
export function samplesOf(file: string, markdown: string): CodeSample[] {
  const lines = markdown.split(/\r?\n/);
  const samples: CodeSample[] = [];
  let index = 0;
  while (index < lines.length) {
    const open = FENCE.exec(lines[index] ?? "");
    if (open === null) {
      index += 1;
      continue;
    }
    const [, indent = "", fence = "```", language = ""] = open;
    const start = index;
    const body: string[] = [];
    index += 1;
    while (index < lines.length && (lines[index] ?? "").trim() !== fence) {
      const text = lines[index] ?? "";
      body.push(text.startsWith(indent) ? text.slice(indent.length) : text.trimStart());
      index += 1;
    }
    index += 1;
    if (!SAMPLE_LANGUAGES.has(language.toLowerCase())) continue;
    samples.push({
      file,
      line: start + 2,
      code: body.join("\n"),
      isRunnable: previousNonBlank(lines, start) !== NO_RUN_MARKER,
    });
  }
  return samples;
}

/**
 * Every sample of README.md and of the guides directly in docs/ (the generated API reference in docs/api
 * is not prose and is skipped).
 */
export function collectSamples(root: string): CodeSample[] {
  const guides = readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`);
  return ["README.md", ...guides].flatMap((file) => samplesOf(file, readFileSync(join(root, file), "utf8")));
}
