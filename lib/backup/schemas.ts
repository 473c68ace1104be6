/**
 * zod schemas for every stored record, as found in a backup file. The fields the extension relies
 * on are checked (types, required keys, finite numbers); fields this version does not know are
 * kept as they are (`looseObject`), so a restore never silently drops part of what was backed up.
 * Arrays that version 1 builds could leave out get their default, as the schema-2 migration does.
 * Unlike the content-script schemas there are no length limits: this is the seller's own data.
 */
import { z } from 'zod';
import { briefTemplateSchema } from '../briefs/model';
import { CaptureLogEntrySchema, ContentPieceSchema, CreatorSchema, MetricSnapshotSchema, SettingsRecordSchema } from '../model/entities';
import { QuantitySchema } from '../model/primitives';
import { AffiliateOrderSchema, CollaborationSchema, CreatorProgramSchema, SampleRequestSchema } from '../model/program';
import { ReportedFiguresSchema } from '../model/reported';
import { EligibilityRecordSchema } from '../model/eligibility';
import { OutreachEntrySchema, ProductCostSchema, SparkSpendSchema } from '../model/review';

/*
 * Each record schema is the model's (lib/model) made loose, with the few changes a backup needs:
 * metric names are not restricted (a later version may know more metrics) and arrays that
 * version 1 builds could leave out get their default.
 */
const Strings = z.array(z.string());
const Metrics = z.record(z.string(), QuantitySchema);

export const CreatorRecord = CreatorSchema.extend({
  categories: Strings.default([]),
  sources: Strings.default([]),
  metrics: Metrics,
}).loose();

export const ContentRecord = ContentPieceSchema.extend({ productIds: Strings.default([]), metrics: Metrics }).loose();

export const SnapshotRecord = MetricSnapshotSchema.extend({ metrics: Metrics }).loose();

/** Log entries of a backup always have their id. */
export const CaptureLogRecord = CaptureLogEntrySchema.extend({ id: z.int().positive() }).loose();

export const CollaborationRecord = CollaborationSchema.loose();
export const SampleRecord = SampleRequestSchema.loose();
export const OrderRecord = AffiliateOrderSchema.loose();
export const ProgramRecord = CreatorProgramSchema.loose();

export const SettingsRecord = SettingsRecordSchema.loose();

/** Figures a page or file reported for a stated period (lib/model/reported.ts). */
export const ReportedRecord = ReportedFiguresSchema.extend({ metrics: Metrics }).loose();

export const ProductCostRecord = ProductCostSchema.loose();
export const SparkSpendRecord = SparkSpendSchema.loose();
export const OutreachRecord = OutreachEntrySchema.loose();
export const EligibilityRecord = EligibilityRecordSchema.loose();

/** Any record of a table this file has no schema for: an object, nothing more is known. */
export const UnknownRecord = z.record(z.string(), z.unknown());

/** The schema of each table's records, by table name. */
export const RECORD_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  creators: CreatorRecord,
  content: ContentRecord,
  snapshots: SnapshotRecord,
  captureLog: CaptureLogRecord,
  collaborations: CollaborationRecord,
  samples: SampleRecord,
  orders: OrderRecord,
  programs: ProgramRecord,
  settings: SettingsRecord,
  briefTemplates: briefTemplateSchema,
  reported: ReportedRecord,
  productCosts: ProductCostRecord,
  sparkSpend: SparkSpendRecord,
  outreach: OutreachRecord,
  eligibility: EligibilityRecord,
};

export function recordSchemaFor(table: string): z.ZodType {
  return RECORD_SCHEMAS[table] ?? UnknownRecord;
}
