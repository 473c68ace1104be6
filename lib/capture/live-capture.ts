/**
 * Keeps capturing while the seller browses: rows appended on scroll, pages of a paginated table,
 * tab switches and in-app route changes. Runs in the content script, so it must stay light:
 * - mutations only arm a debounced scan (with a max wait, so endless scrolling still gets captured);
 * - a scan reads rows in time slices and yields between them, so it never makes a long task;
 * - a row element whose text has not changed is not parsed again, and a row already sent for this
 *   page is not sent again.
 */
import type { PageKind } from '../pages/page-kind';
import type { RejectedCount } from '../model/entities';
import { datePeriodText } from './period-text';
import type { PageScan, ScannedRow } from './scan-page';

export interface DetectedPage {
  kind: PageKind;
  region: string | null;
}

/** What the content script posts to the background (validated there with zod). */
export type OutgoingMessage =
  | { type: 'page-seen'; url: string; kind: PageKind; region: string | null }
  | {
      type: 'capture';
      url: string;
      kind: PageKind;
      region: string | null;
      /** The page's date filter as shown (`Last 28 days: 02/06/2026 - 03/05/2026`), when it has one. */
      periodText?: string;
      result:
        | {
            status: 'recognized';
            adapter: string;
            entity: 'creators' | 'content' | 'collaborations' | 'samples' | 'orders';
            rowsRead: number;
            rejected: RejectedCount[];
            rows: unknown[];
          }
        | { status: 'unrecognized'; headers: string[] };
    };

export interface LiveCaptureOptions {
  document: Document;
  currentUrl(): string;
  detect(url: string): DetectedPage;
  scan(document: Document, page: DetectedPage): PageScan;
  send(message: OutgoingMessage): Promise<unknown>;
  /** Quiet time after the last mutation before a scan. */
  debounceMs?: number;
  /** Longest a scan may be postponed while mutations keep coming. */
  maxWaitMs?: number;
  /** Longest stretch of work before yielding to the page. */
  sliceMs?: number;
}

export interface LiveCapture {
  /** Scan now (tests and the first load); resolves when the scan and its messages are done. */
  scanNow(): Promise<void>;
  stop(): void;
}

/** Rows per message: well under the background's limit, and small enough to structured-clone fast. */
const ROWS_PER_MESSAGE = 500;

export function startLiveCapture(options: LiveCaptureOptions): LiveCapture {
  const { document } = options;
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 1500;
  const sliceMs = options.sliceMs ?? 8;

  let pageUrl = '';
  let page: DetectedPage = { kind: 'other', region: null };
  /** Signatures of rows already sent for the current page. */
  let sent = new Set<string>();
  let unrecognizedReported = '';
  let activeTabs = '';
  let periodText = '';
  /** Row element → the text it had when last read, and what it read as. */
  let readCache = new WeakMap<Element, { text: string; result: ScannedRow; signature: string }>();

  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  let scanning: Promise<void> | null = null;
  let rescanRequested = false;
  let stopped = false;

  function checkUrl(): boolean {
    const url = options.currentUrl();
    if (url === pageUrl) return false;
    pageUrl = url;
    page = options.detect(url);
    sent = new Set();
    readCache = new WeakMap();
    unrecognizedReported = '';
    void options.send({ type: 'page-seen', url, kind: page.kind, region: page.region }).catch(() => {});
    return true;
  }

  function schedule(): void {
    if (stopped) return;
    const now = Date.now();
    if (timer === undefined) firstPendingAt = now;
    else clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    timer = setTimeout(() => {
      timer = undefined;
      void scanNow();
    }, wait);
  }

  async function scanNow(): Promise<void> {
    if (scanning) {
      rescanRequested = true;
      return scanning;
    }
    scanning = runScan().finally(() => {
      scanning = null;
      if (rescanRequested && !stopped) {
        rescanRequested = false;
        schedule();
      }
    });
    return scanning;
  }

  async function runScan(): Promise<void> {
    checkUrl();
    if (page.kind === 'other') return;
    // Rows read under one tab (e.g. "Shipped") carry that tab's status: when the active tab
    // changes, the same row elements must be read again.
    const tabs = activeTabTitles(document);
    if (tabs !== activeTabs) {
      activeTabs = tabs;
      readCache = new WeakMap();
    }
    // Figures read under another date range are other figures: send every row again.
    const period = datePeriodText(document);
    if (period !== periodText) {
      periodText = period;
      sent = new Set();
    }
    const scanned = options.scan(document, page);
    if (scanned.status === 'no-table') return;
    if (scanned.status === 'unrecognized') {
      const key = scanned.headers.join('\u0000');
      if (key === unrecognizedReported) return;
      unrecognizedReported = key;
      await options.send({
        type: 'capture',
        url: pageUrl,
        kind: page.kind,
        region: page.region,
        result: { status: 'unrecognized', headers: scanned.headers },
      });
      return;
    }
    for (const table of scanned.tables) {
      const fresh: unknown[] = [];
      const rejected = new Map<string, number>();
      let sliceStart = performance.now();
      for (const element of table.rowElements) {
        if (performance.now() - sliceStart > sliceMs) {
          await yieldToPage();
          if (stopped) return;
          sliceStart = performance.now();
        }
        const text = rowFingerprint(element);
        let cached = readCache.get(element);
        if (!cached || cached.text !== text) {
          const result = table.readRow(element);
          // A row is new when its parsed content is; a rejected row is known by its text.
          const signature = `${table.adapter}\u0000${'row' in result ? JSON.stringify(result.row) : text}`;
          cached = { text, result, signature };
          readCache.set(element, cached);
        }
        const { result, signature } = cached;
        if (sent.has(signature)) continue;
        sent.add(signature);
        if ('rejected' in result) rejected.set(result.rejected, (rejected.get(result.rejected) ?? 0) + 1);
        else fresh.push(result.row);
      }
      if (fresh.length === 0 && rejected.size === 0) continue;
      const rejectedCounts = [...rejected].map(([reason, count]) => ({ reason, count }));
      for (let start = 0; start < Math.max(fresh.length, 1); start += ROWS_PER_MESSAGE) {
        const rows = fresh.slice(start, start + ROWS_PER_MESSAGE);
        const first = start === 0;
        await options.send({
          type: 'capture',
          url: pageUrl,
          kind: page.kind,
          region: page.region,
          ...(periodText ? { periodText } : {}),
          result: {
            status: 'recognized',
            adapter: table.adapter,
            entity: table.entity,
            rowsRead: rows.length + (first ? sumCounts(rejectedCounts) : 0),
            rejected: first ? rejectedCounts : [],
            rows,
          },
        });
      }
    }
  }

  const observer = new MutationObserver(() => {
    // A route change shows up as a DOM change too: reset at once so rows of the old page are not
    // credited to the new one.
    checkUrl();
    schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    // A tab switch may only move Arco's `-active` class or a `hidden`/`style` from pane to pane.
    attributes: true,
    attributeFilter: ['class', 'hidden', 'style'],
  });
  const onNavigate = () => schedule();
  globalThis.addEventListener?.('popstate', onNavigate);
  schedule();

  return {
    scanNow,
    stop() {
      stopped = true;
      observer.disconnect();
      globalThis.removeEventListener?.('popstate', onNavigate);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

/** Cheap identity of a row's content: its text plus the ids hidden in attributes. */
function rowFingerprint(row: Element): string {
  const box = row.querySelector('input[type="checkbox"][value]');
  return `${box?.getAttribute('value') ?? ''}\u0000${row.textContent ?? ''}`;
}

function activeTabTitles(document: Document): string {
  const titles = document.querySelectorAll('.arco-tabs-header-title-active, .theme-arco-tabs-header-title-active');
  return Array.from(titles, (title) => title.textContent ?? '').join('\u0000');
}

function sumCounts(counts: RejectedCount[]): number {
  return counts.reduce((sum, { count }) => sum + count, 0);
}

/** Give the page's own work a turn (a macrotask, so rendering and input can run). */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
