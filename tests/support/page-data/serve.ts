/**
 * Serves the page-data fixture page (api-page.html) at a real Seller Center address and answers the
 * page's own API calls from JSON fixtures (lib/page-data/*.fixture.json) or given bodies, counting every
 * request that reaches each path — so a test can prove the extension sent nothing of its own.
 */
import type { BrowserContext } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { SELLER_CENTER_HOSTS } from '../../../lib/pages/hosts';

const HOST_PATTERN = new RegExp(`^https://(${SELLER_CENTER_HOSTS.map((h) => h.replace(/\./g, '\\.')).join('|')})/`);
const PAGE_FILE = path.resolve('tests/support/page-data/api-page.html');

export interface ApiCall {
  path: string;
  method: 'fetch' | 'xhr';
  body?: unknown;
  responseType?: '' | 'text' | 'json' | 'arraybuffer' | 'blob';
  /** Abort the request at once (fetch: an aborted signal; XHR: `abort()` after `send`). */
  abort?: boolean;
}

export interface ApiAnswer {
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
  body: string;
}

export interface ServedApiPage {
  /** Page address, e.g. https://affiliate.tiktok.com/connection/creator?shop_region=TH */
  url: string;
  calls: ApiCall[];
}

export function fixtureJson(name: string): string {
  return fs.readFileSync(path.resolve('lib/page-data', `${name}.fixture.json`), 'utf8');
}

export function apiPageHtml(calls: ApiCall[]): string {
  return fs
    .readFileSync(PAGE_FILE, 'utf8')
    .replace('<!--PAGE_CONFIG-->', () => `<script>window.PAGE_CONFIG = ${JSON.stringify({ calls })};</script>`);
}

/** Routes pages and API answers; returns the count of requests that reached each API path. */
export async function serveApiPages(
  context: BrowserContext,
  pages: ServedApiPage[],
  answers: Record<string, ApiAnswer>,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const htmlByPath = new Map(pages.map((page) => [new URL(page.url).pathname, apiPageHtml(page.calls)]));
  await context.route(HOST_PATTERN, async (route) => {
    const url = new URL(route.request().url());
    const answer = answers[url.pathname];
    if (answer) {
      counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
      await route.fulfill({
        status: answer.status ?? 200,
        contentType: answer.contentType ?? 'application/json; charset=utf-8',
        headers: { 'x-tt-logid': '20260301120000ABCDEF', ...answer.headers },
        body: answer.body,
      });
      return;
    }
    const html = htmlByPath.get(url.pathname);
    if (html !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return;
    }
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    await route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' });
  });
  return counts;
}
