import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startLiveCapture } from '@/lib/capture/live-capture';
import { scanPage } from '@/lib/capture/scan-page';
import { detectPage } from '@/lib/pages/detect';

/**
 * Reads the tables of Seller Center pages as the seller browses and hands the rows to the background.
 *
 * Why an unlisted script registered by `wxt.config.ts` instead of `defineContentScript`: wxt wraps
 * content scripts in a `ContentScriptContext`, which at start-up posts `<extension id>:content:wxt:
 * content-script-started` to the page's window and dispatches same-named events on its document —
 * anything on the page could see the extension's id. This script posts nothing to the page, reads
 * nothing from its window and leaves no mark on it (tests/e2e/silent-page.spec.ts listens for it).
 */
export default defineUnlistedScript(() => {
  startLiveCapture({
    document,
    currentUrl: () => location.href,
    detect: detectPage,
    scan: scanPage,
    send: (message) => browser.runtime.sendMessage(message),
  });
});
