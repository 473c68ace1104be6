import { CREATOR_HANDLE_PREFIX, normaliseHandleForKey } from '../model/keys';
import type { Creator } from '../model/entities';
import { emptyCreatorEntry, type CreatorEntry } from './program-index-model';

/** Finds (or makes) the entry of a record's creator: by key, else by handle, else handle-only. */
export class CreatorResolver {
  readonly byKey = new Map<string, CreatorEntry>();
  private readonly keyByHandle = new Map<string, string>();

  constructor(creators: readonly Creator[]) {
    for (const creator of creators) {
      const handle = normaliseHandleForKey(creator.handle ?? creator.handleDisplay);
      this.byKey.set(creator.key, emptyCreatorEntry(creator.key, { creator, handle }));
      if (handle && !this.keyByHandle.has(handle)) this.keyByHandle.set(handle, creator.key);
    }
  }

  resolve(key: string | undefined, handleText: string | undefined): CreatorEntry | null {
    if (key) {
      const entry = this.byKey.get(key);
      if (entry) return entry;
    }
    const handle = normaliseHandleForKey(handleText) ?? (key?.startsWith(CREATOR_HANDLE_PREFIX) ? key.slice(CREATOR_HANDLE_PREFIX.length) : null);
    if (handle) {
      const known = this.keyByHandle.get(handle);
      if (known) return this.byKey.get(known) ?? null;
    }
    const newKey = key ?? (handle ? `h:${handle}` : null);
    if (newKey === null) return null;
    const entry = emptyCreatorEntry(newKey, { handle });
    this.byKey.set(newKey, entry);
    if (handle && !this.keyByHandle.has(handle)) this.keyByHandle.set(handle, newKey);
    return entry;
  }

  /** The entry of a rollup creator key (`''`: none). */
  ofRollupKey(key: string): CreatorEntry | null {
    return key === '' ? null : this.resolve(key, undefined);
  }
}
