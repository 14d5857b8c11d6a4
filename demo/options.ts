import { join } from "node:path";
import { DEMO_LOCALES, type DemoLocale } from "./setup/locales";

/** How the demo runs. */
export interface DemoOptions {
  readonly locale: DemoLocale;
  /** Delete the store folder first. */
  readonly fresh: boolean;
  /** Run on the memory ports instead of PGlite. */
  readonly memory: boolean;
  /** Where receipts, reports, exports and charts go (a folder per locale inside). */
  readonly outputDir: string;
  /** The PGlite folder (default: `<outputDir>/<locale>/store`, one per locale so currencies never mix). */
  readonly dataDir: string;
  /** A GNU Unifont .hex file for drawing CJK receipt images (default: Debian's, when installed). */
  readonly fontFile: string | undefined;
}

function isLocale(value: string): value is DemoLocale {
  return (DEMO_LOCALES as readonly string[]).includes(value);
}

/**
 * Reads `--locale en-US|nl-NL|zh-CN`, `--fresh`, `--memory`, `--out DIR`, `--data-dir DIR` and `--font FILE.hex`.
 *
 * @param args - the command-line arguments after the script
 * @returns the options
 * @throws Error for an unknown locale or flag
 */
export function parseDemoArgs(args: readonly string[]): DemoOptions {
  let locale: DemoLocale = "nl-NL";
  let fresh = false;
  let memory = false;
  let outputDir = "demo-output";
  let dataDir: string | undefined;
  let fontFile: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? "";
    const [flag, inline] = arg.includes("=") ? arg.split("=", 2) : [arg, undefined];
    const value = () => inline ?? args[++index] ?? "";
    if (flag === "--fresh") fresh = true;
    else if (flag === "--memory") memory = true;
    else if (flag === "--locale") {
      const wanted = value();
      if (!isLocale(wanted)) throw new Error(`--locale takes ${DEMO_LOCALES.join(", ")}; got "${wanted}"`);
      locale = wanted;
    } else if (flag === "--out") outputDir = value();
    else if (flag === "--data-dir") dataDir = value();
    else if (flag === "--font") fontFile = value();
    else if (flag !== "--") throw new Error(`Unknown option ${arg}`);
  }
  return { locale, fresh, memory, outputDir, dataDir: dataDir ?? join(outputDir, locale, "store"), fontFile };
}
