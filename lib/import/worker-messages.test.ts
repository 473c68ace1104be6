import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importExportFile } from './index';
import { ImportIntoDbRequestSchema, ImportResultEnvelopeSchema, ImportWorkerMessageSchema, INVALID_IMPORTED_ROW, parseImportedRows } from '../messages/import-worker';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const exportFiles = readdirSync(fixtures).filter((name) => /\.(csv|xlsx)$/.test(name));

describe('import worker messages', () => {
  it.each(exportFiles)('every row the importer makes of %s passes its schema unchanged', async (name) => {
    const bytes = readFileSync(join(fixtures, name));
    const outcome = await importExportFile({ name, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    if ('error' in outcome) throw new Error(outcome.error);
    expect(ImportResultEnvelopeSchema.safeParse(structuredClone(outcome)).success).toBe(true);
    const checked = await parseImportedRows(outcome.kind, outcome.rows);
    expect(checked.rejected).toEqual([]);
    expect(checked.rows).toEqual(outcome.rows);
  });

  it('accepts progress and outcomes, refuses anything else', () => {
    const ok = (message: unknown) => ImportWorkerMessageSchema.safeParse(message).success;
    expect(ok({ type: 'progress', progress: { phase: 'saving', percent: 70, rows: { done: 3, total: 10 } } })).toBe(true);
    expect(ok({ type: 'done', outcome: { ok: false, fileName: 'a.csv', error: 'This file is empty.' } })).toBe(true);
    expect(ok({ type: 'done', outcome: { ok: true, summary: { fileName: 'a.csv', kind: 'payments' } } })).toBe(false);
    expect(ok({ type: 'progress', progress: { phase: 'saving', percent: 101 } })).toBe(false);
    expect(ok({ type: 'rows', rows: [] })).toBe(false);
    expect(ok('done')).toBe(false);
  });

  it('checks the request the worker receives', () => {
    const request = { type: 'import', name: 'a.csv', data: new ArrayBuffer(4), dbName: 'creator-desk', now: 1, team: { armed: false, readOnly: false } };
    expect(ImportIntoDbRequestSchema.safeParse(request).success).toBe(true);
    expect(ImportIntoDbRequestSchema.safeParse({ ...request, dbName: '' }).success).toBe(false);
    expect(ImportIntoDbRequestSchema.safeParse({ ...request, data: 'text' }).success).toBe(false);
  });

  it('leaves out and counts rows that do not match their kind', async () => {
    const checked = await parseImportedRows('videos', [{ contentId: '1', type: 'video', metrics: {} }, { contentId: '', type: 'video', metrics: {} }, null]);
    expect(checked.rows).toHaveLength(1);
    expect(checked.rejected).toEqual([{ reason: INVALID_IMPORTED_ROW, count: 2 }]);
  });
});
