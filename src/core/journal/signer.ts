import type { JournalEntry } from "./journal-entry";

/**
 * Port for a fiscal signer (a TSE, a fiscal printer, an HSM). The host signs each entry's hash; the core
 * journals without one when none is configured.
 *
 * @public
 */
export interface Signer {
  /** Identifies the key or device, stored with every signature. */
  readonly keyId: string;
  /**
   * Signs an entry's hash.
   *
   * @param hash - the entry's 64-hex-digit SHA-256
   * @param entry - the entry being signed (without its signature)
   * @returns the signature text (the host chooses the encoding)
   */
  sign(hash: string, entry: Omit<JournalEntry, "signature">): Promise<string>;
}

/**
 * Checks a signature during {@link verifyJournal}.
 *
 * @public
 */
export type SignatureVerifier = (entry: JournalEntry) => Promise<boolean>;
