/**
 * Driving the side panel as a page (`chrome-extension://<id>/sidepanel.html#<view>`): opening a view
 * at a panel width and waiting until its data is shown, and restoring a backup from the Data view.
 */
import { expect, type Page } from '@playwright/test';
import type { ExtensionBrowser } from './browser';

/** Opens `view` (a hash route: `overview`, `creators/id:…`, `briefs/edit/…`) at `width` px and waits until it settles. */
export async function openPanelView(ext: ExtensionBrowser, view: string, width = 400, page?: Page): Promise<Page> {
  const panel = page ?? (await ext.context.newPage());
  await panel.setViewportSize({ width, height: 800 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#${view}`);
  await waitForPanelData(panel);
  return panel;
}

/** Until nothing is loading or computing (no progress bar, no "refreshing…" notice). */
export async function waitForPanelData(panel: Page): Promise<void> {
  await panel.waitForFunction(() => !document.querySelector('progress, [data-testid="analysis-cached"]') && document.querySelector('main') !== null, undefined, {
    timeout: 60_000,
  });
  await panel.waitForTimeout(300);
}

/** Restores a backup file from the Data view (check, confirm, restore) and waits for the result. */
export async function restoreBackupInPanel(panel: Page, file: string): Promise<void> {
  await panel.getByTestId('restore-file-input').setInputFiles(file);
  await panel.getByRole('group', { name: 'Confirm restore' }).getByRole('button', { name: 'Restore this backup' }).click({ timeout: 60_000 });
  await expect(panel.getByTestId('backup-message')).toContainText('Restored the backup of', { timeout: 120_000 });
}
