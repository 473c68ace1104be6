/**
 * The seller's switch for reading page data (on by default). Kept in `storage.local`, which content
 * scripts can read at page start (the extension's IndexedDB belongs to the background).
 */
export const PAGE_DATA_SETTING_KEY = 'capture.pageData';

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function isPageDataEnabled(area: StorageAreaLike): Promise<boolean> {
  try {
    return (await area.get(PAGE_DATA_SETTING_KEY))[PAGE_DATA_SETTING_KEY] !== false;
  } catch {
    return true;
  }
}

export function setPageDataEnabled(area: StorageAreaLike, enabled: boolean): Promise<void> {
  return area.set({ [PAGE_DATA_SETTING_KEY]: enabled });
}
