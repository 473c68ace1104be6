/**
 * The extension's IndexedDB database (extension origin, written only by the background).
 * Schema changes are appended to SCHEMA_VERSIONS, never edited in place: Dexie replays every
 * version in order, so an installed extension upgrades through each step's migration.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { CaptureLogEntry, ContentPiece, Creator, MetricSnapshot } from '../model/entities';

export const DEFAULT_DB_NAME = 'creator-desk';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs; only tables added or changed in this version need to be listed. */
  stores: Record<string, string | null>;
  /** Data migration run once when an existing database reaches this version. */
  upgrade?: (tx: Transaction) => void | PromiseLike<unknown>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      creators: 'key, creatorId, handle, lastSeen, updatedAt',
      content: 'key, creatorKey, postDate, lastSeen',
      snapshots: '[creatorKey+day], creatorKey, day',
      captureLog: '++id, at',
    },
  },
];

/** Compound primary key of `snapshots`: one row per creator per local calendar day. */
export type SnapshotKey = [creatorKey: string, day: string];

export class CreatorDeskDb extends Dexie {
  creators!: EntityTable<Creator, 'key'>;
  content!: EntityTable<ContentPiece, 'key'>;
  snapshots!: Table<MetricSnapshot, SnapshotKey>;
  captureLog!: EntityTable<CaptureLogEntry, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    for (const step of SCHEMA_VERSIONS) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

export function openCreatorDeskDb(name: string = DEFAULT_DB_NAME): CreatorDeskDb {
  return new CreatorDeskDb(name);
}

let defaultDb: CreatorDeskDb | undefined;

/** The extension's database, created on first use (Dexie opens it lazily on the first query). */
export function getCreatorDeskDb(): CreatorDeskDb {
  defaultDb ??= openCreatorDeskDb();
  return defaultDb;
}
