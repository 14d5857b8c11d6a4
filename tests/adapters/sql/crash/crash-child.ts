/**
 * Child process of the crash test: completes sales in a loop on a store and prints "done <receipt>"
 * after each complete() resolves, until the parent kills it. argv: "pglite" <dataDir> | "postgres" <url>.
 */
import {
  createPostgresClient,
  createSqlStore,
  openPgliteStore,
  runMigrations,
} from "../../../../src/adapters/sql";
import { sell, tillOnStore } from "../../support/till-fixture";

const [kind, target] = process.argv.slice(2);

async function open() {
  if (kind === "pglite") return openPgliteStore({ dataDir: target ?? "" });
  const client = await createPostgresClient({ connectionString: target ?? "" });
  await runMigrations(client);
  return createSqlStore(client);
}

const store = await open();
const { till } = tillOnStore(store, { registerId: "CRASH", storeId: "S1" });
process.stdout.write("ready\n");
for (let index = 0; index < 100_000; index += 1) {
  const done = await sell(till, [
    ["COFFEE", "1"],
    ["TEA", String(1 + (index % 3))],
  ]);
  process.stdout.write(`done ${done.sale.receiptNumber}\n`);
}
