import { test as base, expect, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { countStore } from '../support/extension-db';

/** Every test gets its own Chromium with the built extension and a fresh profile. */
export const test = base.extend<{ ext: ExtensionBrowser; openPanel: (view?: string) => Promise<Page> }>({
  // eslint-disable-next-line no-empty-pattern
  ext: async ({}, use) => {
    const ext = await launchWithExtension();
    await use(ext);
    await ext.close();
  },
  openPanel: async ({ ext }, use) => {
    await use(async (view = 'overview') => {
      const panel = await ext.context.newPage();
      await panel.setViewportSize({ width: 380, height: 900 });
      await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#${view}`);
      return panel;
    });
  },
});

export { expect };

/** Waits until the extension has stored `count` records in `store`. */
export async function expectStored(ext: ExtensionBrowser, store: string, count: number): Promise<void> {
  await expect.poll(() => countStore(ext.worker, store), { message: `${store} stored`, timeout: 15_000 }).toBe(count);
}
