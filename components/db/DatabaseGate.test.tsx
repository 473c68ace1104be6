import Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, openCreatorDeskDb } from '../../lib/db/database';
import { panelTestDb, renderPanel, until, type Rendered } from '../testing/render-panel';

let panel: Rendered | undefined;
afterEach(async () => {
  await panel?.unmount();
  panel = undefined;
  vi.restoreAllMocks();
});

describe('side panel with a database from a newer build', () => {
  it('says so instead of showing views, and writes nothing', async () => {
    const name = panelTestDb().name;
    const newer = new Dexie(name);
    for (const step of SCHEMA_VERSIONS) newer.version(step.version).stores(step.stores);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ agreements: 'id' });
    await newer.open();
    newer.close();

    const db = openCreatorDeskDb(name);
    panel = await renderPanel(db);
    await until(() => expect(panel!.container.querySelector('[role="alert"]')?.textContent).toMatch(/needs an update.*newer version of the extension/));
    expect(panel.container.querySelector('nav')).toBeNull();
    db.close();

    await newer.open();
    expect(newer.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(await newer.table('settings').count()).toBe(0);
    newer.close();
    await newer.delete();
  });
});
