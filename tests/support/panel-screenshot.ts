import type { Page } from '@playwright/test';

/** The whole panel view in one picture: the panel scrolls inside `main`, so grow the viewport to fit it. */
export async function screenshotWholePanel(panel: Page, file: string): Promise<void> {
  const size = panel.viewportSize()!;
  const height = await panel.evaluate(() => {
    const main = document.querySelector('main');
    const outside = document.documentElement.scrollHeight - (main?.clientHeight ?? 0);
    return Math.max(document.documentElement.scrollHeight, outside + (main?.scrollHeight ?? 0));
  });
  await panel.setViewportSize({ width: size.width, height: Math.min(Math.max(height, size.height), 6000) });
  await panel.screenshot({ path: file, animations: 'disabled' });
  await panel.setViewportSize(size);
}
