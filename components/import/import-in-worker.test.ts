import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreatorDeskDb } from '../../lib/db/database';
import { freshDbPerTest } from '../../lib/db/test-helpers';
import { type ImportWorkerMessage, ImportWorkerMessageSchema } from '../../lib/messages/import-worker';
import { installTeamOutbox } from '../../lib/team/outbox';
import { BAD_IMPORT_REQUEST, handleImportIntoDb } from './import-in-worker';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lib', 'import', 'fixtures');
const db = freshDbPerTest();

function bytesOf(name: string): ArrayBuffer {
  const bytes = readFileSync(join(fixtures, name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Runs the worker's handler against the test's database (opened by name, as the worker does). */
async function run(data: unknown): Promise<ImportWorkerMessage[]> {
  const posted: ImportWorkerMessage[] = [];
  await handleImportIntoDb(data, (message) => posted.push(message), (name, team) => {
    const opened = new CreatorDeskDb(name);
    Object.assign(installTeamOutbox(opened), team);
    return opened;
  });
  for (const message of posted) expect(ImportWorkerMessageSchema.safeParse(structuredClone(message)).success).toBe(true);
  return posted;
}

const request = (name: string, armed = false) => ({
  type: 'import',
  name,
  data: bytesOf(name),
  dbName: db().name,
  now: Date.UTC(2026, 3, 5),
  team: { armed, readOnly: false },
});

describe('the import worker', () => {
  it('answers a malformed request with an error only', async () => {
    expect(await run({ type: 'import', name: 'a.csv', data: 'text' })).toEqual([{ type: 'done', outcome: { ok: false, fileName: '', error: BAD_IMPORT_REQUEST } }]);
    expect(await run(null)).toHaveLength(1);
  });

  it('reads, checks and stores the file into the database named, with progress through each phase', async () => {
    const posted = await run(request('orders-uk.csv'));
    const phases = posted.flatMap((message) => (message.type === 'progress' ? [message.progress.phase] : []));
    expect(phases[0]).toBe('reading');
    expect(phases).toContain('saving');
    expect(phases.indexOf('saving')).toBeGreaterThan(phases.lastIndexOf('reading'));
    const done = posted.at(-1);
    if (done?.type !== 'done' || !done.outcome.ok) throw new Error('no summary');
    expect(done.outcome.summary).toMatchObject({ fileName: 'orders-uk.csv', kind: 'orders', format: 'csv' });
    expect(done.outcome.summary.created).toBeGreaterThan(0);
    expect(await db().orders.count()).toBe(done.outcome.summary.created);
  });

  it('notes the changes for Team sharing when the panel says Team is on, and only then', async () => {
    await run(request('videos.csv'));
    expect(await db().teamOutbox.count()).toBe(0);
    await run(request('orders-uk.csv', true));
    expect(await db().teamOutbox.count()).toBeGreaterThan(0);
  });

  it('passes a file error on as the outcome, storing nothing', async () => {
    const posted = await run({ ...request('videos.csv'), name: 'empty.csv', data: new ArrayBuffer(0) });
    expect(posted.at(-1)).toMatchObject({ type: 'done', outcome: { ok: false, fileName: 'empty.csv' } });
    expect(await db().content.count()).toBe(0);
  });
});
