/**
 * The demo program end to end, with the panel's clock pinned: the program generated relative to
 * that moment is restored from the Data view, today's Find creators and Sample requests pages are
 * captured, and the panel tells the story (promotion, zombies, Spark Ads, briefs). And a first run:
 * an empty panel says which pages feed it, with links for the seller's region, and its checklist
 * ticks itself as the first page is captured.
 */
import fs from 'node:fs';
import { captureDemoPages } from '../support/capture-demo';
import { openPanelView, restoreBackupInPanel } from '../support/panel';
import { demoBackupText } from '../demo/story/backup';
import { CAST, creatorIdOf } from '../demo/story/cast';
import { writeDemoPages } from '../demo/story/pages';
import { generateDemoProgram } from '../demo/story/program';
import { expect, test } from './fixtures';

/** The panel's clock: a Wednesday afternoon; the program is generated relative to it. */
const NOW = new Date('2026-11-18T15:30:00');

test.describe.configure({ mode: 'parallel' });

test('the demo program tells its story on the pinned day', async ({ ext }, testInfo) => {
  test.setTimeout(180_000);
  await ext.context.clock.setFixedTime(NOW);
  const { tables, story } = generateDemoProgram(NOW.getTime());
  const backup = testInfo.outputPath('demo-program-backup.json');
  fs.writeFileSync(backup, demoBackupText(tables, NOW.getTime()));
  const pages = writeDemoPages(testInfo.outputPath('pages'), NOW.getTime());

  const panel = await openPanelView(ext, 'data');
  await restoreBackupInPanel(panel, backup);
  const log = await captureDemoPages(ext, { pages });
  expect(log.map((entry) => [entry.pageKind, entry.status, entry.created])).toEqual([
    ['find-creators', 'stored', story.newcomers.length],
    ['sample-requests', 'stored', 4],
  ]);

  await openPanelView(ext, 'overview', 400, panel);
  await expect(panel.getByTestId('first-run-checklist')).toHaveCount(0);
  await expect(panel.getByTestId('velocity-summary')).toContainText('Week of Nov 9, 2026');
  const zombies = panel.getByTestId('action-zombie');
  await expect(zombies).toContainText(new RegExp(`: ?${story.zombies.length}$`));

  const starKey = `id:${creatorIdOf(CAST.findIndex((m) => m.handle === story.star))}`;
  await openPanelView(ext, `creators/${encodeURIComponent(starKey)}`, 400, panel);
  await expect(panel.getByText('Suggested: Promote to Tier 2')).toBeVisible();

  await openPanelView(ext, 'spark-ads', 400, panel);
  await expect(panel.getByRole('list', { name: /candidates, best first/ }).getByRole('listitem').first()).toContainText(`@${story.star}`);

  // Print all: every scorecard, one per page, in a tab of its own.
  await openPanelView(ext, 'creators', 400, panel);
  const [printTab] = await Promise.all([ext.context.waitForEvent('page'), panel.getByRole('button', { name: 'Print all' }).click()]);
  await expect(printTab).toHaveURL(/sidepanel\.html#print\?w=\d+&autoprint=1$/);
  await expect(printTab.locator('.print-all-page')).toHaveCount(CAST.length);
  await printTab.close();

  await openPanelView(ext, 'briefs', 400, panel);
  for (const brief of story.briefs) await expect(panel.getByText(brief.name)).toBeVisible();
});

test('a first run: guidance on the empty views, and a checklist that ticks itself', async ({ ext }, testInfo) => {
  await ext.context.clock.setFixedTime(NOW);
  const panel = await openPanelView(ext, 'overview');
  const guidance = panel.getByTestId('view-guidance');
  await expect(guidance).toContainText('This view will show content velocity per week');
  await expect(guidance.getByRole('link', { name: 'Find creators' })).toHaveAttribute('href', 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US');
  await guidance.getByLabel('Links open Seller Center for').selectOption('GB');
  await expect(guidance.getByRole('link', { name: 'Video analysis' })).toHaveAttribute('href', 'https://affiliate.tiktok.com/insights/video-analysis?shop_region=GB');
  const checklist = panel.getByTestId('first-run-checklist');
  await expect(checklist).toContainText('0 of 6 done');

  const [findCreators] = writeDemoPages(testInfo.outputPath('pages'), NOW.getTime());
  await captureDemoPages(ext, { pages: [findCreators!] });
  await expect(checklist.getByTestId('first-run-creators')).toHaveAttribute('data-done', 'true');
  await expect(checklist).toContainText('1 of 6 done');
  await expect(checklist.getByTestId('first-run-content')).toHaveAttribute('data-done', 'false');

  await openPanelView(ext, 'spark-ads', 400, panel);
  await expect(panel.getByText('No video qualifies yet')).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Video analysis' })).toHaveAttribute('href', 'https://affiliate.tiktok.com/insights/video-analysis?shop_region=GB');
});
