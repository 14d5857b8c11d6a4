import { z } from "zod";

/**
 * zod schema for a customer record the directory keeps. Only the id is required; the rest is what a
 * till shows and searches.
 *
 * @public
 */
export const customerRecordSchema = /* @__PURE__ */ z.object({
  customerId: z.string().min(1),
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  loyaltyAccountId: z.string().optional(),
  attributes: z.record(z.string(), z.string()).optional(),
});

/**
 * A customer record, see {@link customerRecordSchema}.
 *
 * @public
 */
export type CustomerRecord = z.output<typeof customerRecordSchema>;

/**
 * The customer directory port.
 *
 * @public
 */
export interface CustomerDirectoryPort {
  /** Writes (or replaces) a customer. @throws TillError INVALID_INPUT for a bad record */
  save(customer: CustomerRecord): Promise<void>;
  /** @returns the customer with this id, or undefined */
  find(customerId: string): Promise<CustomerRecord | undefined>;
  /** @returns customers whose name, email or phone contains the text (case-insensitive), by id */
  search(text: string): Promise<readonly CustomerRecord[]>;
}
