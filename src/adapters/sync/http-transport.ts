import { z } from "zod";
import { TILL_ERROR_CODES } from "../../core/errors/error-codes";
import { parseWith } from "../../core/errors/from-zod";
import { TillError } from "../../core/errors/till-error";
import { snapshotSchema, syncAckSchema } from "../sql/hub/sync-protocol";
import type { SyncTransport } from "./sync-transport";
import { decodeWire, encodeWire } from "./wire-json";

/**
 * The fetch function the HTTP transport uses (the global one by default).
 *
 * @public
 */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{ status: number; text(): Promise<string> }>;

/**
 * Options of {@link httpTransport}.
 *
 * @public
 */
export interface HttpTransportOptions {
  /** The base URL the host mounted {@link createHubHttpHandler} at, e.g. "https://hub.example/sync". */
  readonly url: string;
  /** A fetch implementation; default `globalThis.fetch`. */
  readonly fetch?: FetchLike;
  /** Extra headers (authorisation), sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
}

const errorBodySchema = /* @__PURE__ */ z.object({
  error: z.object({
    code: z.enum(TILL_ERROR_CODES),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

async function call(options: HttpTransportOptions, path: string, body: unknown): Promise<unknown> {
  const send = options.fetch ?? (globalThis.fetch as unknown as FetchLike);
  let response: { status: number; text(): Promise<string> };
  let text: string;
  try {
    response = await send(`${options.url.replace(/\/$/, "")}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...options.headers },
      body: encodeWire(body),
    });
    text = await response.text();
  } catch (cause) {
    throw new TillError("SYNC_UNAVAILABLE", { message: "The hub could not be reached", cause });
  }
  if (response.status >= 200 && response.status < 300) return decodeWire(text);
  const refused = errorBodySchema.safeParse(response.status < 500 ? safeDecode(text) : undefined);
  if (refused.success) {
    const { code, message, details } = refused.data.error;
    throw new TillError(code, details === undefined ? { message } : { message, details });
  }
  throw new TillError("SYNC_UNAVAILABLE", {
    message: `The hub answered HTTP ${response.status}`,
    details: { status: response.status },
  });
}

function safeDecode(text: string): unknown {
  try {
    return decodeWire(text);
  } catch {
    return undefined;
  }
}

/**
 * A fetch-based transport to a hub served by {@link createHubHttpHandler}: `POST {url}/push` with the
 * batch, `POST {url}/snapshots` with the held versions. Bodies are JSON (bigint-safe, see
 * {@link encodeWire}); answers are validated before the sync client trusts them. Runs in browsers and
 * Node 20+ (no Node module imported).
 *
 * @param options - base URL, fetch and headers
 * @returns the transport
 * @throws (from its methods) TillError SYNC_UNAVAILABLE for a network failure or a 5xx answer; the hub's
 *   TillError code (e.g. INVALID_INPUT) for a refused request; INVALID_INPUT for an answer of the wrong shape
 * @public
 */
export function httpTransport(options: HttpTransportOptions): SyncTransport {
  return {
    async push(batch) {
      return parseWith(syncAckSchema, await call(options, "/push", batch), ["ack"]);
    },
    async pull(since) {
      const body = await call(options, "/snapshots", { since });
      return parseWith(z.object({ snapshots: z.array(snapshotSchema) }), body, ["snapshots"]).snapshots;
    },
  };
}
