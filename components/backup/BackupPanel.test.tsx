import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { BACKUP_ERROR } from '../../lib/backup';
import { dumpDatabase, fillDatabase } from '../../lib/db/test-data';
import type { CreatorDeskDb } from '../../lib/db/database';
import type { DatabaseHost } from '../../lib/db/database-host';
import { freshDb, hostOver } from '../../lib/db/test-helpers';
import { DbProvider, RestoreProvider } from '../db/DbContext';
import { button, until } from '../testing/render-panel';
import { BackupPanel } from './BackupPanel';

let db: CreatorDeskDb;
/** Stands in for the background, which holds the database and swaps the restored one in. */
let host: DatabaseHost;
let swapped: string[];
let container: HTMLDivElement;
let root: Root;
let downloads: { blob: Blob; fileName: string }[];

beforeEach(async () => {
  db = freshDb();
  host = hostOver(db);
  await host.ready();
  swapped = [];
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ blob: blobs.get(this.href)!, fileName: this.download });
  });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<DbProvider db={db}><RestoreProvider wiring={{ restore: host, swapped: (text) => swapped.push(text) }}><BackupPanel /></RestoreProvider></DbProvider>));
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  vi.restoreAllMocks();
  await db.delete();
  if (host.current() !== db) await host.current().delete();
});

async function chooseFile(file: File): Promise<void> {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const message = () => container.querySelector('[data-testid="backup-message"]')?.textContent ?? '';
const error = () => container.querySelector('[data-testid="backup-error"]')?.textContent ?? '';

describe('BackupPanel', () => {
  it('downloads the whole database and restores it after confirmation', async () => {
    await fillDatabase(db, { creators: 12, content: 30, orders: 8 });
    const original = await dumpDatabase(db);

    await act(async () => button('Download backup', container).click());
    await until(() => expect(message()).toMatch(/^Downloaded creator-desk-backup-\d{4}-\d{2}-\d{2}\.json: 12 creators, 30 videos and LIVEs/));
    expect(downloads).toHaveLength(1);
    const backupText = await downloads[0]!.blob.text();

    // Data changes after the backup; restoring brings back exactly what was backed up.
    await db.creators.clear();
    await db.orders.put({ ...(original.orders![0] as object), key: 'new:line' } as never);

    await chooseFile(new File([backupText], downloads[0]!.fileName, { type: 'application/json' }));
    await until(() => expect(container.querySelector('[aria-label="Confirm restore"]')).not.toBeNull());
    const confirm = container.querySelector('[aria-label="Confirm restore"]')!;
    expect(confirm.textContent).toContain('12 creators');
    expect(confirm.textContent).toContain('Restoring replaces everything stored now');
    expect(await db.creators.count()).toBe(0); // checking changed nothing

    await act(async () => button('Restore this backup', container).click());
    await until(() => expect(message()).toMatch(/^Restored the backup of .*: 12 creators, 30 videos and LIVEs/));
    // The restored database is the active one now (the extension reloads the panel onto it).
    expect(swapped).toEqual([message()]);
    expect(await dumpDatabase(host.current())).toEqual(original);
  });

  it('cancelling a checked backup changes nothing', async () => {
    await fillDatabase(db, { creators: 2, content: 2, orders: 2 });
    await act(async () => button('Download backup', container).click());
    await until(() => expect(downloads).toHaveLength(1));
    await db.creators.clear();
    await chooseFile(new File([await downloads[0]!.blob.text()], 'backup.json'));
    await until(() => expect(container.querySelector('[aria-label="Confirm restore"]')).not.toBeNull());
    await act(async () => button('Cancel', container).click());
    expect(container.querySelector('[aria-label="Confirm restore"]')).toBeNull();
    expect(await db.creators.count()).toBe(0);
  });

  it('refuses a file that is not a backup with a clear message', async () => {
    await fillDatabase(db, { creators: 2, content: 2, orders: 2 });
    const before = await dumpDatabase(db);
    await chooseFile(new File(['Creator name,GMV\nsam,$5\n'], 'creators.csv'));
    await until(() => expect(error()).toBe(`creators.csv: ${BACKUP_ERROR.notJson}`));
    expect(container.querySelector('[aria-label="Confirm restore"]')).toBeNull();
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
