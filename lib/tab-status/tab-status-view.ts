/**
 * Which capture status the "Current page" panel shows, and how it reads. The panel looks at the active
 * tab of its window; without the `tabs` permission the tab's URL is only visible on Seller Center hosts,
 * so the tab id (the `tab:<id>` status the background keeps) is the main key.
 */
import type { TabStatus } from './tab-status';
import { isSellerCenterUrl } from '../pages/hosts';
import { CAPTURED_PAGE_KINDS, type PageKind } from '../pages/page-kind';
import { pageLabel } from '../format/capture-summary';
import { countNoun } from '../format/number';
import { guessHeaderLanguage, languageName } from '../table/header-synonyms';

const READABLE_KINDS: readonly PageKind[] = CAPTURED_PAGE_KINDS;

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export interface ActiveTab {
  id?: number;
  /** Only present for hosts the extension may see. */
  url?: string;
}

export type TabStatusView =
  /** The active tab has a status: show it. */
  | { kind: 'this-tab'; status: TabStatus }
  /** A Seller Center tab the content script has not reported from (opened before install, still loading). */
  | { kind: 'seller-center-no-status'; url: string; latest: TabStatus | null }
  /** Anything else (another site, the panel opened as its own tab): show the latest capture instead. */
  | { kind: 'not-seller-center'; latest: TabStatus | null };

export function chooseTabStatusView(input: {
  activeTab: ActiveTab | null;
  tabStatus: TabStatus | null;
  lastTabStatus: TabStatus | null;
}): TabStatusView {
  const { activeTab, tabStatus, lastTabStatus } = input;
  if (activeTab?.id !== undefined && tabStatus && tabStatus.tabId === activeTab.id) {
    return { kind: 'this-tab', status: tabStatus };
  }
  if (activeTab?.url && isSellerCenterUrl(activeTab.url)) {
    return { kind: 'seller-center-no-status', url: activeTab.url, latest: lastTabStatus };
  }
  return { kind: 'not-seller-center', latest: lastTabStatus };
}

export type StatusTone = 'ok' | 'warning' | 'error' | 'idle';

export interface TabStatusDescription {
  tone: StatusTone;
  /** Short state: "Recognised", "Table not recognised", "Saving failed", … */
  title: string;
  /** Page label, e.g. "Find creators". */
  page: string;
  region: string | null;
  /** "24 rows captured" when anything was captured on this page. */
  rows: string | null;
  /** One sentence that says what happened or what to do. */
  detail: string | null;
  /** The page's language and whether its own data was read, e.g. "Page language: Thai · page data used". */
  source: string | null;
}

/** "Page language: Thai · page data used" — from the page's requests, else guessed from its headers. */
export function describePageSource(status: TabStatus): string | null {
  const language = status.language ? languageName(status.language) : guessHeaderLanguage(status.headers ?? []);
  const data = status.pageDataStopped
    ? 'page data paused (verification challenge; reload the page)'
    : status.pageDataUsed
      ? 'page data used'
      : 'page data not used';
  if (!language && !status.pageDataUsed && !status.pageDataStopped && status.lastResult !== 'unrecognized') return null;
  return `${language ? `Page language: ${language}` : 'Page language: unknown'} · ${data}`;
}

/** How a tab status reads; page-originated strings (headers, error text) stay data, never markup. */
export function describeTabStatus(status: TabStatus): TabStatusDescription {
  const base = {
    page: pageLabel(status.kind),
    region: status.region ?? null,
    rows: status.rowsCaptured > 0 ? `${countNoun(status.rowsCaptured, 'row')} captured` : null,
    source: describePageSource(status),
  };
  switch (status.lastResult) {
    case 'failed':
      return {
        ...base,
        tone: 'error',
        title: 'Saving failed',
        detail: `${status.error?.trim() || 'The captured rows could not be stored.'} Data stored before is intact.`,
      };
    case 'unrecognized':
      return {
        ...base,
        tone: 'warning',
        title: status.pageDataUsed ? 'Read from page data' : 'Table not recognised',
        detail: status.pageDataUsed
          ? "The table's layout is not known, but the page's own data was read."
          : 'Nothing was stored from this table.',
      };
    case 'stored':
      return { ...base, tone: 'ok', title: 'Recognised', detail: null };
    case 'waiting':
    default:
      if (READABLE_KINDS.includes(status.kind)) {
        return { ...base, tone: 'idle', title: 'Waiting for table', detail: 'The table is read as soon as it appears.' };
      }
      return {
        ...base,
        tone: 'idle',
        title: 'Not read by Creator Desk',
        detail: `Open ${listInWords(READABLE_KINDS.map((kind) => pageLabel(kind)))} to capture data.`,
      };
  }
}
