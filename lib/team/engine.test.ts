import { freshDb } from '../db/test-helpers';
import { createTeamEngine } from './engine';
import { TeamHistoryDb } from './history';
import { installTeamOutbox } from './outbox';
import { PouchDB, type PouchConstructor, type Replication } from './pouch';
import type { TeamSyncStatus } from './settings';

const settings = { enabled: true, serverUrl: 'https://couch.example.com', database: 'acme-program', memberName: 'Ana', username: 'ana', password: 'pw', shareCaptures: true };

/** The live two-way replication, driven by the test: PouchDB's sync emits `paused` without an error. */
function scriptedReplication() {
  const listeners = new Map<string, ((info: unknown) => void)[]>();
  const replication = {
    on(event: string, listener: (info: unknown) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return replication;
    },
    cancel: () => undefined,
    emit: (event: string) => listeners.get(event)?.forEach((listener) => listener(undefined)),
  };
  return replication;
}

/** A check of the server (`remote.info()`) the test answers when it likes. */
function pendingAnswer() {
  let answer!: { resolve(): void; reject(error: unknown): void };
  const promise = new Promise<void>((resolve, reject) => (answer = { resolve, reject }));
  return { promise, ...answer };
}

async function liveEngine(starts = 1) {
  const db = freshDb();
  const history = new TeamHistoryDb(`team-history-${Math.random()}`);
  const replication = scriptedReplication();
  let replications = 0;
  const answers: Promise<void>[] = [];
  // The local database is a real PouchDB (the bridge writes to it); the server is a stand-in.
  const Pouch = function (name: string) {
    if (name.startsWith('https://')) return { name, info: () => answers.shift() ?? Promise.resolve(), close: async () => undefined };
    return Object.assign(new PouchDB(`${name}-${Math.random()}`), { sync: () => ((replications += 1), replication as unknown as Replication) });
  } as unknown as PouchConstructor;
  // Bridge passes end by counting the outbox: a pass is over when its count has answered.
  let counted = 0;
  const count = db.teamOutbox.count.bind(db.teamOutbox);
  vi.spyOn(db.teamOutbox, 'count').mockImplementation((() => count().then((n: number) => ((counted += 1), n))) as never);
  const statuses: TeamSyncStatus[] = [];
  const session = () => Promise.resolve(new Response(JSON.stringify({ userCtx: { roles: ['editor'] } })));
  const engine = createTeamEngine({ db, history, PouchDB: Pouch, control: installTeamOutbox(db), settings, onStatus: (s) => statuses.push(s), now: () => 1_000, fetch: session });
  for (let n = 0; n < starts; n += 1) engine.startLive();
  await vi.waitFor(() => expect(counted).toBeGreaterThan(0)); // the first bridge pass
  const bridgePassesDone = () => counted;
  const cleanUp = async () => {
    await engine.close(); // closes the local PouchDB (in memory: fake-indexeddb)
    await db.delete();
    await history.delete();
  };
  return { engine, replication, answers, statuses, bridgePassesDone, replications: () => replications, cleanUp };
}

describe('the live sync engine', () => {
  // The bridge's periodic look at the outbox stays off: passes happen only when the test says.
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(() => void vi.useRealTimers());

  it('paused with the server answering: up to date', async () => {
    const { engine, replication, statuses, cleanUp } = await liveEngine();
    replication.emit('active');
    expect(engine.status.state).toBe('syncing');
    replication.emit('paused');
    await vi.waitFor(() => expect(engine.status.state).toBe('idle'));
    expect(statuses.at(-1)?.lastSyncAt).toBe(1_000);
    await cleanUp();
  });

  it('asked twice to go live before the server said who we are (port and settings change): one replication', async () => {
    const { engine, replication, replications, cleanUp } = await liveEngine(2);
    expect(replications()).toBe(1);
    replication.emit('paused');
    await vi.waitFor(() => expect(engine.status.state).toBe('idle'));
    await cleanUp();
  });

  it('stopped and started again while the server is asked who we are: one replication', async () => {
    const { engine, replications, cleanUp } = await liveEngine();
    engine.stopLive();
    engine.startLive();
    engine.stopLive();
    engine.startLive();
    await vi.waitFor(() => expect(replications()).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replications()).toBe(2);
    await cleanUp();
  });

  it('paused with the server gone: offline', async () => {
    const { engine, replication, answers, cleanUp } = await liveEngine();
    answers.push(Promise.reject(new TypeError('Failed to fetch')));
    replication.emit('paused');
    await vi.waitFor(() => expect(engine.status.state).toBe('offline'));
    await cleanUp();
  });

  it('a check answered after the connection was lost does not report "up to date" over "offline"', async () => {
    const { engine, replication, answers, bridgePassesDone, cleanUp } = await liveEngine();
    const first = pendingAnswer();
    const second = pendingAnswer();
    answers.push(first.promise, second.promise);
    replication.emit('paused'); // checks the server: slow to answer (behind a long bridge pass, say)
    replication.emit('active'); // sending again…
    replication.emit('paused'); // …until the connection was cut
    second.reject(new TypeError('Failed to fetch'));
    await vi.waitFor(() => expect(engine.status.state).toBe('offline'));
    const passes = bridgePassesDone();
    first.resolve(); // the first check answers late, and its bridge pass runs
    await vi.waitFor(() => expect(bridgePassesDone()).toBeGreaterThan(passes));
    expect(engine.status.state).toBe('offline');
    expect(engine.status.message).toBe('Cannot reach the server (offline, or the address is wrong).');
    await cleanUp();
  });
});
