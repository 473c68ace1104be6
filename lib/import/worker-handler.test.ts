import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ImportWorkerMessage, parseImportWorkerMessage, ROWS_PER_WORKER_MESSAGE } from '../messages/import-worker';
import { importExportFile } from './import-file';
import { BAD_IMPORT_REQUEST, handleImportRequest } from './worker-handler';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function bytesOf(text: string): ArrayBuffer {
  const bytes = new TextEncoder().encode(text);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function run(data: unknown, now?: () => number): Promise<ImportWorkerMessage[]> {
  const posted: ImportWorkerMessage[] = [];
  await handleImportRequest(data, (message) => posted.push(message), now);
  for (const message of posted) expect(parseImportWorkerMessage(structuredClone(message)).ok).toBe(true);
  return posted;
}

describe('handleImportRequest', () => {
  it('answers a malformed request with an error result only', async () => {
    expect(await run({ type: 'import', name: 'a.csv', data: 'text' })).toEqual([{ type: 'result', outcome: { error: BAD_IMPORT_REQUEST } }]);
    expect(await run(null)).toEqual([{ type: 'result', outcome: { error: BAD_IMPORT_REQUEST } }]);
  });

  it('passes a file error on as the result', async () => {
    const posted = await run({ type: 'import', name: 'empty.csv', data: bytesOf('') });
    expect(posted.at(-1)).toMatchObject({ type: 'result', outcome: { error: expect.any(String) } });
  });

  it('sends what the importer read: rows first, then the counts with no rows', async () => {
    const text = readFileSync(join(fixtures, 'videos.csv'), 'utf8');
    const expected = await importExportFile({ name: 'videos.csv', data: bytesOf(text) });
    if ('error' in expected) throw new Error(expected.error);
    const posted = await run({ type: 'import', name: 'videos.csv', data: bytesOf(text) });
    const rows = posted.flatMap((message) => (message.type === 'rows' ? message.rows : []));
    const { rows: expectedRows, ...counts } = expected;
    expect(rows).toEqual(expectedRows);
    expect(posted.at(-1)).toEqual({ type: 'result', outcome: { ...counts, rows: [] } });
  });

  it('slices many rows into messages of at most ROWS_PER_WORKER_MESSAGE', async () => {
    const count = ROWS_PER_WORKER_MESSAGE * 2 + 5;
    const lines = ['Creator name,Followers'];
    for (let index = 0; index < count; index += 1) lines.push(`creator_${index},${index + 1}`);
    const posted = await run({ type: 'import', name: 'creators.csv', data: bytesOf(lines.join('\n')) });
    const slices = posted.filter((message) => message.type === 'rows').map((message) => message.rows.length);
    expect(slices).toEqual([ROWS_PER_WORKER_MESSAGE, ROWS_PER_WORKER_MESSAGE, 5]);
  });

  it('throttles progress but always reports the end', async () => {
    const text = readFileSync(join(fixtures, 'videos.csv'), 'utf8');
    const posted = await run({ type: 'import', name: 'videos.csv', data: bytesOf(text) }, () => 10);
    const progress = posted.filter((message) => message.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    const last = progress.at(-1);
    expect(last?.type === 'progress' && last.done === last.total).toBe(true);
  });
});
