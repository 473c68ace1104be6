/**
 * Attach the seller's program records to an index built without them. Programs change with every
 * Accept, Dismiss or edit; rebuilding the index over 100,000 pieces for that would be wasteful, so
 * the heavy index is built once per data load and programs are attached here (new entry objects
 * for the creators whose program changed; pieces, order columns and samples are shared).
 */
import { emptyCreatorEntry, type CreatorEntry, type ProgramIndex } from './program-index-model';
import type { CreatorProgram } from '../model/program';

function bareEntry(key: string, program: CreatorProgram): CreatorEntry {
  return emptyCreatorEntry(key, { handle: key.startsWith('h:') ? key.slice(2) : null, program });
}

/**
 * The index with `programs` attached, resolved the way `indexProgram` resolves them: by key, and a
 * handle key (`h:mia`) to the creator with that handle. A program for a creator with no data gets
 * an entry of its own.
 */
export function withPrograms(base: ProgramIndex, programs: readonly CreatorProgram[]): ProgramIndex {
  const keyByHandle = new Map<string, string>();
  for (const entry of base.entries) {
    if (entry.handle && entry.creator && !keyByHandle.has(entry.handle)) keyByHandle.set(entry.handle, entry.key);
  }
  const programByKey = new Map<string, CreatorProgram>();
  const orphans: CreatorProgram[] = [];
  for (const program of programs) {
    let key = base.byKey.has(program.creatorKey) ? program.creatorKey : null;
    if (key === null && program.creatorKey.startsWith('h:')) key = keyByHandle.get(program.creatorKey.slice(2)) ?? null;
    if (key === null) orphans.push(program);
    else programByKey.set(key, program);
  }

  const byKey = new Map<string, CreatorEntry>();
  const entries: CreatorEntry[] = [];
  for (const entry of base.entries) {
    const program = programByKey.get(entry.key) ?? null;
    const next = program === entry.program ? entry : { ...entry, program };
    entries.push(next);
    byKey.set(next.key, next);
  }
  if (orphans.length > 0) {
    for (const program of orphans) {
      if (byKey.has(program.creatorKey)) continue;
      const entry = bareEntry(program.creatorKey, program);
      entries.push(entry);
      byKey.set(entry.key, entry);
    }
    entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
  return { ...base, entries, byKey };
}
