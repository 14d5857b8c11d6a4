import { parseWith } from "../errors/from-zod";
import {
  type CustomerDirectoryPort,
  type CustomerRecord,
  customerRecordSchema,
} from "./customer-directory-port";

/**
 * An in-memory {@link CustomerDirectoryPort}.
 *
 * @returns the directory
 * @public
 */
export function createMemoryCustomerDirectory(): CustomerDirectoryPort {
  const customers = new Map<string, CustomerRecord>();
  return {
    async save(customer) {
      const parsed = parseWith(customerRecordSchema, customer, ["customer"]);
      customers.set(parsed.customerId, parsed);
    },
    find: async (customerId) => customers.get(customerId),
    async search(text) {
      const needle = text.toLowerCase();
      return [...customers.values()]
        .filter((customer) =>
          [customer.name, customer.email, customer.phone].some((field) =>
            field?.toLowerCase().includes(needle),
          ),
        )
        .sort((left, right) => (left.customerId < right.customerId ? -1 : 1));
    },
  };
}
