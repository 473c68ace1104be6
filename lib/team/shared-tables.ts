/**
 * What a team shares (docs/team-sync.md): each shared Dexie table, its layer, and how a record's
 * natural key becomes a CouchDB document id. The same creator (content piece, order line…) captured
 * in two browsers gets the same id, so replication deduplicates it.
 */
import type { Table } from 'dexie';
import type { CreatorDeskDb } from '../db/database';

/** `captured`: read from Seller Center (merged per field); `team`: the seller's own decisions (newest edit wins). */
export type SharedLayer = 'captured' | 'team';

export interface SharedTable {
  table: string;
  layer: SharedLayer;
  /** Document id prefix, ending in `:`. */
  prefix: string;
  /** The record's primary key (as Dexie stores it). */
  keyOf(record: Record<string, unknown>): unknown;
  /** The key → the id's suffix. */
  idOf(key: unknown): string;
  /** When false, this record of the table is not shared (settings that belong to one person). */
  shares?(key: unknown): boolean;
}

const text = (key: unknown): string => String(key);
const field = (name: string) => (record: Record<string, unknown>) => record[name];

/**
 * Settings records a team shares: thresholds, custom brief check rules, the default sample cost, the
 * eligibility thresholds and shop category, the shop's currency. One person's display choices
 * (`display`: language and number format) and the page-data switch stay in their browser.
 */
export const SHARED_SETTINGS_IDS: readonly string[] = ['settings', 'brief-checks', 'costs', 'eligibility', 'shop'];

export const SHARED_TABLES: readonly SharedTable[] = [
  { table: 'creators', layer: 'captured', prefix: 'creator:', keyOf: field('key'), idOf: text },
  { table: 'content', layer: 'captured', prefix: 'content:', keyOf: field('key'), idOf: text },
  { table: 'orders', layer: 'captured', prefix: 'order:', keyOf: field('key'), idOf: text },
  {
    table: 'snapshots',
    layer: 'captured',
    prefix: 'snapshot:',
    keyOf: (record) => [record.creatorKey, record.day],
    idOf: (key) => (key as [string, string]).join(':'),
  },
  { table: 'collaborations', layer: 'captured', prefix: 'collaboration:', keyOf: field('id'), idOf: text },
  { table: 'samples', layer: 'captured', prefix: 'sample:', keyOf: field('id'), idOf: text },
  // Reported-figure ids separate their parts with U+0000, which has no place in a URL.
  { table: 'reported', layer: 'captured', prefix: 'reported:', keyOf: field('id'), idOf: (key) => String(key).replaceAll('\u0000', '|') },
  // Shop eligibility per subject (the shop, a product) and day, from Seller Center pages, import files
  // or typed in the panel: merged like captures, each figure by when it was reported.
  { table: 'eligibility', layer: 'captured', prefix: 'eligibility:', keyOf: field('id'), idOf: (key) => String(key).replaceAll('\u0000', '|') },
  { table: 'programs', layer: 'team', prefix: 'program:', keyOf: field('creatorKey'), idOf: text },
  { table: 'outreach', layer: 'team', prefix: 'outreach:', keyOf: field('id'), idOf: text },
  { table: 'briefTemplates', layer: 'team', prefix: 'brief:', keyOf: field('id'), idOf: text },
  { table: 'productCosts', layer: 'team', prefix: 'cost:', keyOf: field('productId'), idOf: text },
  { table: 'sparkSpend', layer: 'team', prefix: 'spark:', keyOf: field('contentKey'), idOf: text },
  {
    table: 'settings',
    layer: 'team',
    prefix: 'settings:',
    keyOf: field('id'),
    idOf: text,
    shares: (key) => SHARED_SETTINGS_IDS.includes(String(key)),
  },
];

const BY_TABLE = new Map(SHARED_TABLES.map((shared) => [shared.table, shared]));

export function sharedTable(table: string): SharedTable | undefined {
  return BY_TABLE.get(table);
}

/** The team document id of a record of `table`, or null when that record is not shared. */
export function docIdFor(table: string, key: unknown): string | null {
  const shared = BY_TABLE.get(table);
  if (!shared || (shared.shares && !shared.shares(key))) return null;
  return shared.prefix + shared.idOf(key);
}

/** The shared table a document id belongs to (by its prefix). */
export function sharedTableOfDocId(id: string): SharedTable | undefined {
  return SHARED_TABLES.find((shared) => id.startsWith(shared.prefix));
}

/** The Dexie table by name (the shared tables are all declared on `CreatorDeskDb`). */
export function dexieTable(db: CreatorDeskDb, table: string): Table<Record<string, unknown>, unknown> {
  return db.table(table) as Table<Record<string, unknown>, unknown>;
}
