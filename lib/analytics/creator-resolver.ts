import { CREATOR_HANDLE_PREFIX, normaliseHandleForKey } from '../model/keys';
import type { Creator } from '../model/entities';
import { emptyCreatorEntry, type CreatorEntry } from './program-index-model';

/** Finds (or makes) the entry of a record's creator: by key, else by handle, else handle-only. */
export class CreatorResolver {
  readonly byKey = new Map<string, CreatorEntry>();
  private readonly keyByHandle = new Map<string, string>();
  /** Handle text as records give it → normalised (samples name their creator by handle: thousands per load). */
  private readonly normalised = new Map<string, string | null>();
  /**
   * Handle text as records give it → the entry found for it with no key: one lookup instead of three
   * for a creator's every other sample. (What `find` gives for a handle alone never changes once
   * found: entries and handles are only ever added.)
   */
  private readonly byHandleText = new Map<string, CreatorEntry>();

  constructor(creators: readonly Creator[]) {
    for (const creator of creators) {
      const handle = normaliseHandleForKey(creator.handle ?? creator.handleDisplay);
      this.byKey.set(creator.key, emptyCreatorEntry(creator.key, { creator, handle }));
      if (handle && !this.keyByHandle.has(handle)) this.keyByHandle.set(handle, creator.key);
    }
  }

  resolve(key: string | undefined, handleText: string | undefined): CreatorEntry | null {
    const found = this.find(key, handleText);
    if (found !== undefined) return found;
    const handle = this.handleOf(key, handleText);
    const newKey = key ?? (handle ? `h:${handle}` : null);
    if (newKey === null) return null;
    const entry = emptyCreatorEntry(newKey, { handle });
    this.byKey.set(newKey, entry);
    if (handle && !this.keyByHandle.has(handle)) this.keyByHandle.set(handle, newKey);
    return entry;
  }

  /** The entry `resolve` returns when it makes none; undefined when it would make one. */
  find(key: string | undefined, handleText: string | undefined): CreatorEntry | null | undefined {
    if (key) {
      const entry = this.byKey.get(key);
      if (entry) return entry;
    } else if (typeof handleText === 'string') {
      const entry = this.byHandleText.get(handleText);
      if (entry) return entry;
    }
    const handle = this.handleOf(key, handleText);
    if (handle) {
      const known = this.keyByHandle.get(handle);
      const entry = known === undefined ? undefined : this.byKey.get(known);
      if (entry && !key && typeof handleText === 'string') this.byHandleText.set(handleText, entry);
      if (known) return entry ?? null;
    }
    // `resolve` makes an entry for any key, or a handle.
    return key !== undefined || handle ? undefined : null;
  }

  private handleOf(key: string | undefined, handleText: string | undefined): string | null {
    let handle: string | null | undefined = null;
    if (typeof handleText === 'string') {
      handle = this.normalised.get(handleText);
      if (handle === undefined) {
        handle = normaliseHandleForKey(handleText);
        this.normalised.set(handleText, handle);
      }
    }
    return handle ?? (key?.startsWith(CREATOR_HANDLE_PREFIX) ? key.slice(CREATOR_HANDLE_PREFIX.length) : null);
  }

  /** The entry of a rollup creator key (`''`: none). */
  ofRollupKey(key: string): CreatorEntry | null {
    if (key === '') return null;
    // Most keys are known creators' (tens of thousands of records and videos per load).
    return this.byKey.get(key) ?? this.resolve(key, undefined);
  }
}
