/**
 * Serves fixture pages at real Seller Center addresses, so the extension's match patterns and page
 * detection see exactly what they would see on the live site. Nothing reaches the network.
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

export function readFixture(fixture: string): string {
  return fs.readFileSync(path.resolve(fixture), 'utf8');
}

/** Answer every Seller Center request from the given pages (matched by host + path); others 404. */
export async function serveSellerCenter(context: BrowserContext, pages: ServedPage[]): Promise<void> {
  const byAddress = new Map(pages.map((page) => [addressKey(page.url), readFixture(page.fixture)]));
  await context.route(HOST_PATTERN, async (route) => {
    const body = byAddress.get(addressKey(route.request().url()));
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
