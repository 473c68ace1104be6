/**
 * Backup and restore through the side panel (Data view): "Download backup" saves the whole database
 * as one JSON file; restoring it (after a check and a confirmation) brings back exactly what was
 * stored; a file that is not a backup is refused and changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readStore } from '../support/extension-db';
import { expect, test } from './fixtures';

const FIXTURES = path.resolve('lib/import/fixtures');
const TABLES = ['creators', 'content', 'snapshots', 'captureLog', 'collaborations', 'samples', 'orders', 'programs', 'settings', 'briefTemplates', 'productCosts', 'sparkSpend', 'outreach', 'reported', 'eligibility'];

async function dumpDatabase(ext: { worker: import('@playwright/test').Worker }): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of TABLES) dump[table] = await readStore(ext.worker, table);
  return dump;
}

async function importFixtures(panel: Page, ...names: string[]): Promise<void> {
  const before = await panel.getByTestId('import-summary').count();
  await panel.getByTestId('import-file-input').setInputFiles(names.map((name) => path.join(FIXTURES, name)));
  await expect(panel.getByTestId('import-summary')).toHaveCount(before + names.length, { timeout: 20_000 });
}

test('downloads the whole database and restores it exactly', async ({ ext, openPanel }, testInfo) => {
  const panel = await openPanel('data');
  await importFixtures(panel, 'creators-affiliate.csv', 'videos.csv', 'orders-uk.csv');
  // A shop eligibility figure typed in: the eligibility history is backed up too.
  const eligibility = await openPanel('eligibility');
  await eligibility.getByRole('region', { name: 'Enter figures' }).getByLabel('Store rating').fill('4.2');
  await eligibility.getByRole('button', { name: 'Save figures' }).click();
  await expect(eligibility.getByRole('region', { name: 'Enter figures' }).getByRole('status')).toHaveText(/^Saved for /);
  await eligibility.close();
  const original = await dumpDatabase(ext);
  expect(original.orders!.length).toBeGreaterThan(0);
  expect(original.eligibility).toMatchObject([{ subject: 'shop', storeRating: 4.2 }]);

  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^creator-desk-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  await expect(panel.getByTestId('backup-message')).toContainText(`Downloaded ${download.suggestedFilename()}:`);

  const backup = JSON.parse(fs.readFileSync(saved, 'utf8'));
  expect(backup).toMatchObject({ format: 'creator-desk-backup', schemaVersion: expect.any(Number), exportedAt: expect.any(String) });
  expect(Object.keys(backup.tables).sort()).toEqual([...TABLES].sort());
  for (const table of TABLES) expect(backup.tables[table]).toEqual(original[table]);

  // More data arrives after the backup…
  await importFixtures(panel, 'creators-creator.xlsx');
  expect(await dumpDatabase(ext)).not.toEqual(original);

  // …and restoring the backup brings back exactly what was stored then.
  await panel.getByTestId('restore-file-input').setInputFiles(saved);
  const confirm = panel.getByRole('group', { name: 'Confirm restore' });
  await expect(confirm).toContainText('Restoring replaces everything stored now with this backup.');
  await expect(confirm).toContainText(`${original.creators!.length} creators`);
  await confirm.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(panel.getByTestId('backup-message')).toContainText('Restored the backup of');
  expect(await dumpDatabase(ext)).toEqual(original);
  await expect(panel.getByTestId('count-creators')).toHaveText(String(original.creators!.length));
});

test('a file that is not a backup, or from a newer version, is refused and changes nothing', async ({ ext, openPanel }, testInfo) => {
  const panel = await openPanel('data');
  await importFixtures(panel, 'videos.csv');
  const before = await dumpDatabase(ext);

  await panel.getByTestId('restore-file-input').setInputFiles(path.join(FIXTURES, 'videos.csv'));
  await expect(panel.getByTestId('backup-error')).toContainText('videos.csv: This file is not a Creator Desk backup');
  await expect(panel.getByTestId('backup-error')).toContainText('Nothing was changed.');

  const newer = testInfo.outputPath('creator-desk-backup-2099-01-01.json');
  fs.writeFileSync(newer, JSON.stringify({ format: 'creator-desk-backup', schemaVersion: 99, exportedAt: '2099-01-01T00:00:00.000Z', tables: {} }));
  await panel.getByTestId('restore-file-input').setInputFiles(newer);
  await expect(panel.getByTestId('backup-error')).toContainText('made by a newer version of Creator Desk');

  const cut = testInfo.outputPath('cut.json');
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download backup' }).click()]);
  const full = fs.readFileSync(await download.path(), 'utf8');
  fs.writeFileSync(cut, full.slice(0, Math.floor(full.length * 0.6)));
  await panel.getByTestId('restore-file-input').setInputFiles(cut);
  await expect(panel.getByTestId('backup-error')).toContainText('damaged or incomplete');

  await expect(panel.getByRole('group', { name: 'Confirm restore' })).toHaveCount(0);
  expect(await dumpDatabase(ext)).toEqual(before);
});
