import type { Locator, Page, TestInfo } from '@playwright/test';
import { screenshotWholePanel } from './panel-screenshot';

/** @glowwithmaya of the demo pages: the creator view and her print scorecard. */
export const MAYA_KEY = encodeURIComponent('id:7493018462751930368');

/** Every panel view, with what shows it is ready (data loaded, analysis done). */
export const PANEL_VIEWS: { name: string; hash: string; ready: (panel: Page) => Locator }[] = [
  { name: 'overview', hash: 'overview', ready: (p) => p.locator('.recharts-surface') },
  { name: 'creators', hash: 'creators', ready: (p) => p.getByRole('table', { name: /^Creators, / }) },
  { name: 'creator-detail', hash: `creators/${MAYA_KEY}`, ready: (p) => p.getByRole('region', { name: 'Tier', exact: true }) },
  { name: 'samples', hash: 'samples', ready: (p) => p.getByRole('region', { name: 'Every shipped sample' }) },
  { name: 'outreach', hash: 'outreach', ready: (p) => p.getByRole('region', { name: 'Outreach log' }) },
  { name: 'eligibility', hash: 'eligibility', ready: (p) => p.getByRole('region', { name: 'Shop eligibility' }) },
  { name: 'spark-ads', hash: 'spark-ads', ready: (p) => p.getByRole('region', { name: 'Spark Ads candidates' }) },
  { name: 'briefs', hash: 'briefs', ready: (p) => p.getByRole('navigation', { name: 'Brief builder' }) },
  { name: 'settings', hash: 'settings', ready: (p) => p.getByRole('form', { name: 'Analytics settings' }) },
  { name: 'data', hash: 'data', ready: (p) => p.getByTestId('count-creators') },
  { name: 'print', hash: `print/${MAYA_KEY}?w=28`, ready: (p) => p.getByRole('button', { name: 'Print or save as PDF' }) },
];

/** The whole view as it is now, attached to the report and left in test-results for looking at. */
export async function attachPanelScreenshot(panel: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await screenshotWholePanel(panel, file);
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}
