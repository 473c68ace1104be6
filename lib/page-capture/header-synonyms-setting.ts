/**
 * The header wordings of other UI languages (lib/table/header-synonyms.ts), handed to the content
 * script through `storage.local`: the background writes them when it starts, the content script
 * reads them before it reads any table. Not bundled into the content script, which every Seller
 * Center page loads (they are about 1.6 KB of its ~20 KB gzipped). Without them (storage failing,
 * a malformed value) the content script reads English headers only.
 */
/** What is used of `chrome.storage.local` (MV3: promises). */
interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

type ChangeListener = (changes: Record<string, { newValue?: unknown }>) => void;

interface ChangeEvents {
  addListener(listener: ChangeListener): void;
  removeListener(listener: ChangeListener): void;
}

export const HEADER_SYNONYMS_KEY = 'capture.headerSynonyms';

type Synonyms = Record<string, string[]>;

/** Bounds on what is read back: the list is ours, but storage is not a place to trust blindly. */
const MAX_HEADERS = 200;
const MAX_WORDINGS = 100;
const MAX_LENGTH = 200;

function isSynonyms(value: unknown): value is Synonyms {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  if (entries.length > MAX_HEADERS) return false;
  return entries.every(
    ([english, wordings]) =>
      english.length <= MAX_LENGTH &&
      Array.isArray(wordings) &&
      wordings.length <= MAX_WORDINGS &&
      wordings.every((wording) => typeof wording === 'string' && wording.length <= MAX_LENGTH),
  );
}

/**
 * The stored wordings; null when they are malformed or storage fails. When none are stored yet (a
 * page loaded right after the extension was installed, before the background first ran), waits
 * for the background to write them, at most `waitMs`.
 */
export async function loadHeaderSynonyms(
  area: Pick<StorageArea, 'get'> & { onChanged?: ChangeEvents },
  waitMs: number,
): Promise<Synonyms | null> {
  const checked = (value: unknown): Synonyms | null => (isSynonyms(value) ? value : null);
  let written: ((value: Synonyms | null) => void) | undefined;
  const arrival = new Promise<Synonyms | null>((resolve) => (written = resolve));
  // Listening before reading: a write between the two is not missed.
  const listener: ChangeListener = (changes) => {
    if (HEADER_SYNONYMS_KEY in changes) written?.(checked(changes[HEADER_SYNONYMS_KEY]?.newValue));
  };
  area.onChanged?.addListener(listener);
  try {
    const stored = (await area.get(HEADER_SYNONYMS_KEY))[HEADER_SYNONYMS_KEY];
    if (stored !== undefined || !area.onChanged) return checked(stored);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
    const result = await Promise.race([arrival, timeout]);
    clearTimeout(timer);
    return result;
  } catch {
    return null;
  } finally {
    area.onChanged?.removeListener(listener);
  }
}

export function writeHeaderSynonyms(area: Pick<StorageArea, 'set'>, synonyms: Readonly<Record<string, readonly string[]>>): Promise<void> {
  return area.set({ [HEADER_SYNONYMS_KEY]: synonyms });
}
