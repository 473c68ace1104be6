/**
 * The header wordings of other UI languages (lib/table/header-synonyms.ts), handed to the content
 * script through `storage.local`: the background writes them when it starts, the content script
 * reads them before it reads any table. Not bundled into the content script, which every Seller
 * Center page loads (they are about 1.6 KB of its ~20 KB gzipped). Without them (not written yet,
 * storage failing) the content script reads English headers only.
 */
/** What is used of `chrome.storage.local` (MV3: promises). */
interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
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

/** The stored wordings; null when none are stored, they are malformed or storage fails. */
export async function readHeaderSynonyms(area: Pick<StorageArea, 'get'>): Promise<Synonyms | null> {
  try {
    const value = (await area.get(HEADER_SYNONYMS_KEY))[HEADER_SYNONYMS_KEY];
    return isSynonyms(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeHeaderSynonyms(area: Pick<StorageArea, 'set'>, synonyms: Readonly<Record<string, readonly string[]>>): Promise<void> {
  return area.set({ [HEADER_SYNONYMS_KEY]: synonyms });
}
