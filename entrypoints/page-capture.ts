import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadHeaderSynonyms } from '@/lib/page-capture/header-synonyms-setting';
import { startLiveCapture } from '@/lib/page-capture/live-capture';
import { scanPage } from '@/lib/page-capture/scan-page';
import { startPageDataBridge } from '@/lib/page-reader/bridge';
import { isPageDataEnabled, type StorageAreaLike } from '@/lib/page-reader/setting';
import { detectPage } from '@/lib/pages/detect';
import { useHeaderSynonyms } from '@/lib/table/header-text';

/**
 * The two extension APIs this script uses, straight from Chrome (MV3: both return promises). Not
 * through webextension-polyfill: it would add about 3.5 KB gzipped to a script every Seller Center
 * page loads.
 */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: StorageAreaLike & Parameters<typeof loadHeaderSynonyms>[0] };
};

/**
 * Reads Seller Center pages as the seller browses and hands the rows to the background: from the JSON
 * the page itself receives (through the page-world reader, entrypoints/page-reader.content.ts, from
 * page start) and from the page's tables (once the document is parsed).
 *
 * Why an unlisted script registered by `wxt.config.ts` instead of `defineContentScript`: wxt wraps
 * content scripts in a `ContentScriptContext`, which at start-up posts `<extension id>:content:wxt:
 * content-script-started` to the page's window and dispatches same-named events on its document —
 * anything on the page could see the extension's id. This script posts nothing to the page, reads
 * nothing from its window but the page reader's handshake, and leaves no mark on it
 * (tests/e2e/silent-page.spec.ts listens for it).
 */
/** At most this long for the background to first write the header wordings (only right after an install). */
const SYNONYMS_WAIT_MS = 10_000;

export default defineUnlistedScript(() => {
  const send = (message: unknown) => chrome.runtime.sendMessage(message);
  startPageDataBridge({
    window,
    currentUrl: () => location.href,
    detect: detectPage,
    enabled: () => isPageDataEnabled(chrome.storage.local),
    send,
  });
  // Other UI languages' header wordings come from the background (not bundled here: see
  // lib/page-capture/header-synonyms-setting.ts), read before the first table; right after an
  // install, the first page may wait a moment for the background to write them.
  const synonyms = loadHeaderSynonyms(chrome.storage.local, SYNONYMS_WAIT_MS).then((found) => {
    if (found) useHeaderSynonyms(found);
  });
  const startTables = () =>
    void synonyms.then(() => startLiveCapture({ document, currentUrl: () => location.href, detect: detectPage, scan: scanPage, send }));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startTables, { once: true });
  else startTables();
});
