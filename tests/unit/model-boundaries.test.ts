/**
 * Every field of an entity crosses every boundary: what a content script sends, what the import
 * worker hands over and what a backup holds are derived from lib/model's schemas. This fails — at
 * compile time (`npm run typecheck`) and when run — if a derived schema lacks a field of its entity,
 * or if a table a backup holds has no backup schema.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { RECORD_SCHEMAS } from '../../lib/backup/schemas';
import * as backup from '../../lib/backup/schemas';
import { backedUpTables, openCreatorDeskDb } from '../../lib/db/database';
import * as importWorker from '../../lib/messages/import-worker';
import * as rows from '../../lib/messages/row-schemas';
import * as entities from '../../lib/model/entities';
import * as program from '../../lib/model/program';
import * as reported from '../../lib/model/reported';
import * as review from '../../lib/model/review';

type Shaped = { shape: Record<string, unknown> };
/** The entity's fields the derived schema does not declare (never, when it declares them all). */
type Missing<Entity extends Shaped, Derived extends Shaped> = Exclude<keyof Entity['shape'], keyof Derived['shape']>;

const boundaries = {
  'creator row → message': [entities.CreatorRowSchema, rows.CreatorRowSchema],
  'content row → message': [entities.ContentRowSchema, rows.ContentRowSchema],
  'collaboration row → message': [entities.CollaborationRowSchema, rows.CollaborationRowSchema],
  'sample row → message': [entities.SampleRowSchema, rows.SampleRowSchema],
  'order row → message': [entities.OrderRowSchema, rows.OrderRowSchema],
  'imported order row → import worker': [program.ImportedOrderRowSchema, importWorker.ImportedOrderRowSchema],
  'creator → backup': [entities.CreatorSchema, backup.CreatorRecord],
  'content piece → backup': [entities.ContentPieceSchema, backup.ContentRecord],
  'snapshot → backup': [entities.MetricSnapshotSchema, backup.SnapshotRecord],
  'capture log → backup': [entities.CaptureLogEntrySchema, backup.CaptureLogRecord],
  'settings → backup': [entities.SettingsRecordSchema, backup.SettingsRecord],
  'collaboration → backup': [program.CollaborationSchema, backup.CollaborationRecord],
  'sample request → backup': [program.SampleRequestSchema, backup.SampleRecord],
  'order line → backup': [program.AffiliateOrderSchema, backup.OrderRecord],
  'program → backup': [program.CreatorProgramSchema, backup.ProgramRecord],
  'reported figures → backup': [reported.ReportedFiguresSchema, backup.ReportedRecord],
  'product cost → backup': [review.ProductCostSchema, backup.ProductCostRecord],
  'Spark Ads spend → backup': [review.SparkSpendSchema, backup.SparkSpendRecord],
  'outreach entry → backup': [review.OutreachEntrySchema, backup.OutreachRecord],
} satisfies Record<string, [Shaped, Shaped]>;

describe('every field of an entity crosses its boundaries', () => {
  it.each(Object.entries(boundaries))('%s', (_name, [entity, derived]) => {
    expect(Object.keys(entity.shape).filter((key) => !(key in derived.shape))).toEqual([]);
  });

  it('every table a backup holds has a backup schema (derived tables, rebuilt on restore, are not backed up)', () => {
    const db = openCreatorDeskDb('model-boundaries');
    expect(backedUpTables(db).map((table) => table.name).filter((name) => !(name in RECORD_SCHEMAS))).toEqual([]);
  });

  it('holds at compile time too: a field missing from a derived schema is a type error', () => {
    expectTypeOf<Missing<typeof entities.CreatorRowSchema, typeof rows.CreatorRowSchema>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof entities.ContentRowSchema, typeof rows.ContentRowSchema>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof entities.CollaborationRowSchema, typeof rows.CollaborationRowSchema>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof entities.SampleRowSchema, typeof rows.SampleRowSchema>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof entities.OrderRowSchema, typeof rows.OrderRowSchema>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof program.ImportedOrderRowSchema, typeof importWorker.ImportedOrderRowSchema>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof entities.CreatorSchema, typeof backup.CreatorRecord>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof entities.ContentPieceSchema, typeof backup.ContentRecord>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof entities.MetricSnapshotSchema, typeof backup.SnapshotRecord>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof entities.CaptureLogEntrySchema, typeof backup.CaptureLogRecord>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof program.CollaborationSchema, typeof backup.CollaborationRecord>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof program.SampleRequestSchema, typeof backup.SampleRecord>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof program.AffiliateOrderSchema, typeof backup.OrderRecord>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof program.CreatorProgramSchema, typeof backup.ProgramRecord>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof reported.ReportedFiguresSchema, typeof backup.ReportedRecord>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<typeof review.OutreachEntrySchema, typeof backup.OutreachRecord>>().toEqualTypeOf<never>();
  });

  it('what crosses a boundary is a valid entity: message rows parse into the model types', () => {
    expectTypeOf<z.output<typeof rows.CreatorRowSchema>>().toExtend<entities.CreatorRow>();
    expectTypeOf<z.output<typeof rows.ContentRowSchema>>().toExtend<entities.ContentRow>();
    expectTypeOf<z.output<typeof rows.CollaborationRowSchema>>().toExtend<entities.CollaborationRow>();
    expectTypeOf<z.output<typeof rows.SampleRowSchema>>().toExtend<entities.SampleRow>();
    expectTypeOf<z.output<typeof rows.OrderRowSchema>>().toExtend<entities.OrderRow>();
    expectTypeOf<z.output<typeof importWorker.ImportedOrderRowSchema>>().toExtend<program.ImportedOrderRow>();
  });
});
