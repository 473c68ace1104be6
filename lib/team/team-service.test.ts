import { freshDb } from '../db/test-helpers';
import { emptyCreatorProgram } from '../model/program';
import { TeamHistoryDb } from './history';
import { installTeamOutbox } from './outbox';
import { TEAM_STATUS_KEY } from './settings';
import { createTeamService, SHARED_SET_VERSION, TEAM_ALARM, TEAM_SEEDED_KEY, type TeamStorage } from './team-service';

function memoryStorage(): TeamStorage & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return { values, get: async (key) => values.get(key), set: async (key, value) => void values.set(key, value) };
}

/** A PouchDB stand-in that fails the test if anything tries to sync. */
function forbiddenPouch(created: string[]) {
  return class {
    constructor(name: string) {
      created.push(name);
    }
  } as never;
}

const settings = { enabled: true, serverUrl: 'https://couch.example.com', database: 'acme-program', memberName: 'Ana', username: 'ana', password: 'pw', shareCaptures: true };

describe('the team service', () => {
  it('with Team off creates no database, sets no alarm, sends nothing and notes nothing', async () => {
    const db = freshDb();
    const control = installTeamOutbox(db);
    const created: string[] = [];
    const alarms: string[] = [];
    const storage = memoryStorage();
    const service = createTeamService({
      db,
      control,
      PouchDB: forbiddenPouch(created),
      storage,
      alarms: () => ({ create: (name) => void alarms.push(name), clear: () => undefined }),
      now: () => 1,
      history: new TeamHistoryDb(`history-${Math.random()}`),
    });
    await service.settingsChanged(undefined);
    await service.settingsChanged({ ...settings, enabled: false });
    service.panelConnected();
    await service.alarm(TEAM_ALARM);
    await service.syncNow();
    await db.programs.put(emptyCreatorProgram('id:1', 1));
    expect(created).toEqual([]);
    expect(alarms).toEqual([]);
    expect(control.armed).toBe(false);
    expect(await db.teamOutbox.count()).toBe(0);
    await db.delete();
  });

  it('turned on, notes what was stored before once, sets the periodic alarm and publishes a status without secrets', async () => {
    const db = freshDb();
    const control = installTeamOutbox(db);
    control.armed = false;
    await db.programs.put(emptyCreatorProgram('id:1', 1));
    await db.settings.put({ id: 'display', values: {}, updatedAt: 1 });
    const created: string[] = [];
    const alarms: string[] = [];
    const storage = memoryStorage();
    const service = createTeamService({
      db,
      control,
      // Construction only: the engine's first sync fails fast on this stand-in and reports it.
      PouchDB: forbiddenPouch(created),
      storage,
      alarms: () => ({ create: (name) => void alarms.push(name), clear: () => undefined }),
      now: () => 1,
      history: new TeamHistoryDb(`history-${Math.random()}`),
      // No network in unit tests: the server is unreachable.
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await service.settingsChanged(settings);
    expect(control.armed).toBe(true);
    expect((await db.teamOutbox.toArray()).map((entry) => entry.id)).toEqual(['program:id:1']);
    expect(storage.values.get(TEAM_SEEDED_KEY)).toBe(`creator-desk-team:couch.example.com:acme-program#${SHARED_SET_VERSION}`);
    expect(alarms).toEqual([TEAM_ALARM]);
    expect(created).toEqual(['creator-desk-team:couch.example.com:acme-program', 'https://couch.example.com/acme-program']);
    await vi.waitFor(() => expect(storage.values.get(TEAM_STATUS_KEY)).toMatchObject({ state: 'offline' }));
    expect(JSON.stringify(storage.values.get(TEAM_STATUS_KEY))).not.toContain('pw');
    await db.delete();
  });
});
