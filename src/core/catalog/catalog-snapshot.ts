import { z } from "zod";
import { catalogItemSchema } from "./catalog-item";

/**
 * zod schema for a catalog snapshot: the items a sale refers to, keyed by SKU. Pricing reads prices only
 * from a snapshot, never from the catalog port, so it stays pure.
 *
 * @public
 */
export const catalogSnapshotSchema = /* @__PURE__ */ z.object({
  /** Version or timestamp of the catalog the snapshot was taken from. */
  version: z.string().optional(),
  items: z.record(z.string(), catalogItemSchema),
});

/**
 * A catalog snapshot (output form).
 *
 * @public
 */
export type CatalogSnapshot = z.output<typeof catalogSnapshotSchema>;

/**
 * The JSON / input form of a {@link CatalogSnapshot}.
 *
 * @public
 */
export type CatalogSnapshotInput = z.input<typeof catalogSnapshotSchema>;
