/**
 * A read-only team member end to end. pouchdb-server lets everyone write, so the test server's proxy
 * plays CouchDB's part (tests/support/team-access.ts): it knows the users and their roles, answers
 * `_session` with them and refuses document writes from a member without `editor`, as the
 * `validate_doc_update` function in docs/team-sync.md does on a real CouchDB.
 */
import { test, expect } from '@playwright/test';
import type { ExtensionBrowser } from '../support/browser';
import { readStore } from '../support/extension-db';
import { creator, openMember, saveZombieDays, storeRaw, teamStatus, turnTeamOn, zombieDays, type Member } from '../support/team-members';
import { startTeamServer, type TeamServer } from '../support/team-server';

const DATABASE = 'acme-program';
const USERS = {
  ana: { password: 'ana-secret', roles: ['acme', 'editor'] },
  lee: { password: 'lee-secret', roles: ['acme'] },
};

let server: TeamServer;
const browsers: ExtensionBrowser[] = [];

test.beforeEach(async () => {
  server = await startTeamServer({ users: USERS });
  await server.createDatabase(DATABASE);
});

test.afterEach(async () => {
  for (const ext of browsers.splice(0)) await ext.close();
  await server.stop();
});

const join = (who: Member, memberName: string, username: keyof typeof USERS) =>
  turnTeamOn(who.ext, { serverUrl: server.url, database: DATABASE, memberName, username, password: USERS[username].password });

async function creatorView(who: Member, key: string): Promise<void> {
  await who.panel.goto(`chrome-extension://${who.ext.extensionId}/sidepanel.html#creators/${encodeURIComponent(key)}`);
}

async function saveNote(who: Member, key: string, text: string): Promise<void> {
  await creatorView(who, key);
  await who.panel.getByLabel('Notes').fill(text);
  await who.panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(who.panel.getByRole('form', { name: 'Agreement with this creator' }).getByRole('status').last()).toHaveText(/Saved/);
}

const notesOf = async (ext: ExtensionBrowser, key: string) =>
  (await readStore<{ creatorKey: string; notes?: string }>(ext.worker, 'programs')).find((program) => program.creatorKey === key)?.notes;

test('a read-only member syncs and sees the team’s edits, its panel is read-only, and nothing it does reaches the server', async () => {
  const ana = await openMember(browsers);
  const lee = await openMember(browsers);
  await storeRaw(ana.ext, 'creators', [creator(1, 1200), creator(2, 800)]);
  // Lee captured a creator of his own before joining: it stays in his browser.
  await storeRaw(lee.ext, 'creators', [creator(3, 4100)]);
  await join(ana, 'Ana', 'ana');
  await saveZombieDays(ana.panel, '365');
  await saveNote(ana, 'id:1001', 'Agreed 3 posts a week.');
  await expect.poll(async () => (await server.docs(DATABASE)).length, { timeout: 20_000 }).toBe(4);
  const before = await server.docs(DATABASE);

  await join(lee, 'Lee', 'lee');
  await expect.poll(async () => (await teamStatus(lee.ext)).readOnly, { timeout: 20_000 }).toBe(true);
  await expect.poll(() => zombieDays(lee.ext), { timeout: 20_000 }).toBe(365);
  await expect.poll(() => notesOf(lee.ext, 'id:1001'), { timeout: 20_000 }).toBe('Agreed 3 posts a week.');

  // The read-only panel: a banner on every view, the controls that edit what the team shares disabled.
  await lee.panel.goto(`chrome-extension://${lee.ext.extensionId}/sidepanel.html#settings`);
  await expect(lee.panel.getByTestId('team-read-only-banner')).toContainText('Read-only team member');
  await expect(lee.panel.getByTestId('team-read-only')).toBeVisible();
  await expect(lee.panel.getByLabel('Inactive (zombie) after this many days without content')).toBeDisabled();
  await expect(lee.panel.getByRole('button', { name: 'Save settings' })).toBeDisabled();
  await expect(lee.panel.getByLabel('Shop currency', { exact: true })).toBeDisabled();
  await lee.panel.goto(`chrome-extension://${lee.ext.extensionId}/sidepanel.html#eligibility`);
  await expect(lee.panel.getByLabel('Shop category')).toBeDisabled();
  await expect(lee.panel.getByRole('radio', { name: 'The shop' })).toBeDisabled();
  await creatorView(lee, 'id:1001');
  await expect(lee.panel.getByTestId('team-read-only-banner')).toBeVisible();
  await expect(lee.panel.getByLabel('Notes')).toHaveValue('Agreed 3 posts a week.');
  await expect(lee.panel.getByLabel('Notes')).toBeDisabled();
  await expect(lee.panel.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();

  // The other member's later edits keep arriving (continuous sync while Lee's panel is open).
  await saveNote(ana, 'id:1002', 'Ships from Leeds.');
  await expect.poll(() => notesOf(lee.ext, 'id:1002'), { timeout: 20_000 }).toBe('Ships from Leeds.');
  await creatorView(lee, 'id:1002');
  await expect(lee.panel.getByTestId('team-activity')).toContainText(/Ana set notes/);

  // A panel that has not heard of the role yet would let Lee type: the edit is refused with a
  // message, what he typed stays in the field, and nothing is stored.
  await lee.panel.evaluate(() => document.querySelectorAll('fieldset[data-team-editable]').forEach((set) => set.removeAttribute('disabled')));
  await lee.panel.getByLabel('Notes').fill('Lee was here.');
  await lee.panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(lee.panel.getByRole('form', { name: 'Agreement with this creator' })).toContainText(/read-only member/);
  await expect(lee.panel.getByLabel('Notes')).toHaveValue('Lee was here.');
  expect(await notesOf(lee.ext, 'id:1002')).toBe('Ships from Leeds.');

  // The server would refuse him anyway (as CouchDB's validate function does), and nothing of his arrived.
  const refused = await lee.ext.worker.evaluate(
    async ({ url, auth }) => (await fetch(url, { method: 'PUT', headers: { authorization: auth, 'content-type': 'application/json' }, body: '{"table":"x"}' })).status,
    { url: `${server.url}/${DATABASE}/program:id:1002`, auth: `Basic ${Buffer.from('lee:lee-secret').toString('base64')}` },
  );
  expect(refused).toBe(403);
  await lee.panel.goto(`chrome-extension://${lee.ext.extensionId}/sidepanel.html#settings`);
  await lee.panel.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(async () => (await teamStatus(lee.ext)).state, { timeout: 20_000 }).toBe('idle');
  const after = await server.docs(DATABASE);
  expect(after.map((doc) => doc._id).sort()).toEqual(['creator:id:1001', 'creator:id:1002', 'program:id:1001', 'program:id:1002', 'settings:settings']);
  expect(after.some((doc) => doc._id === 'creator:id:1003')).toBe(false);
  // What was there before Lee joined is untouched (no new revision from him).
  for (const doc of before) expect(after.find((other) => other._id === doc._id)?._rev).toBe(doc._rev);

  // Nothing is lost locally: Lee keeps his own capture next to the team's.
  expect((await readStore<{ key: string }>(lee.ext.worker, 'creators')).map((record) => record.key).sort()).toEqual(['id:1001', 'id:1002', 'id:1003']);
});
