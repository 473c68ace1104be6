import type { CreatorDeskDb } from '../lib/db/database';
import { reloadPolicy } from './analysis/useProgramData';
import type { CaptureLogEntry } from '../lib/model/entities';
import { NOW, creator, daysAgo, panelTestDb, q, region, renderPanel, until, video, type Rendered } from './testing/render-panel';

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
let panel: Rendered;

beforeEach(async () => {
  db = panelTestDb();
  window.location.hash = '';
  window.localStorage.clear();
  fakeBrowser.reset();
  // The panel's window has tab 7 active (`query` is overloaded, hence the cast).
  const activeTabs = [{ id: 7, active: true }] as Browser.tabs.Tab[];
  vi.spyOn(browser.tabs, 'query').mockImplementation((() => Promise.resolve(activeTabs)) as never);
  // happy-dom has no layout: give scroll containers a size so the virtualizer renders rows.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(360);
});

afterEach(async () => {
  await panel.unmount();
  await db.delete();
  vi.restoreAllMocks();
});

describe('side panel', () => {
  it('says what to do when nothing is stored', async () => {
    panel = await renderPanel(db);
    await until(() => expect(panel.container.textContent).toContain('Nothing here yet'));
    const guidance = panel.container.querySelector('[data-testid="view-guidance"]')!;
    expect(guidance.textContent).toContain('This view will show content velocity per week');
    const findCreators = [...guidance.querySelectorAll('a')].find((a) => a.textContent === 'Find creators');
    expect(findCreators?.getAttribute('href')).toMatch(/^https:\/\/affiliate(-us)?\.tiktok\.com\/connection\/creator\?shop_region=[A-Z]{2}$/);
    expect(guidance.textContent).toContain('Video data');
    expect(panel.container.querySelector('[data-testid="first-run-checklist"]')?.textContent).toContain('0 of 6 done');
    expect(region('Capture status').textContent).toContain('No captures yet');
    expect(panel.container.querySelector('nav a[aria-current="page"]')?.textContent).toBe('Overview');
  });

  it("shows the active tab's capture, counts and the capture log live on the Data view", async () => {
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
    await db.creators.bulkPut([creator('1', 'Mia'), creator('2', 'Leo')]);
    await db.captureLog.add(logEntry({}));
    window.location.hash = '#data';
    panel = await renderPanel(db);
    const { container } = panel;

    await until(() => expect(region('Current page').textContent).toContain('24 rows captured'));
    expect(region('Current page').textContent).toContain('Find creators');
    expect(region('Current page').textContent).toContain('2 min ago');
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toContain('24 rows captured');
    await until(() => expect(container.querySelector('[data-testid="count-creators"]')?.textContent).toBe('2'));
    await until(() => expect(container.querySelector('[data-testid="count-programs"]')?.textContent).toBe('0'));
    await until(() =>
      expect(region('Capture log').textContent).toContain('20 read · 5 stored (3 new, 2 updated) · 14 unchanged · 1 rejected'),
    );
    expect(region('Capture log').querySelector('details li')?.textContent).toBe('no handle or id (1)');

    await db.creators.put(creator('3', 'Zoe'));
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
    window.location.hash = '#data';
    panel = await renderPanel(db);
    await until(() => expect(region('Current page').textContent).toContain('Table not recognised'));
    expect(region('Current page').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(region('Current page').querySelector('img')).toBeNull();
  });

  it('lists creators with tiers, suggestions, window numbers and flags, sorted by GMV', async () => {
    await db.creators.bulkPut([
      creator('1', 'Mia', { followers: q(45_200) }, { displayName: 'Mia Chen' }),
      creator('2', 'Leo', { followers: q(3_000) }),
    ]);
    await db.content.bulkPut([
      video('id:1', daysAgo(2), { gmv: q(800, 'USD'), clicks: q(1000), orders: q(5) }),
      video('id:1', daysAgo(9), { gmv: q(400, 'USD'), clicks: q(500), orders: q(10) }),
      video('id:2', daysAgo(3), { gmv: q(50, 'USD'), clicks: q(10), orders: q(1) }),
    ]);
    window.location.hash = '#creators';
    panel = await renderPanel(db);
    const rows = () => [...panel.container.querySelectorAll('tbody tr:not([aria-hidden])')];
    await until(() => expect(rows()).toHaveLength(2));
    const [first, second] = rows().map((row) => row.textContent);
    // Narrow-panel extras (followers, posts per week, revenue per post) sit under the name.
    expect(first).toContain('@Mia');
    expect(first).toContain('Mia Chen');
    expect(first).toContain('No tier');
    expect(first).toContain('Suggested tier: Tier 1');
    expect(first).toContain('45.2K');
    expect(first).toContain('1%'); // 15 orders from 1,500 clicks
    expect(first).toContain('$1.2K');
    expect(second).toContain('@Leo');
    expect(second).toContain('Suggested tier: Prospect');
    expect(panel.container.textContent).toContain('2 creators · last 28 days');
    expect(panel.container.querySelector('nav a[aria-current="page"]')?.textContent).toBe('Creators');

    // A capture arrives while the list is open: the list follows (reloads are throttled).
    reloadPolicy.minIntervalMs = 0;
    reloadPolicy.loadFactor = 0;
    await db.creators.put(creator('3', 'Zoe'));
    await until(() => expect(rows()).toHaveLength(3));
    expect(panel.container.textContent).toContain('3 creators · last 28 days');
    reloadPolicy.minIntervalMs = 4000;
    reloadPolicy.loadFactor = 3;
  });

  it('shows bidi controls and zero-width characters in names as visible marks', async () => {
    await db.creators.bulkPut([creator('1', 'mia\u202Elaicffo', {}, { displayName: 'Mia\u200BChen' })]);
    window.location.hash = '#creators';
    panel = await renderPanel(db);
    const row = () => panel.container.querySelector('tbody tr:not([aria-hidden])');
    await until(() => expect(row()).not.toBeNull());
    expect(row()?.textContent).toContain('@mia⟨RLO⟩');
    expect(row()?.textContent).toContain('Mia⟨ZWSP⟩');
    expect(row()?.querySelector('abbr[title^="Right-to-left override (U+202E)"]')).not.toBeNull();
    // The mark replaces the control: nothing left in the text that could reorder it.
    expect(row()?.querySelector('a')?.textContent).not.toContain('\u202E');
  });
});
