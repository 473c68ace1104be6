import type { ContentRow } from '../model/entities';
import { CreatorDeskDb } from './database';
import { storeContentRows } from './store-content';
import { storeCreatorRows } from './store-creators';
import { foldTableCopies } from './table-copies';
import { freshDbPerTest, localTime } from './test-helpers';

const db = freshDbPerTest();
const T = localTime(2026, 3, 10, 9);
const ctx = (now: number, source = 'video-analysis') => ({ source, region: 'US', now });

const ids = Array.from({ length: 10 }, (_, i) => String(7_000_000 + i * 13));
const piece = (id: number, creatorId: string): ContentRow => ({ contentId: String(id), type: 'video', creatorId, creatorHandle: `h${creatorId}`, postDate: '2026-03-02', metrics: {} });

const READS = ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor'] as const;

/** Requests reading creators (by key, range or index), while `work` runs. */
async function creatorReads(work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const patched: [Record<string, (...args: unknown[]) => unknown>, string, (...args: unknown[]) => unknown][] = [];
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<string, (...args: unknown[]) => unknown>[]) {
    for (const name of READS) {
      const original = proto[name];
      if (!original) continue;
      patched.push([proto, name, original]);
      proto[name] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const store = 'objectStore' in this ? this.objectStore.name : this.name;
        if (store === 'creators') count += 1;
        return original.apply(this, args);
      };
    }
  }
  try {
    await work();
  } finally {
    for (const [proto, name, original] of patched) proto[name] = original;
  }
  return count;
}

describe('creators kept in memory between captures (creator-cache.ts)', () => {
  it('a capture naming the creators this connection just read or wrote reads none of them', async () => {
    await storeCreatorRows(db(), ids.map((creatorId) => ({ creatorId, handle: `h${creatorId}`, metrics: {} })), ctx(T, 'find-creators'));
    await storeContentRows(db(), ids.map((c, i) => piece(i + 1, c)), ctx(T + 1));
    const reads = await creatorReads(() => storeContentRows(db(), ids.map((c, i) => piece(100 + i, c)), ctx(T + 2)));
    expect(reads).toBe(0);
    expect(await db().content.where('creatorKey').equals(`id:${ids[3]}`).count()).toBe(2);
  });

  it('reads again after another connection wrote a creator, and sees its write', async () => {
    const first = await storeContentRows(db(), ids.map((c, i) => piece(i + 1, c)), ctx(T));
    expect(first.creatorsCreated).toBe(ids.length);
    const other = new CreatorDeskDb(db().name);
    try {
      await other.transaction('rw', other.creators, () => other.creators.delete(`id:${ids[0]}`));
    } finally {
      other.close();
    }
    const again = await storeContentRows(db(), ids.map((c, i) => piece(100 + i, c)), ctx(T + 1));
    expect(again.creatorsCreated).toBe(1);
    expect(await db().creators.get(`id:${ids[0]}`)).toBeDefined();
  });

  it('reads again after the notes were folded into the copies', async () => {
    await storeContentRows(db(), ids.map((c, i) => piece(i + 1, c)), ctx(T));
    await foldTableCopies(db());
    expect(await creatorReads(() => storeContentRows(db(), ids.map((c, i) => piece(100 + i, c)), ctx(T + 1)))).toBeGreaterThan(0);
  });

  it('keeps nothing of a capture whose transaction failed', async () => {
    await expect(
      db().transaction('rw', [db().creators, db().snapshots, db().content, db().collaborations, db().samples, db().orders, db().programs, db().reported, db().outreach, db().sparkSpend], async () => {
        await storeContentRows(db(), ids.map((c, i) => piece(i + 1, c)), ctx(T));
        throw new Error('storage full');
      }),
    ).rejects.toThrow('storage full');
    const result = await storeContentRows(db(), ids.map((c, i) => piece(100 + i, c)), ctx(T + 1));
    expect(result.creatorsCreated).toBe(ids.length);
    expect(await db().creators.count()).toBe(ids.length);
  });
});
