import type { Migration } from "./migration";
import { SCHEMA_V1 } from "./schema-v1";
import { SCHEMA_V2 } from "./schema-v2";
import { SCHEMA_V3 } from "./schema-v3";

/**
 * Every migration this version of tillkit knows, in order. The last one's version is the schema version
 * the code understands. Released migrations are never edited; a change is a new version.
 *
 * @public
 */
export const MIGRATIONS: readonly Migration[] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3];
