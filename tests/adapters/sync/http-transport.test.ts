import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryOutbox } from "../../../src/adapters/memory";
import {
  createHub,
  createHubHttpHandler,
  createPgliteClient,
  createSyncClient,
  decodeWire,
  encodeWire,
  type Hub,
  httpTransport,
  type SqlClient,
} from "../../../src/adapters/sql";
import { isTillError } from "../../../src/core";
import { seededRandom } from "./support/seeded-random";
import { generateTill } from "./support/till-journal";

let client: SqlClient;
let hub: Hub;
let server: Server;
let url: string;

beforeAll(async () => {
  client = await createPgliteClient();
  hub = await createHub({ client });
  server = createServer(createHubHttpHandler(hub));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sync`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await client.close();
});

const post = (path: string, body: string, method = "POST") =>
  fetch(`${url}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(method === "POST" ? { body } : {}),
  });

describe("HTTP transport against a node:http hub", () => {
  it("syncs a till's outbox over HTTP and acknowledges every entry", async () => {
    const till = await generateTill("H1", "S1", 40, seededRandom(3));
    const outbox = createMemoryOutbox(till.outbox);
    const sync = createSyncClient({
      storeId: "S1",
      outbox,
      transport: httpTransport({ url }),
      batchSize: 15,
    });
    const round = await sync.syncOnce();
    expect([round.status, round.acknowledged, round.pushes]).toEqual(["drained", 40, 3]);
    expect(await outbox.countPending()).toBe(0);
    expect((await hub.registerHead("H1")).seq).toBe(40);
  });

  it("pulls snapshots over HTTP", async () => {
    await hub.publishSnapshot({ kind: "price", payload: { "SKU-1": "2.50" } });
    const snapshots = await httpTransport({ url }).pull({ price: 0 });
    expect(snapshots.map((snapshot) => [snapshot.kind, snapshot.version, snapshot.payload])).toEqual([
      ["price", 1, { "SKU-1": "2.50" }],
    ]);
  });

  it.each([
    ["text that is not JSON", "/push", "{oops", "POST", 400, "INVALID_INPUT"],
    [
      "a batch of the wrong shape",
      "/push",
      '{"storeId":"S1","entries":[{"seq":"one"}]}',
      "POST",
      400,
      "INVALID_INPUT",
    ],
    ["a GET", "/push", "", "GET", 405, "INVALID_INPUT"],
    ["an unknown path", "/nowhere", "{}", "POST", 404, "NOT_FOUND"],
  ])("answers %s with %s and a TillError body", async (_title, path, body, method, status, code) => {
    const response = await post(path, body, method);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
  });

  it("turns a refused request into the hub's TillError on the till", async () => {
    const error = await httpTransport({ url })
      .push({ storeId: "", entries: [] })
      .catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("INVALID_INPUT");
  });

  it("turns an unreachable hub into SYNC_UNAVAILABLE", async () => {
    const error = await httpTransport({ url: "http://127.0.0.1:1/sync" })
      .push({ storeId: "S1", entries: [] })
      .catch((caught: unknown) => caught);
    expect(isTillError(error) && error.code).toBe("SYNC_UNAVAILABLE");
  });

  it.each([[0n], [-1n], [2n ** 70n], [-(2n ** 64n) + 3n]])(
    "carries bigint %s exactly over the wire",
    (value) => {
      expect(decodeWire(encodeWire({ value, nested: [value] }))).toEqual({ value, nested: [value] });
    },
  );
});
