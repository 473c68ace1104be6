/**
 * The names of the extension's IndexedDB databases, in one place and free of imports: the side
 * panel's first script (lib/analysis-store/opening-read.ts) opens them in plain IndexedDB before
 * Dexie has loaded.
 */

/** The extension's data database (a restore swaps in a staging copy; the meta database says which is active). */
export const DEFAULT_DB_NAME = 'creator-desk';

/** The small database that says which data database is active (lib/db/active-database.ts). */
export const metaDbName = (base: string = DEFAULT_DB_NAME): string => `${base}-meta`;

const ANALYSIS_CACHE_SUFFIX = '-analysis-cache';

/** The saved analyses of a data database (lib/analysis-store/analysis-cache.ts). */
export const analysisCacheDbName = (dataDbName: string = DEFAULT_DB_NAME): string => `${dataDbName}${ANALYSIS_CACHE_SUFFIX}`;

/** The data database a database belongs to: itself, or the one whose analysis cache it is. */
export const ownerDbName = (name: string): string => (name.endsWith(ANALYSIS_CACHE_SUFFIX) ? name.slice(0, -ANALYSIS_CACHE_SUFFIX.length) : name);
