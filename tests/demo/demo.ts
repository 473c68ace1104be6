/**
 * The demo: Chromium with the built extension browses the bundled demo pages at their real
 * Affiliate Center addresses (scrolling and paging like a seller would), then opens the side panel.
 * With a display the browser stays open for you to explore; without one it runs headless and
 * writes screenshots and a summary into a folder whose path it prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { captureDemoPages } from '../support/capture-demo';
import type { DemoPage } from '../support/demo-pages';
import { countStore, readStore, type CaptureLogRecord } from '../support/extension-db';
import { screenshotWholePanel } from '../support/panel-screenshot';
import { appendRows, nextPage } from '../support/simulate-table';

const PANEL_VIEWS = ['overview', 'creators', 'spark-ads', 'briefs', 'settings', 'data'];
const STORES = ['creators', 'content', 'snapshots', 'collaborations', 'samples', 'orders', 'captureLog'];

export async function runDemo(): Promise<void> {
  const headless = !process.env.DISPLAY || process.env.CI === 'true' || process.env.HEADLESS === '1';
  const outDir = path.resolve('demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
  fs.mkdirSync(outDir, { recursive: true });

  const ext = await launchWithExtension({ headless });
  const summary: string[] = [`Creator Desk demo — ${new Date().toISOString()}`, ''];

  try {
    // The tab stays open afterwards, for exploring the pages when the browser is shown.
    await captureDemoPages(ext, {
      tab: await ext.context.newPage(),
      async afterCapture(tab, demo, index) {
        await browseLikeASeller(tab, demo);
        await waitForQuiet(ext);
        const file = `${String(index + 1).padStart(2, '0')}-page-${slug(demo.name)}.png`;
        await tab.screenshot({ path: path.join(outDir, file) });
        summary.push(`Visited ${demo.name} at ${demo.url}`);
      },
    });

    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      for (const view of PANEL_VIEWS) {
        await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#${view}`);
        await panel.waitForTimeout(1500);
        await screenshotWholePanel(panel, path.join(outDir, `panel-${view}-${scheme}.png`));
      }
    }
    await panel.emulateMedia({ colorScheme: null });
    // The demo videos were posted 30 Jan – 5 Mar 2026: the Overview as of 8 March shows their
    // content velocity (today's Overview shows the program as it stands now, orders included).
    const asOf = await ext.context.newPage();
    await asOf.setViewportSize({ width: 400, height: 900 });
    await asOf.clock.setFixedTime(new Date('2026-03-08T12:00:00'));
    await asOf.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#overview`);
    await asOf.waitForTimeout(1500);
    await screenshotWholePanel(asOf, path.join(outDir, 'panel-overview-as-of-2026-03-08.png'));
    await asOf.close();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#overview`);

    summary.push('', 'Stored in the extension (IndexedDB):');
    for (const store of STORES) summary.push(`  ${store}: ${await countStore(ext.worker, store)}`);
    const log = await readStore<CaptureLogRecord>(ext.worker, 'captureLog');
    summary.push('', 'Capture log:');
    for (const entry of log) {
      summary.push(`  ${entry.pageKind}: ${entry.status}, ${entry.rowsRead} rows read, ${entry.created} new, ${entry.rejected} rejected`);
    }
    fs.writeFileSync(path.join(outDir, 'summary.txt'), `${summary.join('\n')}\n`);
    console.log(`\n${summary.join('\n')}\n`);
    console.log(`Screenshots and summary: ${outDir}`);

    if (!headless) {
      console.log('The browser stays open: browse the demo pages and the side panel. Close it to finish.');
      await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
    }
  } finally {
    await ext.close().catch(() => undefined);
  }
}

/** Scroll-loaded batches on lists that grow, a second page on paginated ones. */
async function browseLikeASeller(tab: Page, demo: DemoPage): Promise<void> {
  if (/find-creators/.test(demo.fixture)) {
    for (const batch of ['s', 't']) {
      await tab.mouse.wheel(0, 2000);
      await appendRows(tab, demo.rows, 12, batch);
      await tab.waitForTimeout(400);
    }
  } else if (await tab.locator('.arco-pagination-item-next, .theme-arco-pagination-item-next').count()) {
    await nextPage(tab, demo.rows, 'pg');
  }
}

/** Until the capture log stops growing (the content script debounces, then writes). */
async function waitForQuiet(ext: ExtensionBrowser): Promise<void> {
  let last = -1;
  for (let i = 0; i < 20; i++) {
    await sleep(500);
    const now = await countStore(ext.worker, 'captureLog');
    if (now === last) return;
    last = now;
  }
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
