/**
 * The tables of the extension's database and the type of each one's records: what
 * `CreatorDeskDb` (database.ts) is typed with. Types only.
 */
import type Dexie from 'dexie';
import type { EntityTable, Table } from 'dexie';
import type { BriefTemplate } from '../briefs/model';
import type { CaptureLogEntry, ContentPiece, Creator, MetricSnapshot, SettingsRecord } from '../model/entities';
import type { AffiliateOrder, Collaboration, CreatorProgram, SampleRequest } from '../model/program';
import type { EligibilityRecord } from '../model/eligibility';
import type { ReportedFigures } from '../model/reported';
import type { OutreachEntry, ProductCost, SparkSpend } from '../model/review';
import type { ContentLinks, RollupOrderIds, RollupRecord, RollupTotals } from '../rollups/fields';
import type { RollupBlock, RollupDirty, RollupTotalsBlock } from '../rollups/blocks';
import type { CopyDirty, TableCopy } from './table-copies';

/** Compound primary key of `snapshots`: one row per creator per local calendar day. */
export type SnapshotKey = [creatorKey: string, day: string];

/** A shared record changed here and not yet handed to team replication (`teamOutbox`). */
export interface TeamOutboxEntry {
  /** The record's team document id (`program:id:123`): one entry per record, however often it changes. */
  id: string;
  table: string;
  key: unknown;
  /** Bumped by every change: the entry is removed only if no change came after it was read. */
  seq: number;
}

export interface CreatorDeskTables {
  creators: EntityTable<Creator, 'key'>;
  content: EntityTable<ContentPiece, 'key'>;
  snapshots: Table<MetricSnapshot, SnapshotKey>;
  captureLog: EntityTable<CaptureLogEntry, 'id'>;
  collaborations: EntityTable<Collaboration, 'id'>;
  samples: EntityTable<SampleRequest, 'id'>;
  orders: EntityTable<AffiliateOrder, 'key'>;
  programs: EntityTable<CreatorProgram, 'creatorKey'>;
  settings: Table<SettingsRecord, string>;
  briefTemplates: EntityTable<BriefTemplate, 'id'>;
  reported: EntityTable<ReportedFigures, 'id'>;
  rollups: Table<RollupRecord, [string, string, number]>;
  rollupTotals: Table<RollupTotals, [string, string]>;
  rollupOrderIds: Table<RollupOrderIds, [string, string, number]>;
  contentLinks: Table<ContentLinks, string>;
  rollupBlocks: Table<RollupBlock | RollupTotalsBlock, number>;
  rollupDirty: Table<RollupDirty, number>;
  tableCopies: Table<TableCopy, string>;
  copyDirty: Table<CopyDirty, number>;
  productCosts: EntityTable<ProductCost, 'productId'>;
  sparkSpend: EntityTable<SparkSpend, 'contentKey'>;
  outreach: EntityTable<OutreachEntry, 'id'>;
  teamOutbox: EntityTable<TeamOutboxEntry, 'id'>;
  eligibility: EntityTable<EligibilityRecord, 'id'>;
}

/** The database as its helpers see it: Dexie with these tables. */
export type CreatorDeskDbLike = Dexie & CreatorDeskTables;
