import type { Hub } from "../sql/hub/create-hub";
import type { SyncTransport } from "./sync-transport";

/**
 * A transport for a till and a hub in one program (a back-office server that also runs tills, tests,
 * demos): calls the hub directly, with no serialisation.
 *
 * @param hub - the hub
 * @returns the transport
 * @example
 * ```ts
 * const client = createSyncClient({ storeId: "S1", outbox, transport: inProcessTransport(hub) });
 * ```
 * @public
 */
export function inProcessTransport(hub: Pick<Hub, "ingest" | "pullSnapshots">): SyncTransport {
  return {
    push: (batch) => hub.ingest(batch),
    pull: (since) => hub.pullSnapshots(since),
  };
}
