/**
 * Issue 11 in real Chromium: numbers the panel and its exports give agree with the Seller Center page
 * and the import file they came from, for the same period, and say where they come from.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { exactValue } from '../../lib/parse/quantity';
import { parseQuantity } from '../../lib/parse/values';
import { demoPage } from '../support/demo-pages';
import { readStore } from '../support/extension-db';
import { serveSellerCenter } from '../support/seller-center-routes';
import { expect, expectStored, test } from './fixtures';

const manageCreators = demoPage('manage-creators.fixture-a.html');

// A 90-day analysis and an export on a busy machine take a while.
test.describe.configure({ timeout: 120_000 });

test('capture Manage creators: the 90-day export’s GMV per creator equals the page’s, with its source', async ({ ext, openPanel }) => {
  // The background stores with its own clock; the panel is pinned to the same moment (today).
  const now = new Date();
  await serveSellerCenter(ext.context, [manageCreators]);
  const page = await ext.context.newPage();
  await page.goto(manageCreators.url);
  await expectStored(ext, 'reported', 13); // 14 rows, 1 rejected

  // What the page shows, row by row: handle (or creator id) → GMV cell text.
  const shown = await page.locator('tbody tr.arco-table-tr').evaluateAll((rows) =>
    rows.map((row) => {
      const handle = row.querySelector('[data-e2e="fbc99397-6043-1b37"]')?.textContent?.trim().replace(/^@/, '') ?? '';
      const link = row.querySelector('a[href*="cid="]')?.getAttribute('href') ?? '';
      const id = /cid=(\d+)/.exec(link)?.[1] ?? '';
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
      return { handle, id, gmv: cells[5] ?? '' };
    }),
  );
  expect(shown.length).toBeGreaterThan(10);

  await ext.context.clock.setFixedTime(now);
  const panel = await openPanel('overview');
  const toolbar = panel.getByRole('group', { name: 'Scorecard window and export' });
  await toolbar.getByRole('radio', { name: '90 days' }).check({ force: true });
  await expect(toolbar.getByRole('radio', { name: '90 days' })).toBeChecked();
  await expect(toolbar.getByRole('button', { name: 'CSV file of every scorecard' })).toBeEnabled();
  const [download] = await Promise.all([panel.waitForEvent('download'), toolbar.getByRole('button', { name: 'CSV file of every scorecard' }).click()]);
  expect(download.suggestedFilename()).toMatch(/-90d\.csv$/);
  const csv = fs.readFileSync(await download.path(), 'utf8').slice(1);
  const [header, ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const col = (name: string) => header!.indexOf(name);

  let compared = 0;
  for (const creator of shown) {
    const row = rows.find((r) => (creator.handle && r[col('Handle')]?.toLowerCase() === creator.handle.toLowerCase()) || (creator.id && r[col('Creator ID')] === creator.id));
    if (!row) continue; // the rejected row names no creator
    const expected = exactValue(parseQuantity(creator.gmv, { region: 'US' }));
    if (expected === null) {
      expect(row[col('GMV')]).toBe(''); // `--` or a range on the page: unknown in the export, never 0
      continue;
    }
    expect(Number(row[col('GMV')]), `${creator.handle || creator.id}`).toBe(expected);
    expect(row[col('GMV source')]).toBe('Manage creators');
    expect(row[col('Currency')]).toBe('USD');
    compared++;
  }
  expect(compared).toBeGreaterThan(8);
  const marcus = rows.find((r) => r[col('Handle')] === 'chef.marcus')!;
  expect([marcus[col('GMV')], marcus[col('Posts')]]).toEqual(['88100', '24']);

  // The panel says where the figure comes from, on focus.
  await panel.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Creators' }).click();
  await panel.getByRole('searchbox', { name: 'Search by handle or name' }).fill('chef.marcus');
  await panel.getByRole('link', { name: '@chef.marcus' }).click();
  const gmv = panel.getByTestId('scorecard').locator('div', { has: panel.getByText('GMV', { exact: true }) }).locator('dd');
  await expect(gmv).toHaveText('$88.1K'); // as the page shows it
  await gmv.focus();
  await expect(panel.getByRole('tooltip').filter({ hasText: 'Manage creators, for' })).toBeVisible();

  // "Creators you manage" counts what Manage creators showed.
  const data = await openPanel('data');
  await expect(data.getByTestId('count-programs')).toHaveText('13');
});

test('a Manage creators capture of 3 days ago still gives today’s 90-day window its GMV, with its real period and the difference said', async ({ ext, openPanel }) => {
  await serveSellerCenter(ext.context, [manageCreators]);
  const page = await ext.context.newPage();
  await page.goto(manageCreators.url);
  await expectStored(ext, 'reported', 13);
  const { period } = (await readStore<{ period: { from: string; to: string } }>(ext.worker, 'reported'))[0]!;

  // Three days on: the window is 3 days later than the page's "last 90 days".
  await ext.context.clock.setFixedTime(new Date(Date.now() + 3 * 86_400_000));
  const panel = await openPanel('overview');
  const toolbar = panel.getByRole('group', { name: 'Scorecard window and export' });
  await toolbar.getByRole('radio', { name: '90 days' }).check({ force: true });
  await expect(toolbar.getByRole('button', { name: 'CSV file of every scorecard' })).toBeEnabled();
  const [download] = await Promise.all([panel.waitForEvent('download'), toolbar.getByRole('button', { name: 'CSV file of every scorecard' }).click()]);
  const [header, ...rows] = Papa.parse<string[]>(fs.readFileSync(await download.path(), 'utf8').slice(1), { skipEmptyLines: true }).data;
  const marcus = rows.find((r) => r[header!.indexOf('Handle')] === 'chef.marcus')!;
  expect(marcus[header!.indexOf('GMV')]).toBe('88100');
  expect(marcus[header!.indexOf('GMV source')]).toBe('Manage creators (nearest period: 3 days earlier than the window)');
  expect(marcus[header!.indexOf('GMV period')]).toBe(`${period.from} – ${period.to}`);

  await panel.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Creators' }).click();
  await panel.getByRole('searchbox', { name: 'Search by handle or name' }).fill('chef.marcus');
  await panel.getByRole('link', { name: '@chef.marcus' }).click();
  const gmv = panel.getByTestId('scorecard').locator('div', { has: panel.getByText('GMV', { exact: true }) }).locator('dd');
  await expect(gmv).toHaveText('$88.1K');
  await gmv.focus();
  await expect(panel.getByRole('tooltip').filter({ hasText: 'Exactly $88,100.00. Manage creators (nearest period: 3 days earlier than the window), for' })).toBeVisible();
});

test('import a Creator data file: the scorecard for its period shows its GMV and orders', async ({ openPanel }) => {
  const panel = await openPanel('data');
  await panel.getByTestId('import-file-input').setInputFiles(path.resolve('lib/import/fixtures/creators-november.csv'));
  const summary = panel.getByTestId('import-summary');
  await expect(summary).toContainText('creators-november.csv: Creator data export (.csv) imported.');
  await expect(summary.getByTestId('import-period')).toContainText('Figures for Nov 1 – Nov 30, 2026');

  await panel.goto(panel.url().replace(/#.*$/, `#creators/${encodeURIComponent('h:newface.nina')}`));
  const period = panel.getByTestId('reported-period').filter({ hasText: 'Nov 1 – Nov 30, 2026' });
  await expect(period).toContainText('Creator data file');
  const figure = (label: string) => period.locator('div', { has: panel.getByText(label, { exact: true }) }).locator('dd');
  await expect(figure('GMV')).toHaveText('$612.40'); // to the cent below $1,000
  await expect(figure('Orders')).toHaveText('24');
  await figure('GMV').focus();
  await expect(panel.getByRole('tooltip').filter({ hasText: 'Creator data file, for Nov 1 – Nov 30, 2026' }).first()).toBeVisible();
  await expect(figure('Conversion rate')).toHaveText('2%');
});
