import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createMemoryTabStatusStore,
  createSessionTabStatusStore,
  LAST_TAB_STATUS_KEY,
  statusForPage,
  type TabStatus,
} from './tab-status';

const page = (url: string) => ({ tabId: 3, url, kind: 'find-creators' as const, region: 'US' });

const stored: TabStatus = {
  tabId: 3,
  url: 'https://affiliate-us.tiktok.com/connection/creator?shop_region=US',
  kind: 'find-creators',
  region: 'US',
  recognized: true,
  rowsCaptured: 40,
  lastResult: 'stored',
  lastCaptureAt: 1,
};

describe('statusForPage', () => {
  it('starts a page visit as waiting with no rows', () => {
    expect(statusForPage(undefined, page('https://affiliate-us.tiktok.com/connection/creator'))).toEqual({
      tabId: 3,
      url: 'https://affiliate-us.tiktok.com/connection/creator',
      kind: 'find-creators',
      region: 'US',
      recognized: true,
      rowsCaptured: 0,
      lastResult: 'waiting',
    });
    expect(statusForPage(undefined, { ...page('https://affiliate.tiktok.com/x'), kind: 'other' }).recognized).toBe(false);
  });

  it('keeps counting on the same path (paging, filters) and resets when the path changes', () => {
    expect(statusForPage(stored, page('https://affiliate-us.tiktok.com/connection/creator?shop_region=US&page=2')).rowsCaptured).toBe(40);
    const moved = statusForPage(stored, { ...page('https://affiliate-us.tiktok.com/connection/creator-management'), kind: 'manage-creators' });
    expect(moved).toMatchObject({ rowsCaptured: 0, lastResult: 'waiting', kind: 'manage-creators' });
    expect(moved).not.toHaveProperty('lastCaptureAt');
  });
});

describe('tab status stores', () => {
  beforeEach(() => fakeBrowser.reset());

  it('memory store keeps the latest status per tab', async () => {
    const store = createMemoryTabStatusStore();
    await store.set(stored);
    expect(await store.get(3)).toEqual(stored);
    expect(store.last()).toEqual(stored);
    await store.remove(3);
    expect(await store.get(3)).toBeUndefined();
    expect(store.last()).toBeUndefined();
  });

  it('session store writes tab:<id> and lastTabStatus, and forgets a closed tab', async () => {
    const store = createSessionTabStatusStore(fakeBrowser.storage.session);
    await store.set(stored);
    await store.set({ ...stored, tabId: 4 });
    expect(await fakeBrowser.storage.session.get(['tab:3', 'tab:4', LAST_TAB_STATUS_KEY])).toEqual({
      'tab:3': stored,
      'tab:4': { ...stored, tabId: 4 },
      [LAST_TAB_STATUS_KEY]: { ...stored, tabId: 4 },
    });
    await store.remove(3);
    expect(await store.get(3)).toBeUndefined();
    expect((await fakeBrowser.storage.session.get(LAST_TAB_STATUS_KEY))[LAST_TAB_STATUS_KEY]).toMatchObject({ tabId: 4 });
    await store.remove(4);
    expect(await fakeBrowser.storage.session.get(LAST_TAB_STATUS_KEY)).toEqual({});
  });
});
