/**
 * Row by row, never batch by batch (issue #15): one creator with a 10,000-character display name on
 * Find creators used to cost the whole batch (41 of 60 stored, nothing logged, "Waiting for table").
 * Now the name is cut where it is read, every row is stored, and the capture log says "1 shortened".
 */
import fs from 'node:fs';
import path from 'node:path';
import { demoPage } from '../support/demo-pages';
import { type CaptureLogRecord, readStore } from '../support/extension-db';
import { readFixture, serveSellerCenter } from '../support/seller-center-routes';
import { appendRows } from '../support/simulate-table';
import { expect, expectStored, test } from './fixtures';

const findCreators = demoPage('find-creators.fixture-a.html');

test('a 10,000-character display name is shortened; every row of the batch is stored', async ({ ext, openPanel }, testInfo) => {
  const fixture = path.join(testInfo.outputDir, 'find-creators-long-name.html');
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  fs.writeFileSync(fixture, readFixture(findCreators.fixture).replace('Maya ✨ Glow', 'M'.repeat(10_000)));
  await serveSellerCenter(ext.context, [{ ...findCreators, fixture }]);
  const page = await ext.context.newPage();
  await page.goto(findCreators.url);

  await expectStored(ext, 'creators', 15);
  // Two more screens of the same 16 rows (scroll loading): 2 × 15 creators more, each long name cut again.
  await appendRows(page, findCreators.rows, 32, 'more');
  await expectStored(ext, 'creators', 45);

  const creators = await readStore<{ handle?: string; displayName?: string }>(ext.worker, 'creators');
  const maya = creators.find((creator) => creator.handle === 'glowwithmaya');
  expect(maya?.displayName).toHaveLength(512);
  expect(maya?.displayName?.endsWith('…')).toBe(true);
  const logs = await readStore<CaptureLogRecord & { shortened?: number }>(ext.worker, 'captureLog');
  expect(logs.every((entry) => entry.status === 'stored')).toBe(true);
  expect(logs.reduce((sum, entry) => sum + (entry.shortened ?? 0), 0)).toBe(3);

  const data = await openPanel('data');
  await expect(data.getByText(/^\d shortened$/).first()).toBeVisible();
});
