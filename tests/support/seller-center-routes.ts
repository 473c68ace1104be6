/**
 * Serves fixture pages at real Seller Center addresses, so the extension's match patterns and page
 * detection see exactly what they would see on the live site. Nothing reaches the network.
 * The pages' shared stylesheet is served on every Seller Center host at FIXTURE_STYLESHEET_PATH.
 */
import type { BrowserContext } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { SELLER_CENTER_HOSTS } from '../../lib/pages/hosts';

export interface ServedPage {
  /** Full address, e.g. https://affiliate-us.tiktok.com/connection/creator?shop_region=US */
  url: string;
  /** Fixture file, relative to the repo root. */
  fixture: string;
}

const HOST_PATTERN = new RegExp(`^https://(${SELLER_CENTER_HOSTS.map((h) => h.replace(/\./g, '\\.')).join('|')})/`);

/** Where every fixture page links its shared Arco-look stylesheet (lib/adapters/fixture-arco.css). */
export const FIXTURE_STYLESHEET_PATH = '/__creator-desk-fixtures__/fixture-arco.css';
const FIXTURE_STYLESHEET_FILE = 'lib/adapters/fixture-arco.css';
const FIXTURE_STYLESHEET_LINK = `<link rel="stylesheet" href="${FIXTURE_STYLESHEET_PATH}">`;

export function readFixture(fixture: string): string {
  return fs.readFileSync(path.resolve(fixture), 'utf8');
}

export function readFixtureStylesheet(): string {
  return readFixture(FIXTURE_STYLESHEET_FILE);
}

/** The fixture page with its shared stylesheet inlined, for pages served where that path is not. */
export function readFixtureWithStyles(fixture: string): string {
  return readFixture(fixture).replace(FIXTURE_STYLESHEET_LINK, () => `<style>\n${readFixtureStylesheet()}</style>`);
}

/** Answer every Seller Center request from the given pages (matched by host + path); others 404. */
export async function serveSellerCenter(context: BrowserContext, pages: ServedPage[]): Promise<void> {
  const byAddress = new Map(pages.map((page) => [addressKey(page.url), readFixture(page.fixture)]));
  const stylesheet = readFixtureStylesheet();
  await context.route(HOST_PATTERN, async (route) => {
    const url = route.request().url();
    if (new URL(url).pathname === FIXTURE_STYLESHEET_PATH) {
      await route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: stylesheet });
      return;
    }
    const body = byAddress.get(addressKey(url));
    if (body === undefined) {
      await route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' });
      return;
    }
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

function addressKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}
