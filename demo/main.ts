/**
 * `npm run demo [-- --locale en-US|nl-NL|zh-CN] [--fresh]`: a scripted till day on the built package's
 * public exports only. Writes receipts (PNG), reports, accounting exports and charts to demo-output/.
 */
import { parseDemoArgs } from "./options";
import { runDemo } from "./run-demo";

const result = await runDemo(parseDemoArgs(process.argv.slice(2)), (line) => console.log(line));
if (!result.isJournalIntact) process.exitCode = 1;
