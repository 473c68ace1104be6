import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { openCreatorDeskDb, type CreatorDeskDb } from '../lib/db/database';
import type { CaptureLogEntry, Creator } from '../lib/model/entities';
import { App } from './App';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = Date.now();

function creator(handle: string, lastSeenMinutesAgo: number, extra: Partial<Creator> = {}): Creator {
  const lastSeen = NOW - lastSeenMinutesAgo * 60_000;
  return {
    key: `h:${handle.toLowerCase()}`,
    handle: handle.toLowerCase(),
    handleDisplay: handle,
    categories: [],
    metrics: {},
    sources: ['find-creators'],
    firstSeen: lastSeen,
    lastSeen,
    updatedAt: lastSeen,
    ...extra,
  };
}

function logEntry(overrides: Partial<CaptureLogEntry>): CaptureLogEntry {
  return {
    at: NOW - 60_000,
    url: 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US',
    pageKind: 'find-creators',
    region: 'US',
    status: 'stored',
    entity: 'creators',
    rowsRead: 20,
    created: 3,
    updated: 2,
    unchanged: 14,
    rejected: 1,
    reasons: [{ reason: 'no handle or id', count: 1 }],
    ...overrides,
  };
}

let db: CreatorDeskDb;
let container: HTMLDivElement;
let root: Root;

async function render() {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<App db={db} />));
}

/** Waits for live queries and storage reads to settle into the expected DOM. */
async function until(check: () => void, timeoutMs = 2000) {
  const started = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }
}

function region(name: string): HTMLElement {
  for (const section of document.querySelectorAll('section')) {
    const heading = document.getElementById(section.getAttribute('aria-labelledby') ?? '');
    if (heading?.textContent === name) return section;
  }
  throw new Error(`No region named ${name}`);
}

beforeEach(async () => {
  db = openCreatorDeskDb(`panel-test-${Math.random()}`);
  window.location.hash = '';
  fakeBrowser.reset();
  // The panel's window has tab 7 active (`query` is overloaded, hence the cast).
  const activeTabs = [{ id: 7, active: true }] as Browser.tabs.Tab[];
  vi.spyOn(browser.tabs, 'query').mockImplementation((() => Promise.resolve(activeTabs)) as never);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  await db.delete();
  vi.restoreAllMocks();
});

describe('side panel', () => {
  it('says what to do when nothing is stored', async () => {
    await render();
    await until(() => expect(container.textContent).toContain('Open Find creators in Seller Center to start'));
    await until(() => expect(container.querySelector('[data-testid="count-creators"]')?.textContent).toBe('0'));
    await until(() => expect(region('Current page').textContent).toContain('This tab is not a Seller Center page'));
    expect(region('Capture log').textContent).toContain('No captures yet');
  });

  it("shows the active tab's capture, counts and the capture log live", async () => {
    await fakeBrowser.storage.session.set({
      'tab:7': {
        tabId: 7,
        url: 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US',
        kind: 'find-creators',
        region: 'US',
        recognized: true,
        lastCaptureAt: NOW - 120_000,
        rowsCaptured: 24,
        lastResult: 'stored',
      },
    });
    await db.creators.bulkPut([creator('Mia', 5), creator('Leo', 1)]);
    await db.captureLog.add(logEntry({}));
    await render();

    await until(() => expect(region('Current page').textContent).toContain('24 rows captured'));
    expect(region('Current page').textContent).toContain('Find creators');
    expect(region('Current page').textContent).toContain('2 min ago');
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toContain('24 rows captured');
    await until(() => expect(container.querySelector('[data-testid="count-creators"]')?.textContent).toBe('2'));
    await until(() =>
      expect(region('Capture log').textContent).toContain('20 read · 5 stored (3 new, 2 updated) · 14 unchanged · 1 rejected'),
    );
    expect(region('Capture log').querySelector('details li')?.textContent).toBe('no handle or id (1)');

    // A new capture and a failed write arrive while the panel is open.
    await act(async () => {
      await db.creators.put(creator('Zoe', 0));
      await fakeBrowser.storage.session.set({
        'tab:7': {
          tabId: 7,
          url: 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US',
          kind: 'find-creators',
          region: 'US',
          recognized: true,
          rowsCaptured: 24,
          lastResult: 'failed',
          error: 'QuotaExceededError: storage is full',
        },
      });
    });
    await until(() => expect(container.querySelector('[data-testid="count-creators"]')?.textContent).toBe('3'));
    await until(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain('storage is full'));
  });

  it('lists headers of an unrecognized table as text, never markup', async () => {
    await fakeBrowser.storage.session.set({
      lastTabStatus: {
        tabId: 9,
        url: 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US',
        kind: 'find-creators',
        region: 'US',
        recognized: true,
        rowsCaptured: 0,
        lastResult: 'unrecognized',
        headers: ['Name', '<img src=x onerror=alert(1)>'],
      },
    });
    await render();
    await until(() => expect(region('Current page').textContent).toContain('Table not recognised'));
    expect(region('Current page').textContent).toContain('This tab is not a Seller Center page');
    expect(region('Current page').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(region('Current page').querySelector('img')).toBeNull();
  });

  it('lists creators by last seen with unknowns marked', async () => {
    await db.creators.bulkPut([
      creator('Older', 90, { displayName: 'Older One', metrics: { gmv: { kind: 'exact', value: 1234, unit: 'USD', raw: '$1,234' } } }),
      creator('Newest', 1, {
        metrics: {
          followers: { kind: 'exact', value: 12_300, raw: '12.3K' },
          gmv: { kind: 'range', min: 5000, max: 25_000, unit: 'USD', raw: '$5K-$25K' },
        },
      }),
    ]);
    // happy-dom has no layout: give the scroll container a size so the virtualizer renders rows.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(360);
    window.location.hash = '#creators';
    await render();
    const dataRows = () => region('Creators').querySelectorAll('tbody tr:not([aria-hidden])');
    await until(() => expect(dataRows().length).toBe(2));
    const rows = [...dataRows()].map((row) => row.textContent);
    // Last seen appears twice in the DOM: under the handle (narrow panels) and in its column (wider ones).
    expect(rows[0]).toBe('@Newest1 min ago12.3K$5K–$25K$5K to $25K1 min ago');
    expect(rows[1]).toBe('@OlderOlder One· 1 h ago—unknown$1,2341 h ago');
    expect(container.querySelector('nav a[aria-current="page"]')?.textContent).toBe('Creators');
  });
});
