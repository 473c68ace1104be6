import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importExportFile } from './index';
import { ImportRequestSchema, INVALID_IMPORTED_ROW, parseImportedRows, parseImportWorkerMessage } from '../messages/import-worker';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const exportFiles = readdirSync(fixtures).filter((name) => /\.(csv|xlsx)$/.test(name));

describe('import worker messages', () => {
  it.each(exportFiles)('every row the importer makes of %s passes its schema unchanged', async (name) => {
    const bytes = readFileSync(join(fixtures, name));
    const outcome = await importExportFile({ name, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    if ('error' in outcome) throw new Error(outcome.error);
    const message = parseImportWorkerMessage(structuredClone({ type: 'result', outcome }));
    expect(message.ok).toBe(true);
    const checked = await parseImportedRows(outcome.kind, outcome.rows);
    expect(checked.rejected).toEqual([]);
    expect(checked.rows).toEqual(outcome.rows);
  });

  it('accepts progress and error results, refuses anything else', () => {
    expect(parseImportWorkerMessage({ type: 'progress', done: 3, total: 10 })).toMatchObject({ ok: true });
    expect(parseImportWorkerMessage({ type: 'result', outcome: { error: 'This file is empty.' } })).toMatchObject({ ok: true });
    expect(parseImportWorkerMessage({ type: 'result', outcome: { kind: 'payments', rows: [] } })).toMatchObject({ ok: false });
    expect(parseImportWorkerMessage({ type: 'progress', done: -1, total: 1 })).toMatchObject({ ok: false });
    expect(parseImportWorkerMessage('done')).toMatchObject({ ok: false, reason: expect.stringMatching(/^Invalid import worker message/) });
  });

  it('checks the request the worker receives', () => {
    expect(ImportRequestSchema.safeParse({ type: 'import', name: 'a.csv', data: new ArrayBuffer(4) }).success).toBe(true);
    expect(ImportRequestSchema.safeParse({ type: 'import', name: 'a.csv', data: 'text' }).success).toBe(false);
  });

  it('leaves out and counts rows that do not match their kind', async () => {
    const checked = await parseImportedRows('videos', [{ contentId: '1', type: 'video', metrics: {} }, { contentId: '', type: 'video', metrics: {} }, null]);
    expect(checked.rows).toHaveLength(1);
    expect(checked.rejected).toEqual([{ reason: INVALID_IMPORTED_ROW, count: 2 }]);
  });
});
