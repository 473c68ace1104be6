import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { CreatorDeskDb } from '../../lib/db/database';
import { freshDb } from '../../lib/db/test-helpers';
import { FILE_ERROR } from '../../lib/import/messages';
import { DbProvider } from '../db/DbContext';
import { until } from '../testing/render-panel';
import { importFileIntoDb, type ImportProgress } from './import-runner';
import { ImportPanel } from './ImportPanel';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lib', 'import', 'fixtures');
const fixtureFile = (name: string) => new File([readFileSync(join(fixtures, name))], name);

let db: CreatorDeskDb;
let container: HTMLDivElement;
let root: Root;

beforeEach(async () => {
  db = freshDb();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<DbProvider db={db}><ImportPanel /></DbProvider>));
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  await db.delete();
});

async function chooseFiles(files: File[]): Promise<void> {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const text = (testId: string, within: ParentNode = container) => within.querySelector(`[data-testid="${testId}"]`)?.textContent;

describe('ImportPanel', () => {
  it('has a labelled file input for .xlsx and .csv and a drop area', () => {
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.accept).toContain('.xlsx');
    expect(input.accept).toContain('.csv');
    expect(container.querySelector(`label[for="${input.id}"]`)?.textContent).toContain('Choose files');
    expect(container.querySelector('[data-testid="import-drop-zone"]')?.textContent).toContain('Drop Creator data, Video data or Affiliate orders exports here');
  });

  it('imports a file and shows what happened', async () => {
    await chooseFiles([fixtureFile('videos.csv')]);
    await until(() => expect(container.querySelector('[data-testid="import-summary"]')).not.toBeNull());
    const summary = container.querySelector('[data-testid="import-summary"]')!;
    expect(summary.textContent).toContain('videos.csv: Video data export (.csv) imported.');
    const created = Number(text('import-created', summary));
    expect(created).toBe(await db.content.count());
    expect(created).toBeGreaterThan(0);
    expect(text('import-merged', summary)).toBe('0');
    expect(container.querySelector('[role="progressbar"]')).toBeNull();

    // The same file again: everything merges, nothing new.
    await chooseFiles([fixtureFile('videos.csv')]);
    await until(() => expect(container.querySelectorAll('[data-testid="import-summary"]')).toHaveLength(2));
    const latest = container.querySelector('[data-testid="import-summary"]')!;
    expect(text('import-created', latest)).toBe('0');
    expect(Number(text('import-merged', latest))).toBe(created);
  });

  it('reads a UTF-8 file with one stray Latin-1 byte as UTF-8, and never overwrites a stored name with �', async () => {
    const utf8 = (text: string) => [...new TextEncoder().encode(text)];
    const csv = (displayNameOfLeo: number[]) =>
      new File([Uint8Array.from([...utf8('Creator username,Creator name,Followers\nbella.rose,Café Bella 😀,1200\nleo.m,'), ...displayNameOfLeo, ...utf8(',800\n')])], 'creators.csv', { type: 'text/csv' });
    await chooseFiles([csv(utf8('Léo Martin'))]);
    await until(() => expect(container.querySelector('[data-testid="import-summary"]')).not.toBeNull());

    // The same export again, one "é" of it saved as Latin-1 (0xE9) by some editor.
    await chooseFiles([csv([...utf8('L'), 0xe9, ...utf8('o Martin')])]);
    await until(() => expect(container.querySelectorAll('[data-testid="import-summary"]')).toHaveLength(2));
    const latest = container.querySelector('[data-testid="import-summary"]')!;
    expect(text('import-replaced', latest)).toBe('1');
    expect(text('import-encoding', latest)).toMatch(/^Read as UTF-8: the file is UTF-8 apart from a few bytes\. 1 character could not be read/);
    expect(text('import-merged', latest)).toBe('2');
    expect(latest.textContent).toContain('(0 updated)');
    const names = (await db.creators.toArray()).map((creator) => creator.displayName).sort();
    expect(names).toEqual(['Café Bella 😀', 'Léo Martin']);
  });

  it('says why a file that is not an export was refused, and stores nothing', async () => {
    await chooseFiles([new File(['name,colour\nsam,blue\n'], 'notes.csv'), new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], 'photo.png')]);
    await until(() => expect(container.querySelectorAll('[data-testid="import-error"]')).toHaveLength(2));
    const [image, notes] = [...container.querySelectorAll('[data-testid="import-error"]')];
    expect(notes?.textContent).toContain('notes.csv was not imported.');
    expect(notes?.textContent).toContain(FILE_ERROR.unknownColumns);
    expect(notes?.textContent).toContain('Nothing was changed.');
    expect(image?.textContent).toContain(FILE_ERROR.imageOrPdf);
    expect(await db.creators.count()).toBe(0);
    expect(await db.content.count()).toBe(0);
  });
});

describe('importFileIntoDb', () => {
  it('reports progress through reading, checking and saving, ending at 100%', async () => {
    const progress: ImportProgress[] = [];
    const outcome = await importFileIntoDb(db, fixtureFile('orders-us.xlsx'), { onProgress: (p) => progress.push(p) });
    expect(outcome.ok).toBe(true);
    expect(progress[0]).toMatchObject({ phase: 'reading', percent: 0 });
    expect(progress.at(-1)).toMatchObject({ phase: 'saving', percent: 100 });
    const percents = progress.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['reading', 'checking', 'saving']));
  });

  it('counts rows the worker sent that fail their schema as rejected', async () => {
    const outcome = await importFileIntoDb(db, fixtureFile('creators-affiliate.csv'), {
      read: async () => ({ kind: 'creators', format: 'csv', rowsRead: 3, merged: 0, rejected: [{ reason: 'no creator name', count: 1 }], rows: [{ handle: 'ok', metrics: {} }, { handle: 42, metrics: {} }] }) as never,
    });
    expect(outcome).toMatchObject({
      ok: true,
      summary: { created: 1, rejectedTotal: 2, rejected: expect.arrayContaining([{ reason: 'no creator name', count: 1 }, { reason: expect.stringMatching(/could not be read/), count: 1 }]) },
    });
  });

  it('refuses a malformed worker result without storing anything', async () => {
    const outcome = await importFileIntoDb(db, fixtureFile('creators-affiliate.csv'), { read: async () => ({ kind: 'spreadsheets' }) as never });
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/stopped unexpectedly/) });
    expect(await db.creators.count()).toBe(0);
  });

  it('stores nothing and says so when the database refuses the write', async () => {
    vi.spyOn(db.creators, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const outcome = await importFileIntoDb(db, fixtureFile('creators-creator.xlsx'));
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/storage is full\. Nothing was imported/) });
    vi.restoreAllMocks();
    expect(await db.creators.count()).toBe(0);
  });
});
