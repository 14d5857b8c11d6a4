/**
 * `npm run bench`: runs every file in bench/cases (each exports `benchGroups(): Promise<BenchGroup[]> |
 * BenchGroup[]`), prints medians and ratios against the baselines measured in the same run, and writes the
 * results to bench/results.json. `npm run bench -- money tax` runs only the case files whose name matches.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { arch, cpus, platform, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BenchGroup, type BenchResult, runGroups } from "./harness";

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const files = readdirSync(join(here, "cases"))
  .filter((file) => file.endsWith(".ts"))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

const machine = `${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${arch()}, Node ${process.version}`;
console.log(`tillkit benchmarks — ${machine}`);

const results: BenchResult[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(join(here, "cases", file)).href)) as {
    benchGroups: () => Promise<readonly BenchGroup[]> | readonly BenchGroup[];
  };
  results.push(...(await runGroups(await module.benchGroups())));
}

const missed = results.filter((result) => !result.meetsTarget);
console.log(
  `\n${results.length} cases, ${results.length - missed.length} met their target, ${missed.length} missed.`,
);
writeFileSync(
  join(here, "results.json"),
  `${JSON.stringify({ machine, date: new Date().toISOString(), results }, null, 2)}\n`,
);
