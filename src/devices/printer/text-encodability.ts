import CodepageEncoder, { type Codepage } from "@point-of-sale/codepage-encoder";
import type { MultibyteMode } from "./printer-profile";

const codepageSets = /* @__PURE__ */ new Map<string, ReadonlySet<number>>();
const multibyteTables = /* @__PURE__ */ new Map<string, ReadonlyMap<string, readonly number[]>>();

/**
 * Whether every character of the text exists in at least one of the code pages (printable ASCII always
 * does). The encoder itself would print "?" for anything else, so this check comes first.
 *
 * @param text - the text
 * @param codepages - candidate code pages
 * @returns true when the single-byte path can print it faithfully
 * @internal
 */
export function isCodepageEncodable(text: string, codepages: readonly string[]): boolean {
  const sets = codepages.map(codepageSet);
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x20 && code < 0x7f) continue;
    if (!sets.some((set) => set.has(code))) return false;
  }
  return true;
}

/**
 * Encodes text in a double-byte printer encoding, or returns undefined when a character has no
 * double-byte form. The table is the inverse of the platform's TextDecoder for that encoding, built once.
 *
 * @param text - the text
 * @param mode - the profile's multibyte mode
 * @returns the bytes (ASCII stays single-byte) or undefined
 * @internal
 */
export function encodeMultibyte(text: string, mode: MultibyteMode): Uint8Array | undefined {
  const table = multibyteTable(mode.encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x20 && code < 0x7f) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(char);
    if (pair === undefined) return undefined;
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}

function codepageSet(codepage: string): ReadonlySet<number> {
  let set = codepageSets.get(codepage);
  if (set === undefined) {
    const codepoints = CodepageEncoder.supports(codepage)
      ? CodepageEncoder.getCodepoints(codepage as Codepage, true)
      : [];
    // Bytes below 0x80 are ASCII control codes on the wire, whatever glyphs the table lists for them.
    set = new Set(codepoints.slice(0x80));
    codepageSets.set(codepage, set);
  }
  return set;
}

function multibyteTable(encoding: string): ReadonlyMap<string, readonly number[]> {
  let table = multibyteTables.get(encoding);
  if (table !== undefined) return table;
  const built = new Map<string, readonly number[]>();
  const decoder = new TextDecoder(encoding, { fatal: true });
  // Lead bytes 0x81–0xFE and trail bytes 0x40–0xFE cover GB18030's two-byte plane, Big5, Shift JIS and
  // Unified Hangul Code; sequences an encoding does not define fail to decode and are skipped.
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      let char: string;
      try {
        char = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if ([...char].length === 1 && !built.has(char)) built.set(char, [lead, trail]);
    }
  }
  table = built;
  multibyteTables.set(encoding, table);
  return table;
}
