import { parseWith } from "../../../core/errors/from-zod";
import {
  type CustomerDirectoryPort,
  type CustomerRecord,
  customerRecordSchema,
} from "../../../core/ports/customer-directory-port";
import type { SqlClient } from "../sql-client";

/**
 * A {@link CustomerDirectoryPort} over the `customers` table.
 *
 * @param client - the SQL client
 * @returns the directory
 * @public
 */
export function createSqlCustomerDirectory(client: SqlClient): CustomerDirectoryPort {
  const read = (payload: unknown) => parseWith(customerRecordSchema, payload, ["customer"]);
  return {
    async save(customer) {
      const parsed = parseWith(customerRecordSchema, customer, ["customer"]);
      await client.query(
        `insert into customers (customer_id, payload) values ($1, $2)
         on conflict (customer_id) do update set payload = excluded.payload`,
        [parsed.customerId, JSON.stringify(parsed)],
      );
    },
    async find(customerId) {
      const { rows } = await client.query("select payload from customers where customer_id = $1", [
        customerId,
      ]);
      return rows[0] === undefined ? undefined : read(rows[0].payload);
    },
    async search(text): Promise<readonly CustomerRecord[]> {
      const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
      const { rows } = await client.query(
        `select payload from customers where lower(payload->>'name') like $1 or lower(payload->>'email') like $1
           or lower(payload->>'phone') like $1 order by customer_id`,
        [pattern],
      );
      return rows.map((row) => read(row.payload));
    },
  };
}
