import { join } from "node:path";
import ts from "typescript";
import type { CodeSample } from "./collect-samples";
import { asModule, sampleFileName, samplesDirectory } from "./sample-files";

/** Package specifiers a sample may import, mapped onto the sources. */
const ROOMS = ["pricing", "tax", "reports", "devices", "adapters/memory", "adapters/sql", "testing"];

function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
  const paths: ts.MapLike<string[]> = { tillkit: [join(root, "src", "index.ts")] };
  for (const room of ROOMS) paths[`tillkit/${room}`] = [join(root, "src", room, "index.ts")];
  return { ...parsed.options, noEmit: true, paths };
}

/** A diagnostic placed in the Markdown file: "docs/tax.md:42:7 TS2304 Cannot find name 'rules'." */
function describe(sample: CodeSample, diagnostic: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  if (diagnostic.file === undefined || diagnostic.start === undefined)
    return `${sample.file}:${sample.line} TS${diagnostic.code} ${text}`;
  const position = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${sample.file}:${sample.line + position.line}:${position.character + 1} TS${diagnostic.code} ${text}`;
}

/**
 * Type-checks every sample in one program with the repository's strict options, "tillkit" and
 * "tillkit/<room>" resolving to the sources. Samples are served from memory under the samples directory.
 *
 * @returns the diagnostics of each sample, keyed by its file name, placed at Markdown lines
 */
export function typecheckSamples(root: string, samples: readonly CodeSample[]): Map<string, string[]> {
  const options = compilerOptions(root);
  const directory = samplesDirectory(root);
  const virtual = new Map(samples.map((sample) => [join(directory, sampleFileName(sample)), sample]));
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.readFile = (name) => {
    const sample = virtual.get(name);
    return sample === undefined ? readFile.call(host, name) : asModule(sample.code);
  };
  host.getSourceFile = (name, language, onError, shouldCreate) => {
    const sample = virtual.get(name);
    if (sample === undefined) return getSourceFile.call(host, name, language, onError, shouldCreate);
    return ts.createSourceFile(name, asModule(sample.code), language, true);
  };
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options, host });
  const result = new Map<string, string[]>();
  for (const [name, sample] of virtual) {
    const file = program.getSourceFile(name);
    const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    result.set(
      sampleFileName(sample),
      diagnostics.map((diagnostic) => describe(sample, diagnostic)),
    );
  }
  return result;
}
