/**
 * Launching Chromium with the built extension, the way toolchain.md proved on our machines:
 * Debian's chromium (no browser downloads here), headless unless a display is wanted.
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found) throw new Error('Chromium not found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  return found;
}

/** Flags for every Chromium the tests and benches launch. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // The machine has no network: keep Chromium from trying to phone home.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * `userDataDir`: a profile kept between launches (created if missing, never deleted), e.g. to reuse
 * a large seeded database between bench runs; by default a fresh temporary profile, deleted on close.
 */
export async function launchWithExtension(options: { headless?: boolean; userDataDir?: string } = {}): Promise<ExtensionBrowser> {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const kept = options.userDataDir !== undefined;
  if (kept) {
    fs.mkdirSync(options.userDataDir!, { recursive: true });
    // Chromium keeps the extension's service worker of the last launch when the manifest version is
    // the same: drop it, so the background runs this build.
    fs.rmSync(path.join(options.userDataDir!, 'Default', 'Service Worker'), { recursive: true, force: true });
  }
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'creator-desk-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-first-run', ...CHROMIUM_ARGS],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      if (!kept) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
