/**
 * Importing Affiliate Center export files in the side panel (Data view): one file of each kind, read
 * in the extension's import worker, merged into the database, with a summary; a file that is not an
 * export changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { importExportFile, type ImportResult } from '../../lib/import';
import { readStore } from '../support/extension-db';
import { expect, test } from './fixtures';

const FIXTURES = path.resolve('lib/import/fixtures');

/** What the importer makes of a fixture, computed here the same way the extension does. */
async function expectedImport(name: string): Promise<ImportResult> {
  const bytes = fs.readFileSync(path.join(FIXTURES, name));
  const outcome = await importExportFile({ name, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome;
}

async function importFiles(panel: Page, ...names: string[]): Promise<void> {
  await panel.getByTestId('import-file-input').setInputFiles(names.map((name) => path.join(FIXTURES, name)));
}

interface Stored {
  key: string;
  sources?: string[];
  creatorKey?: string;
  statusHistory?: { status: string }[];
}

test('imports a Creator data, a Video data and an Affiliate orders file, each summarised and merged', async ({ ext, openPanel }) => {
  const panel = await openPanel('data');
  const workers: string[] = [];
  panel.on('worker', (worker) => workers.push(worker.url()));
  await expect(panel.getByRole('heading', { name: 'Import export files' })).toBeVisible();

  // Creator data (.csv, "Affiliate-" headers).
  const creators = await expectedImport('creators-affiliate.csv');
  await importFiles(panel, 'creators-affiliate.csv');
  const creatorSummary = panel.getByTestId('import-summary').first();
  await expect(creatorSummary).toContainText('creators-affiliate.csv: Creator data export (.csv) imported.');
  await expect(creatorSummary.getByTestId('import-rows-read')).toHaveText(String(creators.rowsRead));
  await expect(creatorSummary.getByTestId('import-created')).toHaveText(String(creators.rows.length));
  await expect(creatorSummary.getByTestId('import-rejected')).toHaveText(String(creators.rejected.reduce((n, r) => n + r.count, 0)));
  // Each rejected row by its number in the file, with its value and reason; focus moved to the summary.
  expect(creators.rejectedRows.length).toBeGreaterThan(0);
  const firstRejected = creators.rejectedRows[0]!;
  await expect(creatorSummary.getByTestId('import-rejected-rows').getByRole('listitem').first()).toHaveText(
    `Row ${firstRejected.row}${firstRejected.value ? ` · “${firstRejected.value}”` : ''} · ${firstRejected.reason}`,
  );
  await expect(creatorSummary.getByTestId('import-feeds')).toHaveText('Now in: Creators.');
  // The element the page focused (whether or not the test window has the OS focus).
  await expect.poll(() => creatorSummary.evaluate((el) => el === document.activeElement)).toBe(true);
  const storedCreators = await readStore<Stored>(ext.worker, 'creators');
  expect(storedCreators).toHaveLength(creators.rows.length);
  expect(storedCreators.every((creator) => creator.sources?.includes('import:creators'))).toBe(true);

  // Video data (.xlsx): rows name creators already imported, so they merge into them.
  const videos = await expectedImport('videos.xlsx');
  await importFiles(panel, 'videos.xlsx');
  await expect(panel.getByTestId('import-summary')).toHaveCount(2);
  const videoSummary = panel.getByTestId('import-summary').first();
  await expect(videoSummary).toContainText('videos.xlsx: Video data export (.xlsx) imported.');
  await expect(videoSummary.getByTestId('import-created')).toHaveText(String(videos.rows.length));
  const pieces = await readStore<Stored>(ext.worker, 'content');
  expect(pieces).toHaveLength(videos.rows.length);
  const creatorKeys = new Set((await readStore<Stored>(ext.worker, 'creators')).map((creator) => creator.key));
  expect(pieces.every((piece) => piece.creatorKey !== undefined && creatorKeys.has(piece.creatorKey))).toBe(true);

  // Affiliate orders (.xlsx): one record per order line, with its status history.
  const orders = await expectedImport('orders-us.xlsx');
  await importFiles(panel, 'orders-us.xlsx');
  await expect(panel.getByTestId('import-summary')).toHaveCount(3);
  const orderSummary = panel.getByTestId('import-summary').first();
  await expect(orderSummary).toContainText('orders-us.xlsx: Affiliate orders export (.xlsx) imported.');
  await expect(orderSummary.getByTestId('import-created')).toHaveText(String(orders.rows.length));
  const lines = await readStore<Stored>(ext.worker, 'orders');
  expect(lines).toHaveLength(orders.rows.length);
  expect(lines.every((line) => line.statusHistory && line.statusHistory.length === 1)).toBe(true);
  expect(lines.filter((line) => line.creatorKey).length).toBeGreaterThan(0);

  // The same file again merges into what is stored: nothing new.
  await importFiles(panel, 'orders-us.xlsx');
  await expect(panel.getByTestId('import-summary')).toHaveCount(4);
  await expect(panel.getByTestId('import-summary').first().getByTestId('import-created')).toHaveText('0');
  await expect(panel.getByTestId('import-summary').first().getByTestId('import-merged')).toHaveText(String(orders.rows.length));
  expect(await readStore(ext.worker, 'orders')).toHaveLength(orders.rows.length);

  // The files were read in the extension's own worker, not on the panel's thread.
  expect(workers.some((url) => url.endsWith('/import-worker.js'))).toBe(true);
});

test('a file that is not an export is refused with a clear message and changes nothing', async ({ ext, openPanel }, testInfo) => {
  const panel = await openPanel('data');
  await importFiles(panel, 'creators-creator.xlsx');
  await expect(panel.getByTestId('import-summary')).toHaveCount(1);
  const before = await readStore(ext.worker, 'creators');

  const notes = testInfo.outputPath('notes.csv');
  fs.writeFileSync(notes, 'Name,Favourite colour\nSam,blue\n');
  const broken = testInfo.outputPath('broken.xlsx');
  fs.writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
  await panel.getByTestId('import-file-input').setInputFiles([notes, broken]);

  await expect(panel.getByTestId('import-error')).toHaveCount(2);
  await expect(panel.getByTestId('import-error').nth(1)).toContainText('notes.csv was not imported.');
  await expect(panel.getByTestId('import-error').nth(1)).toContainText('its column headers were not recognised');
  await expect(panel.getByTestId('import-error').first()).toContainText('broken.xlsx was not imported.');
  await expect(panel.getByTestId('import-error').first()).toContainText('damaged or incomplete');
  expect(await readStore(ext.worker, 'creators')).toEqual(before);
  expect(await readStore(ext.worker, 'content')).toEqual([]);
});

test('a large export shows an accessible progress bar while the panel stays responsive', async ({ ext, openPanel }, testInfo) => {
  const panel = await openPanel('data');
  // 20,000 video rows as CSV (10,000 videos × 2 products).
  const header = 'Video title,Video ID,Post date,Creator name,Product ID,Video-attributed GMV,Video views';
  const lines = Array.from({ length: 20_000 }, (_, i) => {
    const video = Math.floor(i / 2);
    return `Video ${video},73${String(video).padStart(17, '0')},03/${String((video % 28) + 1).padStart(2, '0')}/2026,creator_${video % 500},172900000000000000${i % 2},$${(i % 300) + 0.5},${video % 900}`;
  });
  const file = testInfo.outputPath('video-list.csv');
  fs.writeFileSync(file, [header, ...lines].join('\n'));

  await panel.getByTestId('import-file-input').setInputFiles(file);
  const bar = panel.getByRole('progressbar', { name: 'Importing video-list.csv' });
  await expect(bar).toBeVisible();
  const now = Number(await bar.getAttribute('aria-valuenow'));
  expect(now).toBeGreaterThanOrEqual(0);
  expect(now).toBeLessThanOrEqual(100);
  // The panel answers while the import runs.
  const started = Date.now();
  await panel.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(1_000);

  await expect(panel.getByTestId('import-summary')).toContainText('video-list.csv: Video data export (.csv) imported.', { timeout: 30_000 });
  await expect(panel.getByTestId('import-created')).toHaveText('10,000');
  await expect(panel.getByTestId('import-combined')).toHaveText('10,000');
  await expect(bar).toHaveCount(0);
  expect(await readStore(ext.worker, 'content')).toHaveLength(10_000);
});
