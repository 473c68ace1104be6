/**
 * Chromium for the benches: Debian's binary (or CHROMIUM_PATH), headless, never touching the
 * network. Pages are served from fake https origins with `context.route`; bench code is injected
 * as a bundled script and called through `window.runBench()`.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, launchWithExtension, type ExtensionBrowser } from '../../support/browser';

export const BENCH_ORIGIN = 'https://bench.local';

export interface BenchBrowsers {
  /** One shared plain Chromium (no extension), launched on first use. */
  plain(): Promise<Browser>;
  /**
   * A fresh Chromium with the built extension and an empty profile (or the kept profile
   * `userDataDir`, see launchWithExtension); the caller closes it.
   */
  withExtension(options?: { userDataDir?: string }): Promise<ExtensionBrowser>;
  /** Chromium's version, e.g. "156.0.8078.79" (null before any browser was launched). */
  version(): string | null;
  close(): Promise<void>;
}

export function createBenchBrowsers(): BenchBrowsers {
  let plain: Promise<Browser> | undefined;
  let version: string | null = null;
  return {
    plain() {
      plain ??= chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS }).then((browser) => {
        version = browser.version();
        return browser;
      });
      return plain;
    },
    async withExtension(options = {}) {
      const launched = await launchWithExtension({ headless: true, ...options });
      version ??= launched.context.browser()?.version() ?? null;
      return launched;
    },
    version: () => version,
    async close() {
      if (plain) await (await plain).close();
      plain = undefined;
    },
  };
}

/** Every request fails unless a later route answers it: the benches never reach the network. */
export async function blockNetwork(context: BrowserContext): Promise<void> {
  // Playwright tries routes last-registered first, so routes added after this one take precedence.
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

export interface BenchPage {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A page at `https://bench.local/` showing `html`, with the bundled bench `script` injected into
 * the page's main world. Its own context, so IndexedDB starts empty.
 */
export async function openBenchPage(browser: Browser, options: { html: string; script: string }): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await blockNetwork(context);
  await context.route(`${BENCH_ORIGIN}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: options.html }),
  );
  const page = await context.newPage();
  await page.goto(`${BENCH_ORIGIN}/`);
  await page.addScriptTag({ content: options.script });
  return { page, context, close: () => context.close() };
}

export const BLANK_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body></body></html>';
