import { useEffect, useState } from 'react';
import { LAST_TAB_STATUS_KEY, TAB_STATUS_KEY_PREFIX, tabStatusKey, type TabStatus } from '../../lib/tab-status/tab-status';
import { chooseTabStatusView, type ActiveTab, type TabStatusView } from '../../lib/tab-status/tab-status-view';

interface Snapshot {
  activeTab: ActiveTab | null;
  tabStatus: TabStatus | null;
  lastTabStatus: TabStatus | null;
}

async function readSnapshot(): Promise<Snapshot> {
  let activeTab: ActiveTab | null = null;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    // Without the `tabs` permission `url` is only filled in on Seller Center hosts.
    if (tab) activeTab = { id: tab.id, url: tab.url };
  } catch {
    // No tabs API (the panel opened in an unusual context): fall back to the latest capture.
  }
  const tabKey = activeTab?.id !== undefined ? tabStatusKey(activeTab.id) : null;
  const stored = await browser.storage.session.get(tabKey ? [tabKey, LAST_TAB_STATUS_KEY] : [LAST_TAB_STATUS_KEY]);
  return {
    activeTab,
    tabStatus: tabKey ? ((stored[tabKey] as TabStatus | undefined) ?? null) : null,
    lastTabStatus: (stored[LAST_TAB_STATUS_KEY] as TabStatus | undefined) ?? null,
  };
}

/**
 * The capture status to show for the active tab of this window, kept current as the seller switches
 * tabs, navigates, or the background records a capture. `undefined` until the first read.
 */
export function useActiveTabStatus(): TabStatusView | undefined {
  const [view, setView] = useState<TabStatusView | undefined>(undefined);

  useEffect(() => {
    let disposed = false;
    // Reads can overlap (a capture lands while switching tabs): only the newest one may win.
    let latestRead = 0;
    const refresh = () => {
      const read = ++latestRead;
      readSnapshot()
        .then((snapshot) => {
          if (!disposed && read === latestRead) setView(chooseTabStatusView(snapshot));
        })
        .catch(() => {
          if (!disposed && read === latestRead) setView({ kind: 'not-seller-center', latest: null });
        });
    };

    const onStorageChanged = (changes: Record<string, unknown>, areaName: string) => {
      if (areaName !== 'session') return;
      if (Object.keys(changes).some((key) => key === LAST_TAB_STATUS_KEY || key.startsWith(TAB_STATUS_KEY_PREFIX))) refresh();
    };
    const onTabUpdated = (_tabId: number, changeInfo: { url?: string; status?: string }) => {
      if (changeInfo.url !== undefined || changeInfo.status === 'complete') refresh();
    };

    refresh();
    browser.storage.onChanged.addListener(onStorageChanged);
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onTabUpdated);
    return () => {
      disposed = true;
      browser.storage.onChanged.removeListener(onStorageChanged);
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onTabUpdated);
    };
  }, []);

  return view;
}
