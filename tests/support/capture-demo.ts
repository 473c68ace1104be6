/**
 * Visiting every bundled demo page in one tab, one after the other, waiting for each page's capture
 * to be logged before the next: the same data, captured in the same order, on every run.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { demoPages, type DemoPage } from './demo-pages';
import { readStore } from './extension-db';
import { serveSellerCenter } from './seller-center-routes';

export interface CaptureLogEntry {
  pageKind: string;
  status: string;
  rowsRead: number;
  created: number;
  updated?: number;
  rejected: number;
}

/** Serves and visits `pages` (default: every demo page); returns the capture log once all are in. */
export async function captureDemoPages(
  ext: { context: BrowserContext; worker: Worker },
  pages: DemoPage[] = demoPages(),
): Promise<CaptureLogEntry[]> {
  await serveSellerCenter(ext.context, pages);
  const tab = await ext.context.newPage();
  for (const page of pages) {
    const before = (await readStore(ext.worker, 'captureLog')).length;
    await tab.goto(page.url);
    const deadline = Date.now() + 15_000;
    while ((await readStore(ext.worker, 'captureLog')).length === before) {
      if (Date.now() > deadline) throw new Error(`No capture logged for ${page.name} (${page.url})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await tab.close();
  return readStore<CaptureLogEntry>(ext.worker, 'captureLog');
}
