import { z } from "zod";
import type { JsonValue } from "../journal/canonical-json";

/**
 * The kinds of versioned reference data a till prices with.
 *
 * @public
 */
export const SNAPSHOT_KINDS = ["catalog", "price", "tax", "promotion"] as const;

/**
 * zod schema for a snapshot kind.
 *
 * @public
 */
export const snapshotKindSchema = /* @__PURE__ */ z.enum(SNAPSHOT_KINDS);

/**
 * A snapshot kind, see {@link SNAPSHOT_KINDS}.
 *
 * @public
 */
export type SnapshotKind = z.output<typeof snapshotKindSchema>;

/**
 * One immutable version of reference data. Versions count 1, 2, 3, ... per kind.
 *
 * @public
 */
export interface Snapshot {
  readonly kind: SnapshotKind;
  readonly version: number;
  readonly payload: JsonValue;
}

/**
 * The versioned snapshot store: a write never replaces a version, it adds the next one, so every
 * receipt can name the versions it was priced with.
 *
 * @public
 */
export interface SnapshotStorePort {
  /** Stores the next version of a kind. @returns the stored snapshot */
  write(kind: SnapshotKind, payload: JsonValue): Promise<Snapshot>;
  /** @returns one version, or the latest when `version` is omitted; undefined when none */
  read(kind: SnapshotKind, version?: number): Promise<Snapshot | undefined>;
}
