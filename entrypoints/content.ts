import { startLiveCapture } from '@/lib/capture/live-capture';
import { scanPage } from '@/lib/capture/scan-page';
import { startPageDataBridge } from '@/lib/page-reader/bridge';
import { isPageDataEnabled } from '@/lib/page-reader/setting';
import { SELLER_CENTER_MATCHES } from '@/lib/pages/hosts';
import { detectPage } from '@/lib/pages/detect';

// Reads Seller Center pages as the seller browses and hands the rows to the background: from the JSON
// the page itself receives (via the page-world reader, from page start) and from the page's tables.
export default defineContentScript({
  matches: SELLER_CENTER_MATCHES,
  runAt: 'document_start',
  main() {
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    startPageDataBridge({
      window,
      currentUrl: () => location.href,
      detect: detectPage,
      enabled: () => isPageDataEnabled(browser.storage.local),
      send,
    });
    const startTables = () =>
      startLiveCapture({ document, currentUrl: () => location.href, detect: detectPage, scan: scanPage, send });
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startTables, { once: true });
    else startTables();
  },
});
