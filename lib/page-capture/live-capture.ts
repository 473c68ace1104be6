/**
 * Keeps capturing while the seller browses: rows appended on scroll, pages of a paginated table,
 * tab switches and in-app route changes. Runs in the content script, so it must stay light:
 * - mutations only arm a debounced scan (with a max wait, so endless scrolling still gets captured);
 * - a scan reads rows in time slices and yields between them, so it never makes a long task;
 * - a row element whose text has not changed is not parsed again, and a row the background
 *   confirmed for this page is not sent again; a row it did not confirm is sent again (row-channel.ts).
 */
import type { PageKind } from '../pages/page-kind';
import { createRowChannel, type OutgoingMessage, type RowChannelOptions } from './row-channel';
import { datePeriodText } from './period-text';
import type { BoundedRow } from './row-bounds';
import type { PageScan, ScannedRow } from './scan-page';
import { nextTask } from '../tasks/next-task';

export type { OutgoingMessage } from './row-channel';

export interface PageKindAndRegion {
  kind: PageKind;
  region: string | null;
}

export interface LiveCaptureOptions {
  document: Document;
  currentUrl(): string;
  detect(url: string): PageKindAndRegion;
  scan(document: Document, page: PageKindAndRegion): PageScan;
  send(message: OutgoingMessage): Promise<unknown>;
  /** Quiet time after the last mutation before a scan. */
  debounceMs?: number;
  /** Longest a scan may be postponed while mutations keep coming. */
  maxWaitMs?: number;
  /** Longest stretch of work before yielding to the page. */
  sliceMs?: number;
  /** Retry timing of the row channel (tests shorten it). */
  retry?: Pick<RowChannelOptions, 'retryDelaysMs' | 'pauseAfterFailureMs'>;
}

export interface LiveCapture {
  /** Scan now (tests and the first load); resolves when the scan and its messages are done. */
  scanNow(): Promise<void>;
  stop(): void;
}

export function startLiveCapture(options: LiveCaptureOptions): LiveCapture {
  const { document } = options;
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 1500;
  const sliceMs = options.sliceMs ?? 8;

  let pageUrl = '';
  let page: PageKindAndRegion = { kind: 'other', region: null };
  const channel = createRowChannel({ send: options.send, ...options.retry });
  /** Signatures of rows the background confirmed for the current page. */
  let sent = new Set<string>();
  let unrecognizedReported = '';
  let activeTabs = '';
  let periodText = '';
  /** Row element → the text it had when last read, and what it read as. */
  let readCache = new WeakMap<Element, { text: string; result: ScannedRow; signature: string }>();

  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
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
    void channel.sendConfirmed({ type: 'page-seen', url, kind: page.kind, region: page.region });
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
      const confirmed = await channel.sendConfirmed({
        type: 'capture',
        url: pageUrl,
        kind: page.kind,
        region: page.region,
        result: { status: 'unrecognized', headers: scanned.headers },
      });
      if (confirmed) unrecognizedReported = key;
      else retryLater();
      return;
    }
    const pageRef = { url: pageUrl, kind: page.kind, region: page.region, ...(periodText ? { periodText } : {}) };
    for (const table of scanned.tables) {
      const fresh: { bounded: BoundedRow; signature: string }[] = [];
      const rejected = new Map<string, { count: number; signatures: string[] }>();
      const seenNow = new Set<string>();
      let sliceStart = performance.now();
      for (const element of table.rowElements) {
        if (performance.now() - sliceStart > sliceMs) {
          // Give the page's own work a turn (a macrotask, so rendering and input can run).
          await nextTask();
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
        if (sent.has(signature) || seenNow.has(signature)) continue;
        seenNow.add(signature);
        if ('rejected' in result) {
          const entry = rejected.get(result.rejected) ?? { count: 0, signatures: [] };
          entry.count += 1;
          entry.signatures.push(signature);
          rejected.set(result.rejected, entry);
        } else fresh.push({ bounded: result, signature });
      }
      if (fresh.length === 0 && rejected.size === 0) continue;
      if (channel.pausedFor() > 0) {
        retryLater();
        continue;
      }
      const outcome = await channel.submit(pageRef, {
        adapter: table.adapter,
        entity: table.entity,
        rows: fresh.map(({ bounded }) => bounded),
        rejected: [...rejected].map(([reason, { count }]) => ({ reason, count })),
      });
      // Only what the background confirmed counts as sent; the rest is read and sent again.
      for (const { signature } of fresh.slice(0, outcome.confirmedRows)) sent.add(signature);
      if (outcome.rejectedConfirmed) for (const { signatures } of rejected.values()) for (const signature of signatures) sent.add(signature);
      if (outcome.confirmedRows < fresh.length || !outcome.rejectedConfirmed) retryLater();
    }
  }

  /** Another scan once the channel takes messages again (rows not confirmed are still unsent). */
  function retryLater(): void {
    if (stopped || retryTimer !== undefined) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      schedule();
    }, Math.max(channel.pausedFor(), debounceMs));
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
      if (retryTimer !== undefined) clearTimeout(retryTimer);
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
