/**
 * Messages between the side panel and the import worker (`entrypoints/import-worker.ts`), which
 * reads export files off the panel's thread. Both sides validate what they receive with zod.
 *
 * The result's rows are checked row by row when they are stored (`parseImportedRows`), in slices, so
 * checking 50,000 rows never freezes the panel; a row that fails is counted as rejected.
 */
import { z } from 'zod';
import { MAX_REJECTED_ROWS_LISTED, RejectedCountSchema, RejectedRowSchema } from '../model/entities';
import { DayPeriodSchema } from '../model/primitives';
import { DECODED_HOWS, EXPORT_KINDS, IMPORT_FORMATS } from '../model/values';
import type { ContentRow, CreatorRow, RejectedCount } from '../model/entities';
import { type ImportedOrderRow, ImportedOrderRowSchema as ImportedOrderRowModel } from '../model/program';
import { ContentRowSchema, CreatorRowSchema } from './row-schemas';
import { nextTask as nextMacrotask } from '../tasks/next-task';

export const ImportRequestSchema = z.object({
  type: z.literal('import'),
  name: z.string().max(1_000),
  data: z.instanceof(ArrayBuffer),
  region: z.string().max(16).optional(),
  /** The `charset` of the file's MIME type, when it has one. */
  charset: z.string().max(40).optional(),
});
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

const Count = z.int().min(0);
const Reason = z.string().max(500);

export const ImportResultEnvelopeSchema = z.object({
  kind: z.enum(EXPORT_KINDS),
  format: z.enum(IMPORT_FORMATS),
  rowsRead: Count,
  merged: Count,
  rejected: z.array(RejectedCountSchema.extend({ reason: Reason })).max(100),
  /** The period the file states for its figures. */
  period: DayPeriodSchema.optional(),
  /** CSV: the encoding its bytes were read in, how it was chosen, characters that could not be read. */
  text: z
    .object({ encoding: z.string().max(40), how: z.enum(DECODED_HOWS), replaced: Count })
    .optional(),
  rejectedRows: z
    .array(RejectedRowSchema.extend({ value: Reason, reason: Reason }))
    .max(MAX_REJECTED_ROWS_LISTED)
    .default([]),
  /** Checked row by row when stored. */
  rows: z.array(z.unknown()),
});
export type ImportResultEnvelope = z.infer<typeof ImportResultEnvelopeSchema>;

/**
 * The panel asks the worker to import a file into the database named `dbName`: read, check and
 * store it there (the panel's thread stays free), noting changes for Team sharing as the panel's
 * outbox control says (`team`).
 */
export const ImportIntoDbRequestSchema = ImportRequestSchema.extend({
  dbName: z.string().min(1).max(200),
  now: z.number(),
  team: z.object({ armed: z.boolean(), readOnly: z.boolean() }),
});
export type ImportIntoDbRequest = z.infer<typeof ImportIntoDbRequestSchema>;

export const IMPORT_PHASES = ['reading', 'checking', 'saving'] as const;

export const ImportProgressSchema = z.object({
  phase: z.enum(IMPORT_PHASES),
  /** 0–100 over the whole import. */
  percent: z.number().min(0).max(100),
  /** Rows stored so far and of how many, while saving. */
  rows: z.object({ done: Count, total: Count }).optional(),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

/** What one import did, as the panel shows it. */
export const ImportSummarySchema = z.object({
  fileName: z.string().max(1_000),
  kind: z.enum(EXPORT_KINDS),
  format: z.enum(IMPORT_FORMATS),
  /** Data rows in the file. */
  rowsRead: Count,
  /** Rows folded into another row of the same file (a video's per-product rows, repeated lines). */
  combinedInFile: Count,
  /** New records. */
  created: Count,
  /** Rows merged into records already stored (changed or not). */
  merged: Count,
  /** Of `merged`, records the file changed. */
  updated: Count,
  /** Creators first seen through a video or order file. */
  creatorsCreated: Count,
  rejected: ImportResultEnvelopeSchema.shape.rejected,
  rejectedTotal: Count,
  /** The period the file states for its figures, when it states one. */
  period: DayPeriodSchema.optional(),
  /** CSV: how its bytes were read, and characters that could not be (shown as �). */
  text: ImportResultEnvelopeSchema.shape.text,
  /** The rows the file reader left out, one by one (row number, value, reason). */
  rejectedRows: z.array(RejectedRowSchema.extend({ value: Reason, reason: Reason })).max(MAX_REJECTED_ROWS_LISTED),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

export const ImportFileOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), summary: ImportSummarySchema }),
  z.object({ ok: z.literal(false), fileName: z.string().max(1_000), error: z.string().min(1).max(2_000) }),
]);
export type ImportFileOutcome = z.infer<typeof ImportFileOutcomeSchema>;

/** The worker sends `progress` as the import advances, then `done` with what it did. */
export const ImportWorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: ImportProgressSchema }),
  z.object({ type: z.literal('done'), outcome: ImportFileOutcomeSchema }),
]);
export type ImportWorkerMessage = z.infer<typeof ImportWorkerMessageSchema>;

const Id = z.string().min(1).max(128);
const Text = z.string().max(256);

/** A row of the Affiliate orders export: the model's `ImportedOrderRow` with its texts bounded. */
export const ImportedOrderRowSchema = ImportedOrderRowModel.extend({
  orderId: Id,
  productId: Id.optional(),
  productName: z.string().max(4_096).optional(),
  skuId: Id.optional(),
  creatorHandle: z.string().max(128).optional(),
  contentId: Id.optional(),
  commissionModel: Text.optional(),
  paymentMethod: Text.optional(),
  status: Text.optional(),
  creatorRegion: z.string().max(64).optional(),
});

export const INVALID_IMPORTED_ROW = 'row could not be read (unexpected values)';

export type ImportedRowsOf = { creators: CreatorRow; videos: ContentRow; orders: ImportedOrderRow };

const ROW_SCHEMAS = { creators: CreatorRowSchema, videos: ContentRowSchema, orders: ImportedOrderRowSchema } as const;


/**
 * Checks every row of a result against its kind's schema, pausing for the event loop (`nextTask`) between
 * slices; rows that fail are left out and counted.
 */
export async function parseImportedRows<K extends keyof ImportedRowsOf>(
  kind: K,
  rows: readonly unknown[],
  onProgress?: (done: number, total: number) => void,
  nextTask: () => Promise<void> = nextMacrotask,
): Promise<{ rows: ImportedRowsOf[K][]; rejected: RejectedCount[] }> {
  const schema = ROW_SCHEMAS[kind] as unknown as z.ZodType<ImportedRowsOf[K]>;
  const valid: ImportedRowsOf[K][] = [];
  let invalid = 0;
  let sliceStart = performance.now();
  for (let index = 0; index < rows.length; index += 1) {
    const parsed = schema.safeParse(rows[index]);
    if (parsed.success) valid.push(parsed.data);
    else invalid += 1;
    if (index % 250 === 249 && performance.now() - sliceStart > 12) {
      onProgress?.(index + 1, rows.length);
      await nextTask();
      sliceStart = performance.now();
    }
  }
  onProgress?.(rows.length, rows.length);
  return { rows: valid, rejected: invalid > 0 ? [{ reason: INVALID_IMPORTED_ROW, count: invalid }] : [] };
}
