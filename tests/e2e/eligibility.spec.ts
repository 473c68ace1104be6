/**
 * Shop eligibility end to end: the account health and product rating fixtures (layouts inferred,
 * see their header comments) served at their real Seller Center addresses, captured by the real
 * extension, stored with their day, and checked in the panel: the Overview warns before a threshold
 * is crossed and says what crossing pauses; the Eligibility view shows each figure, its threshold and
 * its history. Pictured in light and dark, at 320 px and at the panel's usual width.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { readStore } from '../support/extension-db';
import { screenshotWholePanel } from '../support/panel-screenshot';
import { serveSellerCenter } from '../support/seller-center-routes';
import { expect, expectStored, test } from './fixtures';

const ACCOUNT_HEALTH = { url: 'https://seller-us.tiktok.com/account/health?shop_region=US', fixture: 'lib/adapters/account-health.fixture.html' };
const PRODUCT_RATING = { url: 'https://seller-us.tiktok.com/product/rating?shop_region=US', fixture: 'lib/adapters/product-rating.fixture.html' };
/** The panel's clock: the fixture's counterfeit violation (14 August 2026) is 98 days old, outside the 60-day window. */
const TODAY = new Date('2026-11-20T12:00:00');

interface StoredFigures {
  subject: string;
  day: string;
  storeRating?: number;
  counterfeitChecked?: boolean;
  counterfeitDays?: string[];
  reviews?: number;
  negativeReviews?: number;
  sources: string[];
}

async function picture(panel: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await screenshotWholePanel(panel, file);
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

test('the account health page at its real address: stored with its day, and the Overview warns before the store rating crosses', async ({ ext, openPanel }, testInfo) => {
  test.setTimeout(120_000);
  await serveSellerCenter(ext.context, [ACCOUNT_HEALTH, PRODUCT_RATING]);
  const page = await ext.context.newPage();
  await page.goto(ACCOUNT_HEALTH.url);
  await expect.poll(async () => (await readStore<StoredFigures>(ext.worker, 'eligibility'))[0]?.storeRating, { timeout: 15_000 }).toBe(2.9);
  await expect.poll(async () => (await readStore<StoredFigures>(ext.worker, 'eligibility'))[0]?.counterfeitDays, { timeout: 15_000 }).toEqual(['2026-08-14']);
  const [shop] = await readStore<StoredFigures>(ext.worker, 'eligibility');
  expect(shop).toMatchObject({ subject: 'shop', counterfeitChecked: true, sources: ['account-health'] });

  await ext.context.clock.setFixedTime(TODAY);
  const panel = await openPanel('overview');
  const warning = panel.getByTestId('eligibility-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Near the threshold: Store rating 2.9, must be at least 2.5.');
  await expect(warning).toContainText('pauses all affiliate collaboration');
  await expect(panel.getByRole('region', { name: 'Shop eligibility: near a threshold' })).toBeVisible();

  // The product rating page adds each product's reviews; a product with 3 reviews is too few to count.
  await page.goto(PRODUCT_RATING.url);
  await expectStored(ext, 'eligibility', 6);
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#eligibility`);
  const rules = panel.getByRole('list', { name: 'Eligibility rules' });
  await expect(rules.getByTestId('eligibility-check')).toHaveCount(2 + 5 * 2);
  const serum = rules.getByTestId('eligibility-check').filter({ hasText: 'Vitamin C Glow Serum 30ml' }).filter({ hasText: 'Negative review rate' });
  await expect(serum).toContainText('0.42%'); // 5 of 1,204, FMCG (the default category): under 0.48%, fine
  await expect(serum).toContainText('OK');
  const mask = rules.getByTestId('eligibility-check').filter({ hasText: 'Rose Clay Mask 100g' }).filter({ hasText: 'Negative review rate' });
  await expect(mask).toContainText('Too few to count');
  // Returns were not on either page: unknown, never 0.
  const returns = rules.getByTestId('eligibility-check').filter({ hasText: 'Vitamin C Glow Serum 30ml' }).filter({ hasText: 'Seller-fault return/refund rate' });
  await expect(returns).toContainText('Unknown');
  await expect(rules.getByTestId('eligibility-check').filter({ hasText: 'Counterfeit violations' })).toContainText('OK');
  // 4 negative of 642 reviews is 0.62%: over FMCG's 0.6%, so the Overview now says crossed.
  const cream = rules.getByTestId('eligibility-check').filter({ hasText: 'Hydra Barrier Night Cream 50ml' }).filter({ hasText: 'Negative review rate' });
  await expect(cream).toContainText('Crossed');

  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    for (const width of [320, 380]) {
      await panel.setViewportSize({ width, height: 900 });
      for (const view of ['overview', 'eligibility']) {
        await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#${view}`);
        await expect(panel.getByRole('region', { name: view === 'overview' ? 'Shop eligibility: threshold crossed' : 'Shop eligibility' })).toBeVisible();
        await panel.locator('details:not([open]) > summary').evaluateAll((summaries) => summaries.forEach((s) => ((s.parentElement as HTMLDetailsElement).open = true)));
        if (view === 'eligibility' && width === 320) {
          const { violations } = await new AxeBuilder({ page: panel }).options({ resultTypes: ['violations'] }).analyze();
          expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
        }
        await picture(panel, testInfo, `${view}-${scheme}-${width}`);
      }
    }
  }
});

test('figures typed in the panel: kept with their day, and a crossing shows on the Overview', async ({ ext, openPanel }) => {
  await ext.context.clock.setFixedTime(TODAY);
  const panel = await openPanel('eligibility');
  await expect(panel.getByText('No figures yet.')).toBeVisible();
  const entry = panel.getByRole('region', { name: 'Enter figures' });
  await entry.getByLabel('A product').check();
  await entry.getByLabel('Product ID').fill('1729384756102938475');
  await entry.getByLabel('Return/refund cases').fill('40');
  await entry.getByLabel('Seller-fault returns').fill('1');
  await entry.getByRole('button', { name: 'Save figures' }).click();
  await expect(entry.getByRole('status')).toHaveText('Saved for 2026-11-20.');
  const [record] = await readStore<StoredFigures & { returnCases?: number; sellerFaultReturns?: number }>(ext.worker, 'eligibility');
  expect(record).toMatchObject({ subject: 'product:1729384756102938475', day: '2026-11-20', returnCases: 40, sellerFaultReturns: 1, sources: ['typed'] });
  expect(record!.reviews).toBeUndefined();

  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#overview`);
  await expect(panel.getByTestId('eligibility-warning')).toContainText('Crossed: Product 1729384756102938475: seller-fault return/refund rate 2.5% (1 of 40 cases), must stay under 1.5%.');
});
