import { parseWith } from "../errors/from-zod";
import { type Snapshot, type SnapshotStorePort, snapshotKindSchema } from "./snapshot-store-port";

/**
 * An in-memory {@link SnapshotStorePort}.
 *
 * @returns the snapshot store
 * @public
 */
export function createMemorySnapshotStore(): SnapshotStorePort {
  const byKind = new Map<string, Snapshot[]>();
  return {
    async write(kind, payload) {
      parseWith(snapshotKindSchema, kind, ["kind"]);
      const list = byKind.get(kind) ?? [];
      const snapshot: Snapshot = { kind, version: list.length + 1, payload };
      byKind.set(kind, [...list, snapshot]);
      return snapshot;
    },
    async read(kind, version) {
      const list = byKind.get(kind) ?? [];
      return version === undefined ? list.at(-1) : list[version - 1];
    },
  };
}
