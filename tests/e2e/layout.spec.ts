/**
 * The side panel from 320 to 600 px (issue 14): at each width, light and dark, every view is
 * pictured (the screenshots are attached to the report and left in test-results for looking at)
 * and nothing a seller reads is cut: no label, badge, figure or select text ends in a clipped
 * ellipsis, and no chart axis label falls outside its chart. Long names and titles wrap (at most two
 * lines in the Creators list's fixed-height rows).
 */
import type { Page } from '@playwright/test';
import { captureDemoPages } from '../support/capture-demo';
import { attachPanelScreenshot, PANEL_VIEWS } from '../support/panel-views';
import { expect, test } from './fixtures';

/** The demo videos' weeks (30 January – 5 March 2026): the velocity chart has bars and axis labels. */
const VIDEOS_TODAY = new Date('2026-03-08T12:00:00');
const WIDTHS = [320, 360, 600];

/** What is cut in the panel as shown: `what "text" (needed > had px)`. */
function cutTexts(panel: Page): Promise<string[]> {
  return panel.evaluate(() => {
    const cut: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.sr-only, [data-may-shorten]')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
      if (el instanceof HTMLSelectElement) {
        const option = el.selectedOptions[0];
        if (!option) continue;
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // The option's text, the padding before it and the arrow (about 20 px) must fit.
        const needed = Math.ceil(canvas.measureText(option.text).width + parseFloat(style.paddingLeft) + 20);
        if (needed > el.clientWidth) cut.push(`select "${option.text}" (${needed} > ${el.clientWidth} px)`);
        continue;
      }
      const clips = style.textOverflow === 'ellipsis' || (style.overflowX !== 'visible' && style.whiteSpace === 'nowrap');
      if (clips && el.scrollWidth > el.clientWidth + 1) cut.push(`${describe(el)} (${el.scrollWidth} > ${el.clientWidth} px)`);
    }
    for (const chart of document.querySelectorAll('svg.recharts-surface')) {
      const box = chart.getBoundingClientRect();
      for (const label of chart.querySelectorAll('text')) {
        const r = label.getBoundingClientRect();
        if (r.left < box.left - 1 || r.right > box.right + 1) cut.push(`axis label "${label.textContent}" outside its chart`);
      }
    }
    return cut;
  });
}

test('from 320 to 600 px, light and dark: every view pictured, no label, badge, figure or axis cut', async ({ ext, openPanel }, testInfo) => {
  test.setTimeout(300_000);
  await captureDemoPages(ext);
  await ext.context.clock.setFixedTime(VIDEOS_TODAY);
  const panel = await openPanel('overview');
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await panel.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      for (const view of PANEL_VIEWS) {
        await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#${view.hash}`);
        await expect(view.ready(panel).first()).toBeVisible();
        await expect(panel.getByText(/^(Reading stored data|Computing scorecards|Loading)/)).toHaveCount(0);
        for (const text of await cutTexts(panel)) problems.push(`${view.name} at ${width} px (${scheme}): ${text}`);
        await attachPanelScreenshot(panel, testInfo, `${view.name}-${width}-${scheme}`);
      }
    }
  }
  expect(problems).toEqual([]);
});
