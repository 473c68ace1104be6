/**
 * Team sharing end to end: two browser profiles of the built extension and a CouchDB-protocol server
 * (`pouchdb-server --in-memory`, started and stopped here, behind a proxy the test can cut).
 * The server address is stored the way Settings → Team stores it: Chrome's permission prompt cannot
 * be answered in headless Chromium, and the server answers CORS, as docs/team-sync.md describes.
 */
import { test, expect } from '@playwright/test';
import type { ExtensionBrowser } from '../support/browser';
import { readStore } from '../support/extension-db';
import { creator, openMember, saveZombieDays, storeRaw, teamStatus, turnTeamOn as storeTeamSettings, zombieDays, type Member } from '../support/team-members';
import { startTeamServer, type TeamServer } from '../support/team-server';

const DATABASE = 'acme-program';

let server: TeamServer;
const browsers: ExtensionBrowser[] = [];

test.beforeEach(async () => {
  server = await startTeamServer();
  await server.createDatabase(DATABASE);
});

test.afterEach(async () => {
  for (const ext of browsers.splice(0)) await ext.close();
  await server.stop();
});

const member = (): Promise<Member> => openMember(browsers);
const turnTeamOn = (ext: ExtensionBrowser, memberName: string, enabled = true) => storeTeamSettings(ext, { serverUrl: server.url, database: DATABASE, memberName, enabled });

test('edits on both sides converge, and captures are shared once by their natural key', async () => {
  const ana = await member();
  const lee = await member();
  // Both captured creator 1 before joining; Ana also captured creator 2.
  await storeRaw(ana.ext, 'creators', [creator(1, 1200), creator(2, 800)]);
  await storeRaw(lee.ext, 'creators', [creator(1, 1250)]);
  await turnTeamOn(ana.ext, 'Ana');
  await turnTeamOn(lee.ext, 'Lee');

  await saveZombieDays(ana.panel, '365');
  await expect.poll(() => zombieDays(lee.ext), { timeout: 20_000 }).toBe(365);

  // Lee writes a note on creator 2, which reached him from Ana.
  await expect.poll(async () => (await readStore(lee.ext.worker, 'creators')).length, { timeout: 20_000 }).toBe(2);
  await lee.panel.goto(`chrome-extension://${lee.ext.extensionId}/sidepanel.html#creators/${encodeURIComponent('id:1002')}`);
  await lee.panel.getByLabel('Notes').fill('Prefers WhatsApp; ships from Leeds.');
  await lee.panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect
    .poll(async () => (await readStore<{ creatorKey: string; notes?: string }>(ana.ext.worker, 'programs')).find((p) => p.creatorKey === 'id:1002')?.notes, { timeout: 20_000 })
    .toBe('Prefers WhatsApp; ships from Leeds.');

  // Who changed what and when, on the creator view.
  await ana.panel.goto(`chrome-extension://${ana.ext.extensionId}/sidepanel.html#creators/${encodeURIComponent('id:1002')}`);
  await expect(ana.panel.getByTestId('team-activity')).toContainText(/Lee set notes · (just now|\d+ min ago)/);

  // One document per natural key on the server, whoever captured it.
  const ids = (await server.docs(DATABASE)).map((doc) => doc._id).sort();
  expect(ids).toEqual(['creator:id:1001', 'creator:id:1002', 'program:id:1002', 'settings:settings']);
  await ana.panel.goto(`chrome-extension://${ana.ext.extensionId}/sidepanel.html#settings`);
  // The status settles: a live sync that never says "Up to date" again is a bug a seller would see.
  await expect(ana.panel.getByTestId('team-status')).toContainText('Up to date', { timeout: 20_000 });
  await expect(ana.panel.getByTestId('team-status')).toContainText('Last sync');
});

test('both offline, conflicting edits to one field: back online, the newest edit wins and the other is listed', async () => {
  const ana = await member();
  const lee = await member();
  await turnTeamOn(ana.ext, 'Ana');
  await turnTeamOn(lee.ext, 'Lee');
  await saveZombieDays(ana.panel, '120');
  await expect.poll(() => zombieDays(lee.ext), { timeout: 20_000 }).toBe(120);

  server.offline();
  await saveZombieDays(ana.panel, '200');
  await ana.panel.waitForTimeout(50);
  await saveZombieDays(lee.panel, '300');
  await lee.panel.waitForTimeout(2_000);
  server.online();

  for (const { ext } of [ana, lee]) await expect.poll(() => zombieDays(ext), { timeout: 30_000 }).toBe(300);
  for (const { panel } of [ana, lee]) {
    const conflict = panel.getByTestId('team-conflict');
    await expect(conflict).toHaveCount(1, { timeout: 20_000 });
    await expect(conflict).toContainText('Kept: Lee’s edit');
    await expect(conflict).toContainText('Not applied: Ana’s edit');
  }
  // Ana restores her version: it becomes the newest edit and reaches Lee.
  await ana.panel.getByRole('button', { name: 'Use Ana’s' }).click();
  await expect.poll(() => zombieDays(lee.ext), { timeout: 30_000 }).toBe(200);
});

test('the server going away mid-sync loses nothing: sync resumes and completes', async () => {
  test.setTimeout(240_000); // 3,000 records sent three times and received once: slow on a busy machine
  const ana = await member();
  const creators = Array.from({ length: 3_000 }, (_, n) => creator(n + 1, 1000 + n));
  await storeRaw(ana.ext, 'creators', creators);
  await turnTeamOn(ana.ext, 'Ana');
  // Cut the connection once part of the first push has arrived.
  await expect.poll(async () => (await server.docs(DATABASE)).length, { timeout: 30_000, intervals: [50] }).toBeGreaterThan(0);
  server.offline();
  const arrived = (await server.docs(DATABASE)).length;
  expect(arrived).toBeLessThan(3_000);
  await expect.poll(async () => (await teamStatus(ana.ext)).state, { timeout: 20_000 }).toMatch(/offline|error|syncing/);
  server.online();
  await expect.poll(async () => (await server.docs(DATABASE)).length, { timeout: 60_000 }).toBe(3_000);

  // The server process is killed and comes back empty (in-memory). The next replication (here: the
  // panel opened again) finds the server's checkpoint gone and sends everything again: nothing lost.
  await server.killAndRestart();
  await server.createDatabase(DATABASE);
  await ana.panel.reload();
  await expect.poll(async () => (await server.docs(DATABASE)).length, { timeout: 60_000 }).toBe(3_000);
  expect(await readStore(ana.ext.worker, 'creators')).toHaveLength(3_000);

  // A second member joining later receives every record.
  const lee = await member();
  await turnTeamOn(lee.ext, 'Lee');
  await expect.poll(async () => (await readStore(lee.ext.worker, 'creators')).length, { timeout: 60_000 }).toBe(3_000);
});

test('Team off: no request at all, and no sync database', async () => {
  const fresh = await member();
  await saveZombieDays(fresh.panel, '90');
  await fresh.panel.waitForTimeout(3_000);
  expect(server.requests()).toBe(0);
  const databases = await fresh.ext.worker.evaluate(async () => (await indexedDB.databases()).map((info) => info.name));
  expect(databases.filter((name) => name?.startsWith('_pouch_'))).toEqual([]);
  await expect(fresh.panel.getByRole('button', { name: 'Turn Team sharing on' })).toBeVisible();

  // On, then off again: from then on, not one request.
  await turnTeamOn(fresh.ext, 'Ana');
  await expect.poll(async () => (await teamStatus(fresh.ext)).lastSyncAt ?? null, { timeout: 20_000 }).not.toBeNull();
  await turnTeamOn(fresh.ext, 'Ana', false);
  await expect.poll(async () => (await teamStatus(fresh.ext)).state, { timeout: 10_000 }).toBe('off');
  await fresh.panel.waitForTimeout(500);
  server.resetRequests();
  await saveZombieDays(fresh.panel, '120');
  await fresh.panel.waitForTimeout(5_000);
  expect(server.requests()).toBe(0);
});
