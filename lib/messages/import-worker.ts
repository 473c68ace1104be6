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

/** Rows per `rows` message: receiving one costs the panel a few milliseconds, never a long freeze. */
export const ROWS_PER_WORKER_MESSAGE = 2_000;

/**
 * The worker sends `progress` while reading, then the rows in `rows` messages of at most
 * ROWS_PER_WORKER_MESSAGE, then `result` (its `rows` empty: they came before) or `{ error }`.
 */
export const ImportWorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: z.number().min(0), total: z.number().min(0) }),
  z.object({ type: z.literal('rows'), rows: z.array(z.unknown()).max(ROWS_PER_WORKER_MESSAGE) }),
  z.object({
    type: z.literal('result'),
    outcome: z.union([z.object({ error: z.string().min(1).max(2_000) }), ImportResultEnvelopeSchema]),
  }),
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

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Checks every row of a result against its kind's schema, pausing for the event loop between
 * slices; rows that fail are left out and counted.
 */
export async function parseImportedRows<K extends keyof ImportedRowsOf>(
  kind: K,
  rows: readonly unknown[],
  onProgress?: (done: number, total: number) => void,
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

export type ParsedWorkerMessage = { ok: true; message: ImportWorkerMessage } | { ok: false; reason: string };

export function parseImportWorkerMessage(input: unknown): ParsedWorkerMessage {
  const parsed = ImportWorkerMessageSchema.safeParse(input);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `Invalid import worker message (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown shape'})` };
}
