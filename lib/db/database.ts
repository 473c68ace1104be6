/**
 * The extension's IndexedDB database (extension origin). Two contexts write it: the background
 * (captures from Seller Center tabs, page data) and the side panel (imports, restores, the seller's
 * own entries: tiers, terms, costs, outreach, briefs, settings). Dexie's transactions keep them
 * apart; the panel's live queries see both.
 * Schema changes are appended to SCHEMA_VERSIONS, never edited in place: Dexie replays every
 * version in order, so an installed extension upgrades through each step's migration.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import { ROLLUP_TABLES } from '../rollups/fields';
import { BLOCK_TABLES } from '../rollups/blocks';
import { packBlockTables } from './rollup-blocks';
import { rebuildRollupTables, rollupMiddleware } from './rollup-upkeep';
import { fillLastPostDays } from './rollup-post-days';
import type { ContentPiece, Creator } from '../model/entities';
import type { CreatorDeskDbLike } from './tables';
import { linkedTablesOf, mergeSplitCreators } from './merge-split-creators';
import { refuseFutureVersions } from './future-version';
import { DEFAULT_DB_NAME } from './database-names';
import { COPY_TABLES, packTableCopies, tableCopyMiddleware } from './table-copies';

export { DEFAULT_DB_NAME };

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
  {
    // The program chain (collaborations → samples → content → orders), the seller's own records
    // (per-creator program, settings, brief templates), and content by brief.
    version: 2,
    stores: {
      content: 'key, creatorKey, postDate, lastSeen, briefId',
      collaborations: 'id, kind, status, *creatorKeys, lastSeen',
      samples: 'id, creatorKey, creatorHandle, productId, status, lastSeen',
      orders: 'key, orderId, creatorKey, creatorHandle, contentId, createdAt',
      programs: 'creatorKey, acceptedTier',
      settings: 'id',
      briefTemplates: 'id, productId, archived, updatedAt',
    },
    upgrade: async (tx) => {
      // Version 1 builds could store a creator without `sources`/`categories` arrays or a content
      // piece without `productIds`; later code relies on them being arrays.
      await tx.table<Creator>('creators').toCollection().modify((creator) => {
        creator.sources ??= [];
        creator.categories ??= [];
      });
      await tx.table<ContentPiece>('content').toCollection().modify((piece) => {
        piece.productIds ??= [];
      });
    },
  },
  {
    // One record per creator: earlier handles stay findable, and records of one creator that earlier
    // builds kept apart (an id-keyed and a handle-keyed one) are merged, with everything naming them.
    version: 3,
    stores: {
      creators: 'key, creatorId, handle, *formerHandles, lastSeen, updatedAt',
    },
    upgrade: (tx) => mergeSplitCreators(linkedTablesOf(tx)),
  },
  {
    // The weekly review (issue 13): sample cost per product, Spark Ads spend per video, the
    // outreach log. New agreement fields on `programs` are optional: old records need nothing.
    version: 4,
    stores: {
      productCosts: 'productId',
      sparkSpend: 'contentKey, creatorKey',
      outreach: 'id, *creatorKeys, at',
    },
  },
  {
    // Figures pages and export files report for a stated period (Manage creators' last 90 days…),
    // kept per creator, source, period and capture day; creators by where they were seen.
    version: 5,
    stores: {
      creators: 'key, creatorId, handle, *formerHandles, lastSeen, updatedAt, *sources',
      reported: 'id, creatorKey, capturedDay',
    },
  },
  {
    // Per creator, per day rollups of content and orders (lib/rollups), kept on every write by
    // rollup-upkeep.ts; built here once from the pieces and order lines already stored (it reads
    // only `content` and `orders`, so it stays right whatever later versions add).
    version: 6,
    stores: {
      rollups: '[creatorKey+currency+period], period',
      rollupTotals: '[creatorKey+currency]',
      rollupOrderIds: '[creatorKey+currency+period]',
      contentLinks: 'piece',
    },
    upgrade: (tx) => rebuildRollupTables(tx),
  },
  {
    // Team sharing (issue 16, docs/team-sync.md): the key of every changed shared record, written in
    // the same transaction as the change, until the background has handed it to replication.
    version: 7,
    stores: {
      teamOutbox: 'id',
    },
  },
  {
    // Shop eligibility (issue 13): what was known each day about the shop and each product. A new
    // table only: no migration, and nothing here depends on tables added after it.
    version: 8,
    stores: {
      eligibility: 'id, subject, day',
    },
  },
  {
    // The products-sold part of the rollups counted refunded and cancelled lines (a sample's GMV
    // after shipping was larger than the creator's GMV): rebuilt from the stored lines.
    version: 9,
    stores: {},
    upgrade: (tx) => rebuildRollupTables(tx),
  },
  {
    // Analytics that stay fast as history grows (issue 12): the latest post day per period in the
    // content rollup totals, so the panel finds a creator's latest older post without reading
    // older rollup records. No new table or index.
    version: 10,
    stores: {},
    upgrade: (tx) => fillLastPostDays(tx),
  },
  {
    // Order lines are looked up by key, order id and creator only: every other index cost a B-tree
    // write per stored line (a 200,000-line import wrote 600,000 index entries nothing read, issue #15).
    version: 11,
    stores: {
      orders: 'key, orderId, creatorKey',
    },
  },
  {
    // The rollups' read form (issue 12, lib/rollups/blocks.ts): every creator's records of a period
    // packed into one block, and the keys written since (packed in by the background), so the panel
    // reads a handful of records instead of tens of thousands. Packed here from the stored rollups.
    version: 12,
    stores: {
      rollupBlocks: 'period',
      rollupDirty: '++id',
    },
    upgrade: (tx) => packBlockTables(tx),
  },
  {
    // Order lines by the piece they name (issue 15): a piece stored after its orders reads them here,
    // so video links are kept for stored pieces only — a 200,000-line import naming 120,000 pieces
    // not stored read and wrote ~240,000 link records nothing read. The links of pieces not stored go.
    version: 13,
    stores: {
      orders: 'key, orderId, creatorKey, [contentType+contentId]',
    },
    upgrade: (tx) => dropLinksOfPiecesNotStored(tx),
  },
  {
    // Read copies of the plain tables the analysis reads whole (issue 12, table-copies.ts): each
    // table's records in one record, and the keys written since (folded in by the background), so
    // the panel's opening reads five records instead of ~27,000. Packed here from the tables.
    version: 14,
    stores: {
      tableCopies: 'table',
      copyDirty: '++id',
    },
    upgrade: (tx) => packTableCopies(tx),
  },
  {
    // The lines of an order are found by their keys (`<orderId>:…`, a key range per order), so the
    // `orderId` index goes: one index write fewer per stored line (issue 15).
    version: 15,
    stores: {
      orders: 'key, creatorKey, [contentType+contentId]',
    },
  },
  {
    // Rollup blocks hold their cells' figures as one array of 64-bit numbers, laid out as the
    // analysis reads them (issue 12: a fresh panel copies each record's figures instead of decoding
    // them one by one): packed again from the stored rollups.
    version: 16,
    stores: {},
    upgrade: (tx) => packBlockTables(tx),
  },
];

/** Version 13: video links are kept for stored pieces only. */
async function dropLinksOfPiecesNotStored(tx: Transaction): Promise<void> {
  const [linked, stored] = await Promise.all([
    tx.table('contentLinks').toCollection().primaryKeys(),
    tx.table('content').toCollection().primaryKeys(),
  ]);
  const pieces = new Set(stored);
  await tx.table('contentLinks').bulkDelete(linked.filter((key) => !pieces.has(key)));
}

/**
 * Tables derived from others (the rollups, the read copies): never backed up, rebuilt from the
 * records a restore writes.
 */
export const DERIVED_TABLES: readonly string[] = [...ROLLUP_TABLES, ...BLOCK_TABLES, ...COPY_TABLES];

/** This browser's bookkeeping (the team outbox): not the seller's data, never backed up. */
export const LOCAL_ONLY_TABLES: readonly string[] = ['teamOutbox'];

/** Tables a backup leaves out. */
export const NOT_BACKED_UP_TABLES: readonly string[] = [...DERIVED_TABLES, ...LOCAL_ONLY_TABLES];

/** The tables a backup holds: every table but the derived ones and this browser's bookkeeping. */
export function backedUpTables(db: Dexie): Table[] {
  return db.tables.filter((table) => !NOT_BACKED_UP_TABLES.includes(table.name));
}

/** The newest schema version this build knows. */
export const CURRENT_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((step) => step.version));

export type { SettingsRecord } from '../model/entities';
export type { CreatorDeskTables, SnapshotKey, TeamOutboxEntry } from './tables';

/**
 * Dexie typed with the tables of lib/db/tables.ts. The table types live there, not here, so the
 * migrations' helpers can name them without importing this file (which imports them).
 */
const TypedDexie = Dexie as unknown as new (name: string) => CreatorDeskDbLike;

/** Every table's store spec at the newest version: the steps of SCHEMA_VERSIONS folded together, as Dexie folds them. */
export function currentStores(steps: readonly SchemaVersion[] = SCHEMA_VERSIONS): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const step of steps) {
    for (const [table, spec] of Object.entries(step.stores)) {
      if (spec === null) delete stores[table];
      else stores[table] = spec;
    }
  }
  return stores;
}

/** The IndexedDB version of a database at the newest schema version (Dexie keeps schema version × 10). */
export const CURRENT_NATIVE_VERSION = CURRENT_SCHEMA_VERSION * 10;

export class CreatorDeskDb extends TypedDexie {
  /**
   * `installedVersion`: the database's IndexedDB version, when known (the panel's opening read).
   * At the newest version no step's migration can run, so only the newest schema is declared:
   * declaring every step costs Dexie ~25 ms of the panel's opening (each step rebuilds every table's
   * schema). Any other version (older, or unknown) declares every step, migrations and all.
   */
  constructor(name: string = DEFAULT_DB_NAME, installedVersion: number | null = null) {
    super(name);
    this.use(rollupMiddleware);
    this.use(tableCopyMiddleware);
    if (installedVersion === CURRENT_NATIVE_VERSION) {
      this.version(CURRENT_SCHEMA_VERSION).stores(currentStores());
    } else {
      for (const step of SCHEMA_VERSIONS) {
        const version = this.version(step.version).stores(step.stores);
        if (step.upgrade) version.upgrade(step.upgrade);
      }
    }
    refuseFutureVersions(this, CURRENT_SCHEMA_VERSION);
  }
}

/** The database `name`; `installedVersion`: its IndexedDB version when known (see CreatorDeskDb). */
export function openCreatorDeskDb(name: string = DEFAULT_DB_NAME, installedVersion: number | null = null): CreatorDeskDb {
  return new CreatorDeskDb(name, installedVersion);
}

let defaultDb: CreatorDeskDb | undefined;

/** Makes `db` the extension's database in this context (the side panel, once it read which one is active). */
export function setCreatorDeskDb(db: CreatorDeskDb): CreatorDeskDb {
  defaultDb = db;
  return db;
}

/** The extension's database, created on first use (Dexie opens it lazily on the first query). */
export function getCreatorDeskDb(): CreatorDeskDb {
  defaultDb ??= openCreatorDeskDb();
  return defaultDb;
}
