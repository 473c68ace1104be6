import type { DBCoreTransaction } from 'dexie';

/**
 * True when a DBCore transaction can reach every one of these tables: the middlewares' bookkeeping
 * tables do not exist before the schema version that adds them (an upgrade runs older steps first).
 */
export function reaches(trans: DBCoreTransaction, tables: readonly string[]): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  if (!names || typeof names.contains !== 'function') return false;
  return tables.every((name) => names.contains(name));
}
