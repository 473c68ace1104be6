/**
 * Visiting every bundled demo page in one tab, one after the other, waiting for each page's capture
 * to be logged before the next: the same data, captured in the same order, on every run.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { demoPages, type DemoPage } from './demo-pages';
import { countStore, readStore, type CaptureLogRecord } from './extension-db';
import { serveSellerCenter } from './seller-center-routes';

export interface CaptureDemoOptions {
  /** Pages to serve and visit, in order (default: every demo page). */
  pages?: DemoPage[];
  /** Tab to visit them in, left open for the caller (default: a new tab, closed at the end). */
  tab?: Page;
  /** Runs on each page once its first capture is logged (scrolling, paging, a screenshot…). */
  afterCapture?: (tab: Page, page: DemoPage, index: number) => Promise<void>;
}

/** Serves and visits the demo pages; returns the capture log once all are in. */
export async function captureDemoPages(
  ext: { context: BrowserContext; worker: Worker },
  options: CaptureDemoOptions = {},
): Promise<CaptureLogRecord[]> {
  const pages = options.pages ?? demoPages();
  await serveSellerCenter(ext.context, pages);
  const tab = options.tab ?? (await ext.context.newPage());
  for (const [index, page] of pages.entries()) {
    const before = await countStore(ext.worker, 'captureLog');
    await tab.goto(page.url);
    const deadline = Date.now() + 15_000;
    while ((await countStore(ext.worker, 'captureLog')) === before) {
      if (Date.now() > deadline) throw new Error(`No capture logged for ${page.name} (${page.url})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await options.afterCapture?.(tab, page, index);
  }
  if (!options.tab) await tab.close();
  return readStore<CaptureLogRecord>(ext.worker, 'captureLog');
}
