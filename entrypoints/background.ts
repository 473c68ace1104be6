import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleContentMessage } from '@/lib/capture/handle-capture';
import { createSessionTabStatusStore } from '@/lib/capture/tab-status';
import { getCreatorDeskDb } from '@/lib/db/database';

/** `chrome.sidePanel` is Chrome-only and not part of the polyfill's `browser`. */
interface SidePanelApi {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

function chromeSidePanel(): SidePanelApi | undefined {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: Partial<SidePanelApi> } }).chrome;
  const sidePanel = chromeApi?.sidePanel;
  return typeof sidePanel?.setPanelBehavior === 'function' ? (sidePanel as SidePanelApi) : undefined;
}

export default defineBackground(() => {
  chromeSidePanel()
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch((error: unknown) => console.error('Creator Desk: could not make the toolbar icon open the side panel', error));

  const tabStatus = createSessionTabStatusStore();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only content scripts (senders in a tab) are handled; other listeners may answer the rest.
    if (!sender.tab) return undefined;
    return handleContentMessage(
      message,
      { tabId: sender.tab.id, url: sender.tab.url || sender.url },
      { db: getCreatorDeskDb(), tabStatus, now: Date.now },
    );
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabStatus.remove(tabId).catch(() => undefined);
  });
});
