import type { Migration } from "./migration";
import { SCHEMA_V1 } from "./schema-v1";

/**
 * Every migration this version of tillkit knows, in order. The last one's version is the schema version
 * the code understands.
 *
 * @public
 */
export const MIGRATIONS: readonly Migration[] = [SCHEMA_V1];
