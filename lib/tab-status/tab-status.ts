/**
 * What the side panel shows about a tab's page: recognised or not, rows captured during this page
 * visit, and the last capture's outcome. Kept in `storage.session` (memory only, cleared with the
 * browser) under `tab:<id>`, plus `lastTabStatus` for the most recent update of any tab.
 */
import { browser } from 'wxt/browser';
import type { PageKind } from '../pages/page-kind';

export interface TabStatus {
  tabId: number;
  url: string;
  kind: PageKind;
  region: string | null;
  /** The page's table was read by an adapter (false for unknown pages and unrecognized tables). */
  recognized: boolean;
  lastCaptureAt?: number;
  /** Rows stored during this page visit (reset when the URL path changes). */
  rowsCaptured: number;
  lastResult: 'stored' | 'unrecognized' | 'failed' | 'waiting';
  /** User-facing explanation of a failed save. */
  error?: string;
  /** Column headers seen on an unrecognized table. */
  headers?: string[];
  /** The page's UI language (`th-TH`), as its own requests name it. */
  language?: string;
  /** Rows of this page visit came from the page's own data (JSON), not only its tables. */
  pageDataUsed?: boolean;
  /** Page data reading stopped for this page load (a verification challenge). */
  pageDataStopped?: boolean;
}

export const TAB_STATUS_KEY_PREFIX = 'tab:';
export const LAST_TAB_STATUS_KEY = 'lastTabStatus';

export function tabStatusKey(tabId: number): string {
  return `${TAB_STATUS_KEY_PREFIX}${tabId}`;
}

export interface TabStatusStore {
  get(tabId: number): Promise<TabStatus | undefined>;
  /** Saves the tab's status and makes it the most recent one. */
  set(status: TabStatus): Promise<void>;
  remove(tabId: number): Promise<void>;
}

/** Origin + path: a different page of the app, as opposed to paging, filters or tabs within one. */
export function pageIdentity(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}

/**
 * The status to build on for a message about `url`: the previous one when it is the same page,
 * else a fresh "waiting" status (a new page visit starts counting rows from zero).
 */
export function statusForPage(
  previous: TabStatus | undefined,
  page: { tabId: number; url: string; kind: PageKind; region: string | null },
): TabStatus {
  if (previous && pageIdentity(previous.url) === pageIdentity(page.url)) {
    return { ...previous, url: page.url, kind: page.kind, region: page.region ?? previous.region };
  }
  return {
    tabId: page.tabId,
    url: page.url,
    kind: page.kind,
    region: page.region,
    recognized: page.kind !== 'other',
    rowsCaptured: 0,
    lastResult: 'waiting',
  };
}

/** In-memory store for tests and for contexts without extension storage. */
export function createMemoryTabStatusStore(): TabStatusStore & { last(): TabStatus | undefined } {
  const statuses = new Map<number, TabStatus>();
  let last: TabStatus | undefined;
  return {
    async get(tabId) {
      return statuses.get(tabId);
    },
    async set(status) {
      statuses.set(status.tabId, status);
      last = status;
    },
    async remove(tabId) {
      statuses.delete(tabId);
      if (last?.tabId === tabId) last = undefined;
    },
    last: () => last,
  };
}

/** The subset of a `storage.StorageArea` this store needs (so tests can pass a fake area). */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export function createSessionTabStatusStore(area: SessionArea = browser.storage.session): TabStatusStore {
  return {
    async get(tabId) {
      const key = tabStatusKey(tabId);
      const stored = await area.get(key);
      return stored[key] as TabStatus | undefined;
    },
    async set(status) {
      await area.set({ [tabStatusKey(status.tabId)]: status, [LAST_TAB_STATUS_KEY]: status });
    },
    async remove(tabId) {
      const stored = await area.get(LAST_TAB_STATUS_KEY);
      const last = stored[LAST_TAB_STATUS_KEY] as TabStatus | undefined;
      await area.remove(last?.tabId === tabId ? [tabStatusKey(tabId), LAST_TAB_STATUS_KEY] : [tabStatusKey(tabId)]);
    },
  };
}
