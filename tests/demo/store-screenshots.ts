/**
 * The five Chrome Web Store screenshots (1280×800): the Affiliate Center page on the left, the side
 * panel at 400 px on the right, a caption on top. Made from the demo program, so they show what a
 * seller sees on the day the demo runs.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../support/browser';
import type { DemoPage } from '../support/demo-pages';
import { openPanelView } from '../support/panel';
import { creatorIdOf, CAST } from './story/cast';
import type { DemoStory } from './story/program';

export const STORE_SIZE = { width: 1280, height: 800 };
const CAPTION_HEIGHT = 72;
const PANEL_WIDTH = 400;

interface StoreShot {
  view: string;
  caption: string;
  lookAt: string;
}

function storeShots(story: DemoStory): StoreShot[] {
  const starKey = `id:${creatorIdOf(CAST.findIndex((m) => m.handle === story.star))}`;
  return [
    { view: 'overview', caption: 'Your weekly creator review in one side panel', lookAt: 'Velocity chart, roster health per tier and the action list beside Find creators.' },
    { view: `creators/${encodeURIComponent(starKey)}`, caption: 'Tier suggestions that show the numbers behind them', lookAt: `@${story.star}'s creator view: the promotion suggestion with its reason, Accept / Dismiss, history sparklines.` },
    { view: 'spark-ads', caption: 'Spark Ads candidates ranked by conversion, not views', lookAt: 'The ranked candidates with clicks, orders and conversion.' },
    { view: 'briefs/edit/brief-demo-vitamin-c-draft', caption: 'Five-part briefs with compliance checks before you send', lookAt: 'The draft brief with its Must fix findings (a medical claim, an absolute claim, a passive CTA).' },
    { view: 'data', caption: 'Captured as you browse. Nothing leaves your browser.', lookAt: 'Capture status for today\'s pages, import of export files and backup.' },
  ];
}

/** Writes `store-1-….png` … `store-5-….png` into `outDir`; returns [file, what to look at]. */
export async function storeScreenshots(
  ext: ExtensionBrowser,
  sellerTab: Page,
  sellerPages: DemoPage[],
  outDir: string,
  story: DemoStory,
): Promise<[string, string][]> {
  const height = STORE_SIZE.height - CAPTION_HEIGHT;
  await sellerTab.setViewportSize({ width: STORE_SIZE.width - PANEL_WIDTH, height });
  // Beside the panel: the page each view draws on.
  const pageShots = new Map<string, string>();
  for (const page of sellerPages) {
    await sellerTab.goto(page.url);
    await sellerTab.waitForLoadState('load');
    pageShots.set(page.url, (await sellerTab.screenshot()).toString('base64'));
  }
  const panel = await openPanelView(ext, 'overview', PANEL_WIDTH);
  await panel.setViewportSize({ width: PANEL_WIDTH, height });
  const canvas = await ext.context.newPage();
  await canvas.setViewportSize(STORE_SIZE);
  const written: [string, string][] = [];
  for (const [i, shot] of storeShots(story).entries()) {
    await openPanelView(ext, shot.view, PANEL_WIDTH, panel);
    await panel.setViewportSize({ width: PANEL_WIDTH, height });
    const panelShot = (await panel.screenshot()).toString('base64');
    const pageShot = pageShots.get(sellerPages[i % sellerPages.length]!.url);
    await canvas.setContent(`<!doctype html><html><body style="margin:0;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;overflow:hidden;font-family:system-ui,sans-serif;background:#0f172a">
      <div style="height:${CAPTION_HEIGHT}px;display:flex;align-items:center;padding:0 32px;color:#fff;font-size:28px;font-weight:600">${shot.caption}</div>
      <div style="display:flex"><img style="width:${STORE_SIZE.width - PANEL_WIDTH}px;height:${height}px;object-fit:cover;object-position:top left" src="data:image/png;base64,${pageShot}">
      <img style="width:${PANEL_WIDTH}px;height:${height}px;box-shadow:-4px 0 12px rgba(0,0,0,.35)" src="data:image/png;base64,${panelShot}"></div></body></html>`);
    const file = `store-${i + 1}-${shot.view.split('/')[0]}.png`;
    await canvas.screenshot({ path: path.join(outDir, file) });
    written.push([file, `Chrome Web Store screenshot ${i + 1} (1280×800), "${shot.caption}": ${shot.lookAt}`]);
  }
  await canvas.close();
  await panel.close();
  return written;
}
