import AxeBuilder from '@axe-core/playwright';
import { readStore } from '../support/extension-db';
import { expect, test } from './fixtures';

interface StoredTemplate {
  id: string;
  productName: string;
  brief: { callToAction: string; hookText: string };
  versions: { version: number; brief: { callToAction: string } }[];
}

const GOOD_CTA = 'Grab it directly from my TikTok Shop';

test('brief builder: "link in bio" and "cures acne" are flagged, fixed, saved, copied as Markdown, and an old version reopened', async ({
  ext,
  openPanel,
}) => {
  // Chromium calls extension origins opaque for grantPermissions(…, { origin }): grant them context-wide.
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const panel = await openPanel('briefs');

  // A new template for a product, from the problem agitation starter.
  const create = panel.getByRole('form', { name: 'New brief template' });
  await create.getByLabel('Product', { exact: true }).fill('Glow Serum');
  await create.getByLabel('Problem agitation starter', { exact: true }).check();
  await create.getByRole('button', { name: 'Create template' }).click();
  await expect(panel.getByRole('heading', { name: 'Edit brief template' })).toBeVisible();

  // Write a brief with a passive CTA and a medical claim: both flagged while typing.
  await panel.getByLabel('Product truth 1', { exact: true }).fill('Fragrance-free, so it works for sensitive skin');
  const hook = panel.getByLabel('Hook direction', { exact: true });
  await hook.fill('Open on the breakout you hide every morning, then show how it cures acne');
  const cta = panel.getByLabel('Call to action', { exact: true });
  await cta.fill('link in bio');

  const checks = panel.getByRole('region', { name: 'Checks' });
  const findings = checks.getByRole('list', { name: 'Findings' });
  await expect(findings).toContainText('"link in bio" is too passive for TikTok Shop');
  await expect(findings).toContainText('"cures" is a medical claim');
  await expect(panel.locator('mark', { hasText: 'link in bio' })).toBeVisible();
  await expect(panel.locator('mark', { hasText: 'cures' })).toBeVisible();

  // Fix them: one-click suggestion for the CTA, an edit for the claim.
  await checks.getByRole('button', { name: `Replace with “${GOOD_CTA}”` }).click();
  await expect(cta).toHaveValue(GOOD_CTA);
  await hook.fill('Open on the breakout you hide every morning; let the frustration land before the serum appears');
  await expect(findings).not.toContainText('link in bio');
  await expect(findings).not.toContainText('medical claim');
  await expect(panel.locator('mark')).toHaveCount(0);

  // Save (a new version), then copy as Markdown and read the clipboard back.
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByText('Saved as version 2.')).toBeVisible();
  await panel.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(panel.getByText('Copied the brief as Markdown to the clipboard.')).toBeVisible();
  const markdown = await panel.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('## 1. Hook angle: Problem agitation');
  expect(markdown).toContain(`## 4. Call to action\n\n${GOOD_CTA}`);
  expect(markdown).toContain('- Fragrance-free, so it works for sensitive skin');
  expect(markdown).not.toContain('link in bio');

  // Save again with a change, then reopen the previous version and see its text.
  await cta.fill("I'll have the link pinned");
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByText('Saved as version 3.')).toBeVisible();
  await panel.getByRole('button', { name: 'Open version 2' }).click();
  const version2 = panel.getByRole('region', { name: 'Version 2' });
  await expect(version2).toContainText(GOOD_CTA);
  await expect(version2).not.toContainText('link pinned');

  // What is stored: three versions, the current one with the last change.
  const [stored] = await readStore<StoredTemplate>(ext.worker, 'briefTemplates');
  expect(stored?.productName).toBe('Glow Serum');
  expect(stored?.versions.map((v) => v.version)).toEqual([1, 2, 3]);
  expect(stored?.versions[1]?.brief.callToAction).toBe(GOOD_CTA);
  expect(stored?.brief.callToAction).toBe("I'll have the link pinned");

  // The editor is usable by keyboard and screen reader: no serious accessibility violations.
  const axe = await new AxeBuilder({ page: panel }).include('main').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('brief builder: a competitor from the seller\'s list is flagged, and the template library archives and duplicates', async ({ openPanel }) => {
  const panel = await openPanel('briefs/rules');
  await panel.getByLabel('Competitor name', { exact: true }).fill('GlowCo');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(panel.getByRole('list', { name: 'Competitors' })).toContainText('GlowCo');

  await panel.getByRole('link', { name: 'Templates' }).click();
  const create = panel.getByRole('form', { name: 'New brief template' });
  await create.getByLabel('Product', { exact: true }).fill('Glow Serum');
  await create.getByLabel(/^Template name/).fill('Launch');
  await create.getByRole('button', { name: 'Create template' }).click();
  await panel.getByLabel('Hook direction', { exact: true }).fill('Better than glowco, honestly');
  await expect(panel.getByRole('list', { name: 'Findings' })).toContainText('"glowco" is on your competitor list');

  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByText('Saved as version 2.')).toBeVisible();
  await panel.getByRole('link', { name: '← All templates' }).click();
  await panel.getByRole('button', { name: 'Duplicate Launch' }).click();
  await expect(panel.getByRole('link', { name: 'Launch (copy)' })).toBeVisible();
  await panel.getByRole('button', { name: 'Archive Launch', exact: true }).click();
  await expect(panel.getByRole('link', { name: 'Launch', exact: true })).toHaveCount(0);
  await panel.getByLabel(/Show archived/).check();
  await panel.getByRole('button', { name: 'Unarchive Launch' }).click();
  await panel.getByLabel(/Show archived/).uncheck();
  await expect(panel.getByRole('link', { name: 'Launch', exact: true })).toBeVisible();
});
