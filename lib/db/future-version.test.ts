import Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION as CURRENT, SCHEMA_VERSIONS, openCreatorDeskDb } from './database';
import { asFutureDatabaseError, FutureDatabaseError } from './future-version';
import { freshDb } from './test-helpers';

/** The same database as a newer build would leave it: one schema version up, one table more. */
async function writeAsNewerBuild(name: string): Promise<void> {
  const newer = new Dexie(name);
  for (const step of SCHEMA_VERSIONS) newer.version(step.version).stores(step.stores);
  newer.version(CURRENT + 1).stores({ agreements: 'id' });
  await newer.open();
  await newer.table('creators').add({ key: 'h:kept', handle: 'kept', sources: [], categories: [], metrics: {} });
  newer.close();
}

async function readAsNewerBuild(name: string) {
  const newer = new Dexie(name);
  for (const step of SCHEMA_VERSIONS) newer.version(step.version).stores(step.stores);
  newer.version(CURRENT + 1).stores({ agreements: 'id' });
  const creators = await newer.table('creators').toArray();
  const version = newer.verno;
  newer.close();
  await newer.delete();
  return { creators, version };
}

describe('a database from a newer build', () => {
  it('is refused on open: reads and writes fail with FutureDatabaseError and nothing is written', async () => {
    const name = freshDb().name;
    await writeAsNewerBuild(name);

    const db = openCreatorDeskDb(name);
    const opened = await db.open().then(() => null, (error: unknown) => error);
    const future = asFutureDatabaseError(opened);
    expect(future).toBeInstanceOf(FutureDatabaseError);
    expect(future).toMatchObject({ found: CURRENT + 1, supported: CURRENT });
    expect(future?.message).toMatch(/newer version of the extension/);

    // A capture or import attempted anyway is refused the same way.
    const write = await db.creators.put({ key: 'h:new', handle: 'new', sources: [], categories: [], metrics: {} } as never).then(
      () => null,
      (error: unknown) => error,
    );
    expect(asFutureDatabaseError(write)).not.toBeNull();
    db.close();

    const after = await readAsNewerBuild(name);
    expect(after.version).toBe(CURRENT + 1);
    expect(after.creators.map((creator) => creator.key)).toEqual(['h:kept']);
  });

  it('does not affect a database of this build or an older one', async () => {
    const db = freshDb();
    await db.open();
    await db.creators.put({ key: 'h:a', handle: 'a', sources: [], categories: [], metrics: {} } as never);
    expect(await db.creators.count()).toBe(1);
    await db.delete();
  });
});
