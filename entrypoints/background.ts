import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleContentMessage } from '@/lib/background-capture/handle-capture';
import { createSettleScheduler } from '@/lib/background-capture/settle-scheduler';
import { createSessionTabStatusStore } from '@/lib/tab-status/tab-status';
import { openAnalysisCache } from '@/lib/analysis-store/analysis-cache';
import { getCreatorDeskDb } from '@/lib/db/database';
import { prepareSavedAnalyses } from '@/lib/analysis-store/prepare-analysis';
import { isFromExtensionPage, isRecognizedCapture, parseBackgroundRequest } from '@/lib/messages/background-requests';

/** `chrome.sidePanel` is Chrome-only and not part of the polyfill's `browser`. */
interface SidePanelApi {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

function chromeSidePanel(): SidePanelApi | undefined {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: Partial<SidePanelApi> } }).chrome;
  const sidePanel = chromeApi?.sidePanel;
  return typeof sidePanel?.setPanelBehavior === 'function' ? (sidePanel as SidePanelApi) : undefined;
}

/** Prepare the saved analysis this long after the last stored capture… */
const PREPARE_QUIET_MS = 4_000;
/** …or at the latest this long after the first one, while captures keep coming. */
const PREPARE_MAX_WAIT_MS = 60_000;

export default defineBackground(() => {
  chromeSidePanel()
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch((error: unknown) => console.error('Creator Desk: could not make the toolbar icon open the side panel', error));

  const tabStatus = createSessionTabStatusStore();

  // The panel's first opening should find a saved analysis: once captures stop coming for a moment,
  // the analysis is computed here and saved as the panel would. A failure is only logged.
  const db = getCreatorDeskDb();
  const analysisPreparer = createSettleScheduler({
    run: async () => {
      // Opened per run: no connection held between runs (a closed Dexie does not reopen by itself).
      const cache = openAnalysisCache(db.name);
      try {
        await prepareSavedAnalyses({ db, cache, now: Date.now });
      } finally {
        cache.close();
      }
    },
    quietMs: PREPARE_QUIET_MS,
    maxWaitMs: PREPARE_MAX_WAIT_MS,
    onError: (error) => console.error('Creator Desk: could not prepare the saved analysis', error),
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // The extension's own pages (they may be open in a tab) may ask for the saved analysis.
    if (isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')) && parseBackgroundRequest(message)) {
      analysisPreparer.notify();
      return Promise.resolve({ ok: true });
    }
    // Content scripts (senders in a tab); other listeners may answer the rest.
    if (!sender.tab) return undefined;
    return handleContentMessage(
      message,
      { tabId: sender.tab.id, url: sender.tab.url || sender.url },
      { db, tabStatus, now: Date.now },
    ).then((response) => {
      if (response.ok && isRecognizedCapture(message)) analysisPreparer.notify();
      return response;
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabStatus.remove(tabId).catch(() => undefined);
  });
});
