import { TillError } from "../errors/till-error";

/**
 * SHA-256 of the UTF-8 bytes of a text, as 64 lower-case hex digits. Uses Web Crypto
 * (`globalThis.crypto.subtle`), present in browsers and in Node 20+, so the journal needs no Node module.
 *
 * @param text - the text to hash
 * @returns the digest in lower-case hex
 * @throws TillError INTERNAL when the runtime has no Web Crypto
 * @example
 * ```ts
 * await sha256Hex("abc"); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 * @public
 */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined)
    throw new TillError("INTERNAL", { message: "Web Crypto (crypto.subtle) is not available" });
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  let hex = "";
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
