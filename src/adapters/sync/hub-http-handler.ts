import type { IncomingMessage, ServerResponse } from "node:http";
import { isTillError, TillError } from "../../core/errors/till-error";
import type { Hub } from "../sql/hub/create-hub";
import { decodeWire, encodeWire } from "./wire-json";

/**
 * Largest request body the handler reads: 32 MiB holds a full batch of 10,000 entries at about 3 KB each.
 *
 * @public
 */
export const MAX_SYNC_BODY_BYTES = 32 * 1024 * 1024;

function send(response: ServerResponse, status: number, body: unknown): void {
  const bytes = new TextEncoder().encode(encodeWire(body));
  response.writeHead(status, { "content-type": "application/json", "content-length": bytes.length });
  response.end(bytes);
}

async function readBody(request: IncomingMessage): Promise<string> {
  // Only Web APIs (TextEncoder/TextDecoder, Uint8Array) here: no Buffer global in the browser bundle.
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = typeof chunk === "string" ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_SYNC_BODY_BYTES)
      throw new TillError("INVALID_INPUT", {
        message: "The body is too large",
        details: { limit: MAX_SYNC_BODY_BYTES },
      });
    chunks.push(buffer);
  }
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(joined);
}

// 400 for a body the hub cannot read, 5xx for the hub's own trouble (the client retries those), 422 for
// a readable request the hub refuses.
const SERVER_CODES: ReadonlySet<string> = new Set(["STORAGE_FAILURE", "SCHEMA_TOO_NEW", "INTERNAL"]);

function statusOf(error: TillError): number {
  if (error.code === "INVALID_INPUT") return 400;
  return SERVER_CODES.has(error.code) ? 503 : 422;
}

async function route(
  hub: Pick<Hub, "ingest" | "pullSnapshots">,
  path: string,
  body: unknown,
): Promise<unknown> {
  if (path.endsWith("/push")) return hub.ingest(body);
  const since = typeof body === "object" && body !== null ? (body as { since?: unknown }).since : undefined;
  return { snapshots: await hub.pullSnapshots(since ?? {}) };
}

/**
 * A `node:http` request handler serving a hub to {@link httpTransport}: `POST …/push` ingests a batch and
 * answers the acknowledgement; `POST …/snapshots` answers `{ snapshots }`. A malformed body is 400 with
 * `{ error: TillError JSON }`; another method 405; another path 404. The host mounts it
 * (`createServer(createHubHttpHandler(hub))`, or inside its router) and adds authentication in front.
 * Only `node:http` types are imported, so browser bundles of the SQL adapter never pull Node in.
 *
 * @param hub - the hub
 * @returns the handler
 * @public
 */
export function createHubHttpHandler(
  hub: Pick<Hub, "ingest" | "pullSnapshots">,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (!path.endsWith("/push") && !path.endsWith("/snapshots"))
      return send(response, 404, { error: new TillError("NOT_FOUND").toJSON() });
    if (request.method !== "POST")
      return send(response, 405, { error: new TillError("INVALID_INPUT", { message: "Use POST" }).toJSON() });
    try {
      const body = decodeWire(await readBody(request));
      send(response, 200, await route(hub, path, body));
    } catch (error) {
      const failure = isTillError(error) ? error : new TillError("INTERNAL", { message: "The hub failed" });
      send(response, statusOf(failure), { error: failure.toJSON() });
    }
  };
}
