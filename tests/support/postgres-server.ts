/**
 * Finds a PostgreSQL server for the tests, in this order, and says which one ran:
 * 1. TILLKIT_PG_URL, a server the environment provides (CI starts one on loopback);
 * 2. a throw-away cluster started from the PostgreSQL binaries on this machine, on a free loopback port;
 * 3. PGlite served over the PostgreSQL wire protocol, so the node-postgres driver is still exercised.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PostgresForTests {
  readonly url: string;
  readonly backend: string;
  stop(): Promise<void>;
}

function findBinaries(): string | undefined {
  const candidates = ["/usr/lib/postgresql"].flatMap((root) =>
    existsSync(root)
      ? readdirSync(root)
          .sort()
          .reverse()
          .map((version) => join(root, version, "bin"))
      : [],
  );
  return candidates.find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0));
    });
  });
}

function asPostgresUser(command: string, args: string[]): string[] {
  // initdb refuses to run as root; CI runs as root, so hand the cluster to the postgres account.
  return process.getuid?.() === 0
    ? ["runuser", "-u", "postgres", "--", command, ...args]
    : [command, ...args];
}

async function startCluster(binaries: string): Promise<PostgresForTests> {
  const dataDir = mkdtempSync(join(tmpdir(), "tillkit-pg-"));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dataDir, uid, gid);
  }
  const port = await freePort();
  const [initdb, ...initArgs] = asPostgresUser(join(binaries, "initdb"), [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "-A",
    "trust",
  ]);
  execFileSync(initdb as string, initArgs, { stdio: "ignore" });
  const options = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=on`;
  const [pgCtl, ...startArgs] = asPostgresUser(join(binaries, "pg_ctl"), [
    "-D",
    dataDir,
    "-o",
    options,
    "-w",
    "start",
  ]);
  execFileSync(pgCtl as string, startArgs, { stdio: "ignore" });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    backend: `PostgreSQL server (${binaries}, port ${port})`,
    stop: async () => {
      const [stopCommand, ...stopArgs] = asPostgresUser(join(binaries, "pg_ctl"), [
        "-D",
        dataDir,
        "-m",
        "immediate",
        "stop",
      ]);
      execFileSync(stopCommand as string, stopArgs, { stdio: "ignore" });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startPgliteSocket(): Promise<PostgresForTests> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create();
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 16 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    backend: `PGlite over the PostgreSQL wire protocol (port ${port}); no PostgreSQL binaries on this machine`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/** Starts (or finds) the PostgreSQL the tests use. */
export async function startPostgresForTests(): Promise<PostgresForTests> {
  const provided = process.env.TILLKIT_PG_URL;
  if (provided !== undefined && provided !== "") return isolatedDatabase(provided);
  // TILLKIT_PG_BACKEND=pglite-socket forces the fallback, to test it on a machine that has PostgreSQL.
  const binaries = process.env.TILLKIT_PG_BACKEND === "pglite-socket" ? undefined : findBinaries();
  return binaries === undefined ? startPgliteSocket() : startCluster(binaries);
}

/** A database of its own on a shared server, so test files running in parallel never meet. */
async function isolatedDatabase(serverUrl: string): Promise<PostgresForTests> {
  const pg = await import("pg");
  const name = `tillkit_test_${process.pid}_${Math.floor(performance.now() * 1000)}`;
  const admin = new pg.default.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    backend: `PostgreSQL server from TILLKIT_PG_URL (database ${name})`,
    stop: async () => {
      const cleanup = new pg.default.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
