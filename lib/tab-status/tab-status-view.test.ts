import { PAGE_ADAPTERS } from '../adapters';
import type { TabStatus } from './tab-status';
import { PAGE_KINDS } from '../pages/page-kind';
import { pageLabel } from '../format/capture-summary';
import { chooseTabStatusView, describeTabStatus } from './tab-status-view';

function status(overrides: Partial<TabStatus> = {}): TabStatus {
  return {
    tabId: 7,
    url: 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US',
    kind: 'find-creators',
    region: 'US',
    recognized: true,
    lastCaptureAt: 1_700_000_000_000,
    rowsCaptured: 24,
    lastResult: 'stored',
    ...overrides,
  } as TabStatus;
}

describe('chooseTabStatusView', () => {
  it("shows the active tab's own status", () => {
    const own = status();
    expect(chooseTabStatusView({ activeTab: { id: 7 }, tabStatus: own, lastTabStatus: status({ tabId: 9 }) })).toEqual({
      kind: 'this-tab',
      status: own,
    });
  });
  it('falls back to the latest capture when the tab is not Seller Center (or is the panel itself)', () => {
    const latest = status({ tabId: 9 });
    expect(chooseTabStatusView({ activeTab: { id: 3 }, tabStatus: null, lastTabStatus: latest })).toEqual({
      kind: 'not-seller-center',
      latest,
    });
    expect(chooseTabStatusView({ activeTab: null, tabStatus: null, lastTabStatus: null })).toEqual({
      kind: 'not-seller-center',
      latest: null,
    });
  });
  it('ignores a status recorded for another tab id', () => {
    const other = status({ tabId: 9 });
    expect(chooseTabStatusView({ activeTab: { id: 7 }, tabStatus: other, lastTabStatus: other }).kind).toBe('not-seller-center');
  });
  it('tells a Seller Center tab without a status apart', () => {
    const url = 'https://affiliate.tiktok.com/connection/creator?shop_region=GB';
    expect(chooseTabStatusView({ activeTab: { id: 4, url }, tabStatus: null, lastTabStatus: null })).toEqual({
      kind: 'seller-center-no-status',
      url,
      latest: null,
    });
    expect(
      chooseTabStatusView({ activeTab: { id: 4, url: 'https://example.com/' }, tabStatus: null, lastTabStatus: null }).kind,
    ).toBe('not-seller-center');
  });
});

describe('describeTabStatus', () => {
  it('describes a stored capture', () => {
    expect(describeTabStatus(status())).toEqual({
      tone: 'ok',
      title: 'Recognised',
      page: 'Find creators',
      region: 'US',
      rows: '24 rows captured',
      detail: null,
      source: null,
    });
    expect(describeTabStatus(status({ rowsCaptured: 1 })).rows).toBe('1 row captured');
    expect(describeTabStatus(status({ rowsCaptured: 0, lastResult: 'waiting' })).rows).toBeNull();
  });
  it("names the page's language and whether page data was used", () => {
    expect(describeTabStatus(status({ language: 'th-TH', pageDataUsed: true })).source).toBe('Page language: Thai · page data used');
    const unknownTable = describeTabStatus(status({ lastResult: 'unrecognized', headers: ['ครีเอเตอร์', 'ไม่รู้จัก'] }));
    expect(unknownTable).toMatchObject({ title: 'Table not recognised', source: 'Page language: Thai · page data not used' });
    const readFromData = describeTabStatus(status({ lastResult: 'unrecognized', headers: ['x'], language: 'vi-VN', pageDataUsed: true }));
    expect(readFromData).toMatchObject({ title: 'Read from page data', source: 'Page language: Vietnamese · page data used' });
    expect(describeTabStatus(status({ pageDataStopped: true })).source).toMatch(/paused \(verification challenge/);
  });
  it('describes a failed write with its message and the reassurance', () => {
    const d = describeTabStatus(status({ lastResult: 'failed', error: 'QuotaExceededError: storage is full' }));
    expect(d.tone).toBe('error');
    expect(d.title).toBe('Saving failed');
    expect(d.detail).toBe('QuotaExceededError: storage is full Data stored before is intact.');
    expect(describeTabStatus(status({ lastResult: 'failed' })).detail).toMatch(/could not be stored/);
  });
  it('describes an unrecognized table and pages it does not read', () => {
    expect(describeTabStatus(status({ lastResult: 'unrecognized', headers: ['Foo'] })).title).toBe('Table not recognised');
    const other = describeTabStatus(status({ kind: 'other', recognized: false, lastResult: 'waiting', rowsCaptured: 0 }));
    expect(other.title).toBe('Not read by Creator Desk');
    expect(other.page).toBe('Other page');
    // Every page an adapter reads is named, in a sentence (the list grows with the adapters).
    expect(other.detail).toMatch(/^Open Find creators, .+ or .+ to capture data\.$/);
    for (const kind of PAGE_ADAPTERS.flatMap((a) => a.pageKinds)) expect(other.detail).toContain(pageLabel(kind));
    // A detected page without an adapter (yet) is not "waiting" for anything.
    const readable = new Set(PAGE_ADAPTERS.flatMap((a) => a.pageKinds));
    for (const kind of PAGE_KINDS.filter((k) => k !== 'other' && !readable.has(k))) {
      expect(describeTabStatus(status({ kind, lastResult: 'waiting', rowsCaptured: 0 })).title).toBe('Not read by Creator Desk');
    }
    const waiting = describeTabStatus(status({ lastResult: 'waiting', rowsCaptured: 0 }));
    expect(waiting.title).toBe('Waiting for table');
    expect(waiting.tone).toBe('idle');
  });
});
