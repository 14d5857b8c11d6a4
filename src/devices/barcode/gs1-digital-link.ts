import { z } from "zod";
import { parseWith } from "../../core/errors/from-zod";
import { encodeGs1ElementString, type Gs1ElementInput } from "./encode-gs1-element-string";
import type { Gs1Element, Gs1ParseOptions } from "./gs1-element";
import { invalidBarcode } from "./invalid-barcode";
import { parseGs1ElementString } from "./parse-gs1-element-string";

/**
 * Primary keys a GS1 Digital Link URI may carry, each with its key qualifiers in their required order
 * (GS1 Digital Link standard, URI syntax 1.2).
 */
const PRIMARY_KEYS: Readonly<Record<string, readonly string[]>> = {
  "01": ["22", "10", "21"],
  "8006": ["22", "10", "21"],
  "414": ["254"],
  "8017": ["8019"],
  "8018": ["8019"],
  "00": [],
  "253": [],
  "255": [],
  "401": [],
  "402": [],
  "417": [],
  "8003": [],
  "8004": [],
};

/**
 * A GS1 Digital Link URI read as GS1 data.
 *
 * @public
 */
export interface Gs1DigitalLink {
  /** Scheme and host, e.g. "https://id.gs1.org" or a brand's own domain. */
  readonly origin: string;
  /** Path segments before the primary key (custom domains may mount the resolver under a prefix). */
  readonly pathPrefix: string;
  /** The primary key AI, e.g. "01". */
  readonly primaryKey: string;
  /** Key, qualifiers, then query-string attributes, interpreted as in an element string. */
  readonly elements: readonly Gs1Element[];
  /** The same data as an element string (FNC1 as GS). */
  readonly elementString: string;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw invalidBarcode("bad-format", `Malformed percent-encoding in ${segment}`, { segment });
  }
}

function readUrl(text: string): URL {
  try {
    const url = new URL(text);
    if (url.protocol === "https:" || url.protocol === "http:") return url;
  } catch {
    // Fall through to the error below: a scan that is not a URL is not a Digital Link.
  }
  throw invalidBarcode("not-a-url", "Not an http(s) URL", { value: text });
}

/** Key and qualifier pairs from the path, if the segments from `start` on form a valid key path. */
function pathPairs(segments: readonly string[], start: number): Gs1ElementInput | undefined {
  const key = segments[start] ?? "";
  // Own keys only: a path segment such as "toString" or "__proto__" must not find Object.prototype.
  const qualifiers = Object.hasOwn(PRIMARY_KEYS, key) ? PRIMARY_KEYS[key] : undefined;
  if (qualifiers === undefined || (segments.length - start) % 2 !== 0) return undefined;
  const pairs: { ai: string; data: string }[] = [];
  let allowed = 0;
  for (let index = start; index < segments.length; index += 2) {
    const ai = segments[index] as string;
    const data = decodeSegment(segments[index + 1] as string);
    if (index > start) {
      const position = qualifiers.indexOf(ai, allowed);
      if (position === -1) return undefined;
      allowed = position + 1;
    }
    pairs.push({ ai, data: index === start && ai === "01" ? data.padStart(14, "0") : data });
  }
  return pairs;
}

/**
 * Reads a GS1 Digital Link URI (https://id.gs1.org/01/09521234543213/10/ABC?17=250600, or the same path on
 * a brand's own domain, optionally under a path prefix) into GS1 elements. GTIN-8/12/13 in the path are
 * padded to GTIN-14. Query parameters whose names are not AIs (linkType, context, ...) are ignored.
 *
 * @param uri - the URI
 * @param options - store currency and reference year, as for element strings
 * @returns the link's origin, primary key and elements
 * @throws TillError INVALID_BARCODE (reason "not-a-url", "no-primary-key", or any element-string reason);
 *   UNKNOWN_AI for a numeric query key that is no AI
 * @example
 * ```ts
 * parseGs1DigitalLink("https://id.gs1.org/01/09521234543213/10/ABC?17=250600").elementString;
 * // "0109521234543213" + "10ABC\u001d" + "17250600"
 * ```
 * @public
 */
export function parseGs1DigitalLink(uri: string, options: Gs1ParseOptions = {}): Gs1DigitalLink {
  const url = readUrl(parseWith(z.string(), uri));
  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  for (let start = 0; start < segments.length; start += 1) {
    const pairs = pathPairs(segments, start);
    if (pairs === undefined) continue;
    for (const [name, value] of url.searchParams) {
      if (/^\d{2,4}$/.test(name)) pairs.push({ ai: name, data: value });
    }
    const elementString = encodeGs1ElementString(pairs);
    return {
      origin: url.origin,
      pathPrefix: segments.slice(0, start).join("/"),
      primaryKey: segments[start] as string,
      elements: parseGs1ElementString(elementString, options),
      elementString,
    };
  }
  throw invalidBarcode("no-primary-key", "The URI path holds no GS1 primary key", { value: uri });
}

/**
 * zod schema for {@link buildGs1DigitalLink} options.
 *
 * @public
 */
export const gs1DigitalLinkOptionsSchema = /* @__PURE__ */ z.object({
  /** Scheme, host and optional path prefix; default the GS1 global resolver. */
  origin: z
    .string()
    .regex(/^https?:\/\/[^/?#]+(\/[^?#]*)?$/)
    .default("https://id.gs1.org"),
});

/**
 * Writes elements as a GS1 Digital Link URI: the primary key (first element) and its qualifiers in the
 * path, every other element in the query string.
 *
 * @param elements - AI and data pairs, primary key first
 * @param options - origin (and path prefix) of the resolver
 * @returns the URI
 * @throws TillError INVALID_BARCODE (reason "no-primary-key") when the first AI is no primary key, plus the
 *   element-string codes
 * @public
 */
export function buildGs1DigitalLink(
  elements: Gs1ElementInput,
  options: z.input<typeof gs1DigitalLinkOptionsSchema> = {},
): string {
  const { origin } = parseWith(gs1DigitalLinkOptionsSchema, options, ["options"]);
  encodeGs1ElementString(elements);
  const [key, ...rest] = elements;
  const qualifiers = key === undefined ? undefined : PRIMARY_KEYS[key.ai];
  if (key === undefined || qualifiers === undefined) {
    throw invalidBarcode("no-primary-key", "The first element must be a GS1 primary key", { ai: key?.ai });
  }
  // URL parsers drop "." and ".." path segments (even as %2E), so such a qualifier travels in the query.
  const isPathSafe = (data: string): boolean => data !== "." && data !== "..";
  const inPath = qualifiers.flatMap((ai) =>
    rest.filter((element) => element.ai === ai && isPathSafe(element.data)),
  );
  const query = rest.filter((element) => !inPath.includes(element));
  const path = [key, ...inPath].map((e) => `/${e.ai}/${encodeURIComponent(e.data)}`).join("");
  const search = query.map((e) => `${e.ai}=${encodeURIComponent(e.data)}`).join("&");
  return `${origin.replace(/\/$/, "")}${path}${search === "" ? "" : `?${search}`}`;
}
