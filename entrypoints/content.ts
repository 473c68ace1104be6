import { startLiveCapture } from '@/lib/page-capture/live-capture';
import { scanPage } from '@/lib/page-capture/scan-page';
import { SELLER_CENTER_MATCHES } from '@/lib/pages/hosts';
import { detectPage } from '@/lib/pages/detect';

// Reads the tables of Seller Center pages as the seller browses and hands the rows to the background.
export default defineContentScript({
  matches: SELLER_CENTER_MATCHES,
  runAt: 'document_idle',
  main() {
    startLiveCapture({
      document,
      currentUrl: () => location.href,
      detect: detectPage,
      scan: scanPage,
      send: (message) => browser.runtime.sendMessage(message),
    });
  },
});
