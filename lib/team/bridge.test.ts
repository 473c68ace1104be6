import { freshDb } from '../db/test-helpers';
import type { CreatorDeskDb } from '../db/database';
import { emptyCreatorProgram, acceptTier } from '../model/program';
import { loadDisplay, saveDisplay } from '../db/display-store';
import { pullChanges, pushOutbox, type BridgeContext } from './bridge';
import { TeamHistoryDb } from './history';
import { installTeamOutbox, markIncoming, ReadOnlyTeamError, type OutboxControl } from './outbox';
import { PouchDB, type PouchDatabase } from './pouch';

let counter = 0;
interface Member {
  db: CreatorDeskDb;
  control: OutboxControl;
  pouch: PouchDatabase;
  history: TeamHistoryDb;
  context: BridgeContext;
}

function member(name: string): Member {
  counter += 1;
  const db = freshDb();
  const control = installTeamOutbox(db);
  const pouch = new PouchDB(`bridge-test-${counter}-${Math.random()}`);
  const history = new TeamHistoryDb(`team-history-test-${counter}-${Math.random()}`);
  return { db, control, pouch, history, context: { db, pouch, history, member: name, shareCaptures: true, readOnly: false, now: () => 1_000 } };
}

const members: Member[] = [];
function newMember(name: string): Member {
  const created = member(name);
  members.push(created);
  return created;
}
afterEach(async () => {
  for (const m of members.splice(0)) {
    await m.db.delete();
    await m.history.delete();
    await m.pouch.destroy();
  }
});

const program = (at: number, tier: 1 | 2 | 3, key = 'id:1') => acceptTier(emptyCreatorProgram(key, at), `tier${tier}`, at);
const creator = (lastSeen: number, metrics: Record<string, unknown>) => ({
  key: 'id:1',
  creatorId: '1',
  categories: [],
  metrics,
  sources: ['find-creators'],
  firstSeen: lastSeen,
  lastSeen,
  updatedAt: lastSeen,
});
const q = (value: number) => ({ kind: 'exact' as const, value, raw: String(value) });

/** Both members' local databases replicate as they would through the server. */
async function exchange(a: Member, b: Member): Promise<void> {
  await pushOutbox(a.context);
  await pushOutbox(b.context);
  await a.pouch.sync(b.pouch);
  await pullChanges(a.context);
  await pullChanges(b.context);
  // Conflict decisions made by the pull travel too, and are applied.
  await a.pouch.sync(b.pouch);
  await pullChanges(a.context);
  await pullChanges(b.context);
}

describe('the outbox', () => {
  it('notes a shared write in the same transaction, and not one the bridge applies', async () => {
    const { db } = newMember('Ana');
    await db.programs.put(program(10, 2));
    await db.settings.put({ id: 'display', values: {}, updatedAt: 1 });
    expect((await db.teamOutbox.toArray()).map((entry) => entry.id)).toEqual(['program:id:1']);
    await db.teamOutbox.clear();
    await db.transaction('rw', db.programs, async (tx) => {
      markIncoming(tx);
      await db.programs.put(program(11, 3));
    });
    expect(await db.teamOutbox.count()).toBe(0);
  });

  it('notes every record a range delete removes, and nothing when Team is off', async () => {
    const { db, control } = newMember('Ana');
    await db.programs.bulkPut([program(1, 1, 'id:1'), program(1, 2, 'id:2')]);
    await db.teamOutbox.clear();
    await db.programs.clear();
    expect((await db.teamOutbox.toArray()).map((entry) => entry.id).sort()).toEqual(['program:id:1', 'program:id:2']);
    control.armed = false;
    await db.teamOutbox.clear();
    await db.programs.put(program(2, 3));
    expect(await db.teamOutbox.count()).toBe(0);
  });

  it('refuses team-layer edits of a read-only member and stores nothing', async () => {
    const { db, control } = newMember('Lee');
    control.readOnly = true;
    await expect(db.programs.put(program(1, 2))).rejects.toBeInstanceOf(ReadOnlyTeamError);
    expect(await db.programs.count()).toBe(0);
    await db.creators.put(creator(1, {}));
    expect(await db.creators.count()).toBe(1);
  });
});

describe('the bridge between two members', () => {
  it('converges edits made on both sides, without sending them back again', async () => {
    const ana = newMember('Ana');
    const lee = newMember('Lee');
    await ana.db.programs.put(program(10, 2, 'id:1'));
    await lee.db.programs.put(program(20, 3, 'id:2'));
    await exchange(ana, lee);
    expect((await lee.db.programs.get('id:1'))?.acceptedTier).toBe('tier2');
    expect((await ana.db.programs.get('id:2'))?.acceptedTier).toBe('tier3');
    expect(await ana.db.teamOutbox.count()).toBe(0);
    expect(await lee.db.teamOutbox.count()).toBe(0);
    // Nothing changed: another round writes no revision.
    expect(await pushOutbox(ana.context)).toBe(0);
    const changes = await lee.history.changes.where('creatorKeys').equals('id:1').toArray();
    expect(changes).toEqual([expect.objectContaining({ by: 'Ana', kind: 'created', table: 'programs' })]);
  });

  it('applies deletions', async () => {
    const ana = newMember('Ana');
    const lee = newMember('Lee');
    await ana.db.programs.put(program(10, 2));
    await exchange(ana, lee);
    await ana.db.programs.delete('id:1');
    await exchange(ana, lee);
    expect(await lee.db.programs.get('id:1')).toBeUndefined();
  });

  it('decides conflicting tier decisions by the newest edit and keeps the other to confirm', async () => {
    const ana = newMember('Ana');
    const lee = newMember('Lee');
    await ana.db.programs.put(program(10, 1));
    await exchange(ana, lee);
    // Both offline: each changes the tier.
    await ana.db.programs.put(program(30, 2));
    await lee.db.programs.put(program(40, 3));
    await exchange(ana, lee);
    expect((await ana.db.programs.get('id:1'))?.acceptedTier).toBe('tier3');
    expect((await lee.db.programs.get('id:1'))?.acceptedTier).toBe('tier3');
    // Both members list the version that lost, whoever decided the conflict.
    for (const m of [ana, lee]) {
      const kept = await m.history.conflicts.toArray();
      expect(kept).toEqual([expect.objectContaining({ docId: 'program:id:1', loser: expect.objectContaining({ by: 'Ana', at: 30 }), winner: { by: 'Lee', at: 40 } })]);
      expect((kept[0]!.loser.data as { acceptedTier: string }).acceptedTier).toBe('tier2');
    }
  });

  it('merges conflicting captures field by field', async () => {
    const ana = newMember('Ana');
    const lee = newMember('Lee');
    await ana.db.creators.put(creator(100, { followers: q(1000) }));
    await lee.db.creators.put(creator(200, { gmv: q(55) }));
    await exchange(ana, lee);
    for (const m of [ana, lee]) {
      const stored = await m.db.creators.get('id:1');
      expect(stored?.metrics).toEqual({ followers: q(1000), gmv: q(55) });
      expect(stored?.firstSeen).toBe(100);
      expect(stored?.lastSeen).toBe(200);
    }
  });

  it('takes each field from its newest capture, not from the record captured last', async () => {
    const ana = newMember('Ana');
    const lee = newMember('Lee');
    await ana.db.creators.put(creator(100, { followers: q(1000), gmv: q(50) }));
    await exchange(ana, lee);
    // Apart: Lee sees a new GMV at 150; Ana, at 200, only new followers (her GMV is still the one from 100).
    await lee.db.creators.put(creator(150, { followers: q(1000), gmv: q(70) }));
    await ana.db.creators.put(creator(200, { followers: q(1300), gmv: q(50) }));
    await exchange(ana, lee);
    for (const m of [ana, lee]) {
      const stored = await m.db.creators.get('id:1');
      expect(stored?.metrics).toEqual({ followers: q(1300), gmv: q(70) });
      expect(stored?.lastSeen).toBe(200);
    }
    const doc = (await ana.pouch.get('creator:id:1')) as unknown as { seen?: Record<string, number>; _conflicts?: string[] };
    expect(doc.seen).toMatchObject({ 'metrics.gmv': 150 });
    expect(doc.seen).not.toHaveProperty(['metrics.followers']);
    // Both sent the same decision: no further revision goes back and forth.
    expect(await ana.db.teamOutbox.count()).toBe(0);
    expect(await lee.db.teamOutbox.count()).toBe(0);
  });

  it('merges an incoming capture with a local one not sent yet, by each field’s capture time', async () => {
    const ana = newMember('Ana');
    const lee = newMember('Lee');
    await ana.db.creators.put(creator(100, { followers: q(1000), gmv: q(50) }));
    await exchange(ana, lee);
    await ana.db.creators.put(creator(250, { followers: q(1000), gmv: q(70) }));
    await pushOutbox(ana.context);
    await ana.pouch.replicate.to(lee.pouch);
    // Lee captured followers at 200; his note has not been pushed when Ana's version (captured at
    // 250, whose followers date from 100) arrives. A rule per record would take all of Ana's.
    await lee.db.creators.put(creator(200, { followers: q(1300), gmv: q(50) }));
    await pullChanges(lee.context);
    expect((await lee.db.creators.get('id:1'))?.metrics).toEqual({ followers: q(1300), gmv: q(70) });
    await pushOutbox(lee.context);
    await lee.pouch.replicate.to(ana.pouch);
    await pullChanges(ana.context);
    expect((await ana.db.creators.get('id:1'))?.metrics).toEqual({ followers: q(1300), gmv: q(70) });
  });

  it('shares the shop’s eligibility figures, its thresholds and its currency, but not one person’s language', async () => {
    const ana = newMember('Ana');
    const lee = newMember('Lee');
    await saveDisplay(lee.db, { locale: 'en-GB' }, 5);
    await saveDisplay(ana.db, { locale: 'de-DE', shopCurrency: 'EUR' }, 10);
    await ana.db.settings.put({ id: 'eligibility', values: { shopCategory: 'electronics' }, updatedAt: 10 });
    await ana.db.eligibility.put({ id: 'shop\u00002026-11-30', subject: 'shop', day: '2026-11-30', storeRating: 4.2, sources: ['account-health'], updatedAt: 10 });
    await exchange(ana, lee);
    expect(await loadDisplay(lee.db)).toEqual({ locale: 'en-GB', shopCurrency: 'EUR' });
    expect((await lee.db.settings.get('eligibility'))?.values).toEqual({ shopCategory: 'electronics' });
    expect(await lee.db.eligibility.get('shop\u00002026-11-30')).toMatchObject({ storeRating: 4.2 });
    // Lee changes the currency: it reaches Ana; his language stays his.
    await saveDisplay(lee.db, { shopCurrency: 'GBP' }, 20);
    await exchange(ana, lee);
    expect(await loadDisplay(ana.db)).toEqual({ locale: 'de-DE', shopCurrency: 'GBP' });
  });

  it('keeps captures apart when the member turns sharing them off', async () => {
    const ana = newMember('Ana');
    const lee = newMember('Lee');
    ana.context.shareCaptures = false;
    await ana.db.creators.put(creator(100, { followers: q(1000) }));
    await ana.db.programs.put(program(10, 2));
    await exchange(ana, lee);
    expect(await lee.db.creators.count()).toBe(0);
    expect(await lee.db.programs.count()).toBe(1);
  });

  it('skips documents that are not ours or fail their schema, and writes no garbage', async () => {
    const lee = newMember('Lee');
    await lee.pouch.bulkDocs([
      { _id: 'program:id:9', table: 'programs', key: 'id:9', data: { creatorKey: 'id:9', acceptedTier: 'boss' }, by: 'x', at: 1 },
      { _id: 'random', hello: 'world' },
    ]);
    const result = await pullChanges(lee.context);
    expect(result).toEqual({ applied: 0, rejected: 2 });
    expect(await lee.db.programs.count()).toBe(0);
  });
});
