/**
 * A database written by a newer build (an update rolled back, or a profile copied from a newer
 * install) has a schema this build does not know. Dexie 4 would open it anyway (it retries without a
 * version on `VersionError`) and this build would write records the newer one may not read. Instead
 * the open is refused: every read and write fails with `FutureDatabaseError`, the panel says so.
 */
import type Dexie from 'dexie';

export class FutureDatabaseError extends Error {
  constructor(
    /** Schema version found on disk (Dexie's `verno`). */
    readonly found: number,
    /** Newest schema version this build knows. */
    readonly supported: number,
  ) {
    super(futureDatabaseMessage(found, supported));
    this.name = 'FutureDatabaseError';
  }
}

export function futureDatabaseMessage(found: number, supported: number): string {
  const version = Number.isInteger(found) ? String(found) : found.toFixed(1);
  return (
    `Your Creator Desk data was saved by a newer version of the extension (database version ${version}; this ` +
    `version knows up to ${supported}). Update Creator Desk to see it. Nothing is read or written until then, ` +
    'so nothing is lost.'
  );
}

/** The FutureDatabaseError behind `error` (Dexie may wrap the open failure), or null. */
export function asFutureDatabaseError(error: unknown): FutureDatabaseError | null {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth += 1) {
    if (current instanceof FutureDatabaseError || (current as { name?: unknown }).name === 'FutureDatabaseError') {
      return current as FutureDatabaseError;
    }
    current = (current as { inner?: unknown }).inner;
  }
  return null;
}

/** Makes every open of `db` fail when the database on disk is newer than `supported`. */
export function refuseFutureVersions(db: Dexie, supported: number): void {
  db.on('ready', () => {
    // Dexie keeps native version = schema version × 10 (+1 after one of its schema patches).
    const native = db.backendDB()?.version ?? 0;
    const found = native / 10;
    if (found > supported) throw new FutureDatabaseError(found, supported);
  });
}
