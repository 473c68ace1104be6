/**
 * The weekly review's money and follow-up (issue 13), end to end in Chromium with the built
 * extension: the demo pages are captured, then the seller enters a flat fee and a sample cost and
 * sees net contribution change in the creator's scorecard and in the exported CSV; an overdue sample
 * shows in the follow-up list, and copying its reminder records it in the outreach log.
 *
 * Net contribution is GMV − commission − flat fees − sample cost, with GMV and commission from one
 * source and period (issue 11): each part pins the panel's clock so its window is exactly a period a
 * captured page reports (Creator analysis's 28 days; Manage creators' 90 days to the capture day).
 * Sample requests are stamped "shipped" when the extension first sees them shipped (the capture,
 * now), so Maya's serum sample falls in the 90-day window and not in the March 28-day one.
 */
import type { Download, Page } from '@playwright/test';
import fs from 'node:fs';
import Papa from 'papaparse';
import { formatMoneyText } from '../../lib/format/number';
import { captureDemoPages } from '../support/capture-demo';
import { readStore } from '../support/extension-db';
import { expect, test } from './fixtures';

// Each test captures every demo page first: slow on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** The last day of Creator analysis's "Last 28 days: 02/06/2026 - 03/05/2026" (US fixture). */
const CREATOR_ANALYSIS_LAST_DAY = new Date('2026-03-05T12:00:00');
/** Maya's figures as the US Creator analysis (those 28 days) and Manage creators (last 90 days) pages show them. */
const MAYA = {
  key: 'id:7493018462751930368',
  handle: 'glowwithmaya',
  creatorAnalysis: { gmv: 4_520.18, commission: 452.02, posts: 6 },
  manageCreators: { gmv: 4_520.18, commission: 452.02, posts: 6 },
};
/** The Vitamin C serum Maya's shipped sample (UK shop page) is for. */
const SERUM = { id: '1729000000000000007', name: 'Vitamin C Glow Serum 30ml' };
const DAY_MS = 86_400_000;

interface StoredSample {
  creatorHandle?: string;
  productId: string;
  status: string;
  shippedAt?: number;
}

/** An amount as the panel shows it (the browser's locale here: US English). */
function shown(amount: number): string {
  return formatMoneyText(amount, 'USD', { locale: 'en-US' });
}

/** One figure of the creator view's scorecard, as shown. */
function figure(panel: Page, label: string) {
  return panel.getByTestId('scorecard').locator('div').filter({ has: panel.locator(`dt:text-is("${label}")`) }).locator('dd');
}

async function exportCsvRow(panel: Page, handle: string): Promise<(column: string) => string> {
  const toolbar = panel.getByRole('group', { name: 'Scorecard window and export' });
  const [download]: [Download, void] = await Promise.all([panel.waitForEvent('download'), toolbar.getByRole('button', { name: 'CSV file of every scorecard' }).click()]);
  const csv = fs.readFileSync(await download.path()).toString('utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const row = rows.find((r) => r[header!.indexOf('Handle')] === handle);
  if (!row) throw new Error(`No CSV row for ${handle}`);
  return (column: string) => {
    const at = header!.indexOf(column);
    if (at < 0) throw new Error(`No CSV column ${column}`);
    return row[at]!;
  };
}

async function chooseWindow(panel: Page, days: number) {
  const radio = panel.getByRole('group', { name: 'Scorecard window and export' }).getByRole('radio', { name: `${days} days` });
  await radio.check({ force: true });
  await expect(radio).toBeChecked();
}

async function openCreator(panel: Page, creatorKey: string) {
  await panel.goto(panel.url().replace(/#.*$/, `#creators/${encodeURIComponent(creatorKey)}`));
  await expect(panel.getByRole('region', { name: 'Tier', exact: true })).toBeVisible();
}

test('a flat fee and a sample cost change net contribution in the scorecard and in the exported CSV', async ({ ext, openPanel }) => {
  // The background stamps captures with its own clock (today): Manage creators' "last 90 days" end today.
  const captured = new Date();
  await captureDemoPages(ext);

  // ---- Flat fee: the 28-day window is Creator analysis's "Last 28 days: 02/06/2026 - 03/05/2026". ----
  // GMV, commission and posts all come from that one report, so net contribution is known; no sample
  // was shipped in that window (sample cost $0).
  await ext.context.clock.setFixedTime(CREATOR_ANALYSIS_LAST_DAY);
  const panel = await openPanel('overview');
  await chooseWindow(panel, 28);
  await openCreator(panel, MAYA.key);
  const posts = MAYA.creatorAnalysis.posts;
  await expect(figure(panel, 'Posts')).toHaveText(`${posts} (5 videos, 1 LIVEs)`);
  await expect(figure(panel, 'Sample cost')).toHaveText(shown(0));
  await expect(figure(panel, 'Flat fees')).toHaveText(shown(0));
  await expect(figure(panel, 'GMV')).toHaveText(shown(MAYA.creatorAnalysis.gmv));
  await expect(figure(panel, 'Est. commission')).toHaveText(shown(MAYA.creatorAnalysis.commission));
  const before = MAYA.creatorAnalysis.gmv - MAYA.creatorAnalysis.commission;
  await expect(figure(panel, 'Net contribution')).toHaveText(shown(before));
  const beforeCsv = await exportCsvRow(panel, MAYA.handle);
  expect([beforeCsv('GMV source'), beforeCsv('Est. commission source')]).toEqual(['Creator analysis', 'Creator analysis']);
  expect(Number(beforeCsv('Net contribution'))).toBeCloseTo(before, 2);

  const agreement = panel.getByRole('form', { name: 'Agreement with this creator' });
  await agreement.getByLabel('Flat fee per post').fill('50');
  await agreement.getByLabel('Agreed commission (%)').fill('15');
  await agreement.getByRole('button', { name: 'Save' }).click();
  await expect(agreement.getByRole('status').last()).toHaveText('Saved.');
  const [stored] = await readStore<{ creatorKey: string; flatFeePerPost: unknown; agreedCommissionRate: number }>(ext.worker, 'programs');
  expect(stored).toMatchObject({ creatorKey: MAYA.key, flatFeePerPost: { amount: 50, currency: 'USD' }, agreedCommissionRate: 0.15 });

  await expect(figure(panel, 'Flat fees')).toHaveText(shown(50 * posts));
  await expect(figure(panel, 'Net contribution')).toHaveText(shown(before - 50 * posts));
  const afterCsv = await exportCsvRow(panel, MAYA.handle);
  expect(Number(afterCsv('Flat fees'))).toBe(50 * posts);
  expect(Number(afterCsv('Agreed commission rate (%)'))).toBe(15);
  expect(Number(afterCsv('Net contribution'))).toBeCloseTo(before - 50 * posts, 2);

  // ---- Sample cost: the 90 days to the capture day are Manage creators' period, and Maya's serum ----
  // sample was shipped (first seen shipped) today, so it is in that window: unknown until it has a cost.
  const samples = await readStore<StoredSample>(ext.worker, 'samples');
  const serum = samples.find((s) => s.creatorHandle === MAYA.handle && s.productId === SERUM.id);
  expect(serum?.status).toBe('shipped');
  expect(serum?.shippedAt).toBeDefined();
  await ext.context.clock.setFixedTime(captured);
  await panel.reload();
  await chooseWindow(panel, 90);
  await expect(panel.getByRole('region', { name: 'Tier', exact: true })).toBeVisible();
  await expect(figure(panel, 'Sample cost')).toHaveText(/^—/); // not entered: unknown, not $0
  await expect(figure(panel, 'Net contribution')).toHaveText(/^—/);
  const { gmv, commission } = MAYA.manageCreators;
  const fees = 50 * MAYA.manageCreators.posts;
  await expect(figure(panel, 'GMV')).toHaveText(shown(gmv));
  await expect(figure(panel, 'Est. commission')).toHaveText(shown(commission));
  await expect(figure(panel, 'Flat fees')).toHaveText(shown(fees));
  const unknownCsv = await exportCsvRow(panel, MAYA.handle);
  expect([unknownCsv('GMV source'), unknownCsv('Est. commission source')]).toEqual(['Manage creators', 'Manage creators']);
  expect([unknownCsv('Sample cost'), unknownCsv('Net contribution')]).toEqual(['', '']);

  await panel.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Samples' }).click();
  const costs = panel.getByRole('region', { name: 'Sample costs' });
  await costs.getByLabel(`Sample cost of ${SERUM.name} (ID ${SERUM.id})`, { exact: true }).fill('8.50');
  await costs.getByRole('listitem').filter({ hasText: `ID ${SERUM.id}` }).getByRole('button', { name: 'Save' }).click();
  await expect(costs.getByRole('listitem').filter({ hasText: `ID ${SERUM.id}` }).getByRole('status')).toHaveText('Saved.');
  expect(await readStore(ext.worker, 'productCosts')).toEqual([
    { productId: SERUM.id, productName: SERUM.name, cost: { amount: 8.5, currency: 'USD' }, updatedAt: expect.any(Number) },
  ]);

  const net = gmv - commission - fees - 8.5;
  await openCreator(panel, MAYA.key);
  await expect(figure(panel, 'Sample cost')).toHaveText(shown(8.5));
  await expect(figure(panel, 'Net contribution')).toHaveText(shown(net));
  const sampleCsv = await exportCsvRow(panel, MAYA.handle);
  expect(Number(sampleCsv('Sample cost'))).toBe(8.5);
  expect(Number(sampleCsv('Net contribution'))).toBeCloseTo(net, 2);
  expect(Number(sampleCsv('Total cost'))).toBeCloseTo(commission + fees + 8.5, 2);

  // The Overview's spend of the last 30 days: the demo's other samples shipped then have no cost yet
  // (unknown, not $0), and no Spark Ads spend entered nor coordinator's cost set are said to be so.
  await panel.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Overview' }).click();
  await expect(panel.getByTestId('budget')).toContainText('Spark Ads none entered, coordinator not counted');
  await expect(panel.getByTestId('budget')).toContainText('unknown (a sample cost is missing)');
  await expect(panel.getByTestId('budget')).toContainText('Spark Ads spend is entered video by video');
});

test('an overdue sample appears in the follow-up list; copying its reminder puts it in the outreach log', async ({ ext, openPanel }) => {
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await captureDemoPages(ext);
  const samples = await readStore<StoredSample>(ext.worker, 'samples');
  const serum = samples.find((s) => s.creatorHandle === MAYA.handle && s.productId === SERUM.id);
  expect(serum?.shippedAt).toBeDefined();
  // 20 days after shipping: 6 days past the 14-day content window.
  await ext.context.clock.setFixedTime(new Date(serum!.shippedAt! + 20 * DAY_MS));

  // Samples view: the overdue list, longest overdue first, with Maya's serum 6 days overdue.
  const panel = await openPanel('samples');
  const overdue = panel.getByRole('region', { name: 'Overdue samples' });
  const maya = overdue.getByTestId('overdue-sample').filter({ hasText: `@${MAYA.handle}` }).filter({ hasText: SERUM.name });
  await expect(maya).toContainText('6 days overdue');
  await expect(maya).toContainText('shipped');
  // Its return, further down: Sample ROI counts it among the overdue, with Maya among its creators.
  const roi = panel.getByRole('region', { name: 'Sample ROI' });
  await expect(roi.getByTestId('sample-roi')).toContainText(/Late · waiting · overdue\s*\d+ · \d+ · [1-9]/);
  await expect(roi.getByRole('row', { name: new RegExp(`@${MAYA.handle}`) })).toBeVisible();

  // The Outreach view's follow-up list has her, never contacted, with the overdue sample.
  await panel.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Outreach' }).click();
  const followUp = panel.getByRole('region', { name: 'Follow-up list' });
  const item = followUp.getByTestId('follow-up-item').filter({ hasText: `@${MAYA.handle}` });
  await expect(item).toContainText('Overdue sample');
  await expect(item).toContainText('Never contacted');

  // One click: the reminder, in her channel's format (none set: plain text), copied and logged.
  await item.getByRole('button', { name: /^Copy reminder to @glowwithmaya/ }).click();
  // Contacted now: she leaves the follow-up list, and the log below has the reminder.
  await expect(followUp.getByTestId('follow-up-item').filter({ hasText: `@${MAYA.handle}` })).toHaveCount(0);
  const copied = await panel.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`the ${SERUM.name} sample we sent on`);
  expect(copied).toContain('TikTok Shop link');

  const log = panel.getByRole('region', { name: 'Outreach log' });
  const entry = log.getByTestId('outreach-entry').first();
  await expect(entry).toContainText(`Sample reminder: ${SERUM.name}`);
  await expect(entry).toContainText('Copied');
  const [stored] = await readStore<{ creatorKeys: string[]; kind: string; status: string; text: string }>(ext.worker, 'outreach');
  expect(stored).toMatchObject({ creatorKeys: [MAYA.key], kind: 'reminder', status: 'copied', text: copied });

  // Marking the message sent keeps it in the log, as sent.
  await entry.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(entry).toContainText('Sent');
  expect((await readStore<{ status: string; sentAt?: number }>(ext.worker, 'outreach'))[0]).toMatchObject({ status: 'sent', sentAt: expect.any(Number) });

  // The Overview leads with "This week"; the Creators list shows when she was last contacted.
  await panel.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Overview' }).click();
  const week = panel.getByRole('region', { name: 'This week', exact: true });
  await expect(week.getByTestId('this-week-item').first()).toBeVisible();
  // The program sections start with it (the first-run checklist, while open, sits above them).
  const headings = await panel.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(headings.indexOf('This week')).toBeGreaterThanOrEqual(0);
  expect(headings.indexOf('This week')).toBeLessThan(headings.indexOf('Content velocity'));
  await panel.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Creators' }).click();
  await panel.getByRole('searchbox', { name: 'Search by handle or name' }).fill(MAYA.handle);
  await expect(panel.getByRole('row', { name: /@glowwithmaya/ }).getByTestId('last-contacted')).toContainText('Contacted');
  await panel.getByRole('combobox', { name: 'Contacted' }).selectOption({ label: 'Not contacted in 7 days' });
  await expect(panel.getByRole('row', { name: /@glowwithmaya/ })).toHaveCount(0);
});
