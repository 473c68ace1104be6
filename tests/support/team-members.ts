/**
 * Members of a team in the e2e tests: a browser profile of the built extension with its panel open
 * on Settings, the team settings stored as Settings → Team stores them after Chrome's permission
 * grant (the prompt cannot be answered in headless Chromium; the test server answers CORS), and
 * the extension's own storage read and written from its service worker.
 */
import { expect, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { readStore } from './extension-db';

/** `chrome.storage.local` as the worker sees it (the test runs this code in the extension's service worker). */
interface WorkerGlobals {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };
}

export const NOW = Date.parse('2026-11-30T10:00:00Z');

export interface Member {
  ext: ExtensionBrowser;
  panel: Page;
}

/** A new profile (closed by the caller through `browsers`), its panel on Settings. */
export async function openMember(browsers: ExtensionBrowser[]): Promise<Member> {
  const ext = await launchWithExtension();
  browsers.push(ext);
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#settings`);
  await expect(panel.getByRole('heading', { name: 'Team' })).toBeVisible();
  return { ext, panel };
}

export interface TeamLogin {
  serverUrl: string;
  database: string;
  memberName: string;
  username?: string;
  password?: string;
  enabled?: boolean;
}

export async function turnTeamOn(ext: ExtensionBrowser, login: TeamLogin): Promise<void> {
  const settings = { username: '', password: '', shareCaptures: true, enabled: true, ...login };
  await ext.worker.evaluate((value) => (globalThis as unknown as WorkerGlobals).chrome.storage.local.set({ team: value }), settings);
}

/** Stores records straight into the extension's IndexedDB, as captures made before Team was on. */
export async function storeRaw(ext: ExtensionBrowser, store: string, records: object[]): Promise<void> {
  await ext.worker.evaluate(
    ({ store, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('creator-desk');
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { store, records },
  );
}

export function creator(n: number, followers: number) {
  return {
    key: `id:${1000 + n}`,
    creatorId: String(1000 + n),
    handle: `creator${n}`,
    handleDisplay: `creator${n}`,
    categories: [],
    metrics: { followers: { kind: 'exact', value: followers, raw: String(followers) } },
    sources: ['find-creators'],
    firstSeen: NOW,
    lastSeen: NOW,
    updatedAt: NOW,
  };
}

export async function teamStatus(ext: ExtensionBrowser): Promise<{ state?: string; lastSyncAt?: number | null; message?: string; readOnly?: boolean }> {
  return ext.worker.evaluate(async () => ((await (globalThis as unknown as WorkerGlobals).chrome.storage.local.get('teamStatus')).teamStatus ?? {}) as never);
}

export async function saveZombieDays(panel: Page, days: string): Promise<void> {
  await panel.getByLabel('Inactive (zombie) after this many days without content').fill(days);
  await panel.getByRole('button', { name: 'Save settings' }).click();
  await expect(panel.getByRole('form', { name: 'Analytics settings' }).getByRole('status')).toHaveText(/^Saved\./);
}

export async function zombieDays(ext: ExtensionBrowser): Promise<number | undefined> {
  const records = await readStore<{ id: string; values: { zombieAfterDays?: number } }>(ext.worker, 'settings');
  return records.find((record) => record.id === 'settings')?.values.zombieAfterDays;
}
